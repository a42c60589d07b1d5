// Turns the rows of a spreadsheet exported from another survey tool into questionnaire answers:
// the column mapping (suggested from ids and titles), choices matched by value or by Turkish or
// English text, numbers with decimal commas, and every problem named by row and column.

import {
  foldForSearch,
  validateAnswers,
  type AnswerValue,
  type Answers,
  type Choice,
  type Question,
  type Questionnaire,
} from '@kume/core';
import type { Table as ReadTable } from '@kume/io';
import { answerColumns, type AnswerColumn } from './responseTables';

/** A column by its heading, or by its position (0-based). */
export type ColumnRef = string | number;

export interface ResponseMapping {
  /** Answer key (question id, or `id.row` for a matrix row) <- column. */
  answers: Record<string, ColumnRef>;
  /** The column naming the responding organisation, matched to the registry by name. */
  organisation?: ColumnRef | undefined;
  respondent?: ColumnRef | undefined;
}

export interface ImportProblem {
  /** Spreadsheet row, 1-based with the heading row as 1; null for problems of the mapping. */
  row: number | null;
  column: string | null;
  message: string;
}

export interface ImportedRow {
  row: number;
  answers: Answers;
  organisationId: string | null;
  /** The organisation name typed in the file, when the registry has no such organisation. */
  unmatchedOrganisation: string | null;
  respondentName: string;
}

/** The columns an import can fill: every answer column but relation questions (a count is not a relation). */
export function importTargets(questionnaire: Questionnaire): AnswerColumn[] {
  return answerColumns(questionnaire).filter((c) => c.question.type !== 'relation');
}

const ORGANISATION_HEADINGS = [
  'organisation',
  'organization',
  'organisation_name',
  'company',
  'firm',
  'firma',
  'firma adi',
  'kurulus',
  'kurulus adi',
  'kurum',
];
const RESPONDENT_HEADINGS = ['respondent', 'name', 'ad soyad', 'adiniz soyadiniz', 'katilimci'];

/** Headings matched to answer keys by id, then by title (`Title [Row]` for a matrix row, as survey tools write). */
export function suggestResponseMapping(
  questionnaire: Questionnaire,
  headings: readonly string[],
): ResponseMapping {
  const folded = headings.map(foldForSearch);
  const find = (candidates: readonly string[]) => {
    for (const candidate of candidates.map(foldForSearch)) {
      const index = folded.indexOf(candidate);
      if (candidate && index >= 0) return headings[index];
    }
    return undefined;
  };
  const answers: Record<string, string> = {};
  for (const { key, question, row } of importTargets(questionnaire)) {
    const rowText = row ? question.matrix?.rows.find((r) => r.value === row)?.text : undefined;
    const titles = [question.title.tr, question.title.en];
    const found = find(
      rowText
        ? [key, ...titles.flatMap((t) => [`${t} [${rowText.tr}]`, `${t} [${rowText.en}]`])]
        : [key, ...titles],
    );
    if (found !== undefined) answers[key] = found;
  }
  const organisation = find(ORGANISATION_HEADINGS);
  const respondent = find(RESPONDENT_HEADINGS);
  return {
    answers,
    ...(organisation ? { organisation } : {}),
    ...(respondent ? { respondent } : {}),
  };
}

/** "12,5" and "12.5" read as 12.5; "1.234,5" as 1234.5; anything else is NaN. */
export function parseDecimal(text: string): number {
  let t = text.replace(/\s/g, '');
  if (t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}

function matchChoice(choices: readonly Choice[], cell: string): string | undefined {
  const key = foldForSearch(cell);
  return choices.find((c) =>
    [c.value, c.text.tr, c.text.en].some((t) => t && foldForSearch(t) === key),
  )?.value;
}

/** An "Other" answer; a cell already written as `other:<text>` (a Kume export) keeps its text. */
const otherAnswer = (text: string) => `other:${text.replace(/^other:/i, '').trim()}`;

const listed = (choices: readonly Choice[]) =>
  choices
    .slice(0, 8)
    .map((c) => c.value)
    .join(', ') + (choices.length > 8 ? ', …' : '');

/** A cell as the answer its question takes, or an error message. */
function cellAnswer(question: Question, cell: string): { value: AnswerValue } | { error: string } {
  const notAChoice = (text: string, choices: readonly Choice[]) => ({
    error: `"${text.slice(0, 60)}" is not one of the choices (${listed(choices)})`,
  });
  switch (question.type) {
    case 'text':
    case 'longText':
      return { value: cell };
    case 'single': {
      const choices = question.choices ?? [];
      const value = matchChoice(choices, cell);
      if (value !== undefined) return { value };
      return question.allowOther ? { value: otherAnswer(cell) } : notAChoice(cell, choices);
    }
    case 'multiple': {
      const choices = question.choices ?? [];
      const values: string[] = [];
      for (const item of cell
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const value = matchChoice(choices, item);
        if (value !== undefined) values.push(value);
        else if (question.allowOther) values.push(otherAnswer(item));
        else return notAChoice(item, choices);
      }
      return { value: [...new Set(values)] };
    }
    case 'likert':
    case 'number': {
      const value = parseDecimal(cell);
      return Number.isNaN(value) ? { error: `"${cell.slice(0, 60)}" is not a number` } : { value };
    }
    case 'matrix': {
      const columns = question.matrix?.columns ?? [];
      const value = matchChoice(columns, cell);
      return value === undefined ? notAChoice(cell, columns) : { value };
    }
    case 'relation':
      return { error: 'relation questions cannot be imported' };
  }
}

/** The questionnaire with no question required: an import keeps what the other tool collected. */
function withoutRequired(questionnaire: Questionnaire): Questionnaire {
  return {
    ...questionnaire,
    pages: questionnaire.pages.map((page) => ({
      ...page,
      questions: page.questions.map((q) => ({ ...q, required: false })),
    })),
  };
}

/**
 * Reads every row (mapping already checked: `columns` holds each mapped key's column index).
 * Rows with all mapped cells empty are skipped. Each row's answers are validated as a submission,
 * required answers aside; errors name the spreadsheet row and the column heading.
 */
export function readResponseRows(
  questionnaire: Questionnaire,
  table: ReadTable,
  columns: { answers: Map<string, number>; organisation?: number; respondent?: number },
  organisationIdByName: ReadonlyMap<string, string>,
): { rows: ImportedRow[]; problems: ImportProblem[]; emptyRows: number } {
  const targets = new Map(importTargets(questionnaire).map((t) => [t.key, t]));
  const lenient = withoutRequired(questionnaire);
  const heading = (index: number) => table.headings[index] ?? `column ${index + 1}`;
  const problems: ImportProblem[] = [];
  const rows: ImportedRow[] = [];
  let emptyRows = 0;
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (column: number | undefined) =>
      column === undefined ? '' : (cells[column] ?? '').trim();
    const used = [...columns.answers.values(), columns.organisation, columns.respondent];
    if (used.every((column) => cell(column) === '')) {
      emptyRows += 1;
      return;
    }
    const answers: Record<string, AnswerValue> = {};
    for (const [key, column] of columns.answers) {
      const target = targets.get(key);
      const text = cell(column);
      if (!target || text === '') continue;
      const result = cellAnswer(target.question, text);
      if ('error' in result) {
        problems.push({ row, column: heading(column), message: result.error });
      } else if (target.row !== undefined) {
        const matrix = (answers[target.question.id] ?? {}) as Record<string, string>;
        answers[target.question.id] = { ...matrix, [target.row]: result.value as string };
      } else {
        answers[target.question.id] = result.value;
      }
    }
    const validation = validateAnswers(lenient, answers, { submit: true });
    for (const error of validation.errors) {
      // `answers.<id>[.<row or index>]`: the column of the matrix row when there is one.
      const [, id = '', part] = error.path.split('.');
      const column = columns.answers.get(`${id}.${part}`) ?? columns.answers.get(id);
      problems.push({
        row,
        column: column === undefined ? null : heading(column),
        message: error.message,
      });
    }
    const organisationName = cell(columns.organisation);
    const organisationId = organisationName
      ? (organisationIdByName.get(foldForSearch(organisationName)) ?? null)
      : null;
    rows.push({
      row,
      answers: validation.answers,
      organisationId,
      unmatchedOrganisation: organisationName && !organisationId ? organisationName : null,
      respondentName: cell(columns.respondent).slice(0, 200),
    });
  });
  return { rows, problems, emptyRows };
}
