// A benchmark case as the library's form holds it (the founding year as typed, highlights and
// lessons as rows of Turkish and English lines), and the input the API takes made from it.

import type { BenchmarkCase, LocalText } from '@kume/core';

/** A highlight or lesson as typed; `key` keeps the row's identity while rows are added and removed. */
export interface LineRow extends LocalText {
  key: number;
}

export interface CaseDraft {
  name: string;
  country: LocalText;
  sector: LocalText;
  /** The year as typed: '' for unknown. */
  founded: string;
  summary: LocalText;
  scale: LocalText;
  highlights: LineRow[];
  lessons: LineRow[];
  source: string;
}

/** The fields that are text in both languages, in the order the form shows them. */
export const LOCAL_FIELDS = ['country', 'sector', 'summary', 'scale'] as const;
export type LocalField = (typeof LOCAL_FIELDS)[number];

/** The lists of lines, each at most 8 (core's benchmarkCaseInputSchema). */
export const LINE_LISTS = ['highlights', 'lessons'] as const;
export type LineList = (typeof LINE_LISTS)[number];
export const MAX_LINES = 8;

const empty = (): LocalText => ({ tr: '', en: '' });

/** A new case: everything empty. */
export function emptyCaseDraft(): CaseDraft {
  return {
    name: '',
    country: empty(),
    sector: empty(),
    founded: '',
    summary: empty(),
    scale: empty(),
    highlights: [],
    lessons: [],
    source: '',
  };
}

const rows = (lines: readonly LocalText[]): LineRow[] =>
  lines.map((line, key) => ({ key, tr: line.tr, en: line.en }));

/** The form's values for a case of the library. */
export function caseDraftFrom(item: BenchmarkCase): CaseDraft {
  return {
    name: item.name,
    country: { ...item.country },
    sector: { ...item.sector },
    founded: item.founded === null ? '' : String(item.founded),
    summary: { ...item.summary },
    scale: { ...item.scale },
    highlights: rows(item.highlights),
    lessons: rows(item.lessons),
    source: item.source,
  };
}

/** The draft without highlight and lesson rows left empty in both languages. */
export function dropEmptyLines(draft: CaseDraft): CaseDraft {
  const filled = (row: LineRow) => row.tr.trim() !== '' || row.en.trim() !== '';
  return {
    ...draft,
    highlights: draft.highlights.filter(filled),
    lessons: draft.lessons.filter(filled),
  };
}

/**
 * The body for POST or PUT of a case: texts as typed (the schema trims them), the year as a
 * number or null when left empty (text that is no number becomes NaN, which the schema rejects
 * as "not a number"; 1999.5 is rejected as no whole number), lines without their keys.
 */
export function caseInputFromDraft(draft: CaseDraft) {
  const year = draft.founded.trim();
  const line = ({ tr, en }: LineRow): LocalText => ({ tr, en });
  return {
    name: draft.name,
    country: draft.country,
    sector: draft.sector,
    founded: year === '' ? null : Number(year),
    summary: draft.summary,
    scale: draft.scale,
    highlights: draft.highlights.map(line),
    lessons: draft.lessons.map(line),
    source: draft.source,
  };
}

/**
 * Paths of the draft that must be written in at least one language (the summary and every line
 * given), empty in both: the check core makes with a message the form words itself.
 */
export function missingBothLanguages(draft: CaseDraft): string[] {
  const blank = (text: LocalText) => text.tr.trim() === '' && text.en.trim() === '';
  const paths = blank(draft.summary) ? ['summary'] : [];
  for (const list of LINE_LISTS)
    draft[list].forEach((row, index) => {
      if (blank(row)) paths.push(`${list}.${index}`);
    });
  return paths;
}
