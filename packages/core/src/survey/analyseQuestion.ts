// The summary of one question over a questionnaire's responses, by question type: what the
// analysis page charts (bars, diverging Likert bars, histograms, matrices, texts, relations).

import { quantileSorted } from '../stats/quantile';
import { collatorFor } from '../text/compareText';
import { foldForSearch } from '../text/foldForSearch';
import type { Answers, RelationAnswer } from './answers';
import { countedAnswer } from './countedAnswer';
import { histogramBins, type HistogramBin } from './histogramBins';
import type { LocalText } from './localText';
import type { Question } from './questionnaire';
import {
  RELATION_FREQUENCIES,
  RELATION_LOCATIONS,
  RELATION_TYPES,
  type RelationFrequency,
  type RelationLocation,
  type RelationType,
} from './relationTypes';

/** Shares are fractions 0-1 of `n`; null when n is 0. Means and medians are null without values. */
export interface ChoiceCount {
  value: string;
  label: LocalText;
  count: number;
  share: number | null;
}

export interface ChoiceAnalysis {
  kind: 'choice';
  questionId: string;
  /** For a multiple-choice question shares are of respondents, so they can sum past 1. */
  multiple: boolean;
  n: number;
  choices: ChoiceCount[];
  /** "Other" answers (and answers that match no choice), with their texts grouped; null when the question allows none and none came. */
  other: { count: number; share: number | null; texts: { text: string; count: number }[] } | null;
}

export interface LikertAnalysis {
  kind: 'likert';
  questionId: string;
  n: number;
  points: number;
  distribution: { point: number; label: LocalText | null; count: number; share: number | null }[];
  mean: number | null;
  median: number | null;
  /** Diverging bars: shares below the middle point, at it (odd scales) and above it. */
  negative: number | null;
  neutral: number | null;
  positive: number | null;
}

export interface NumberAnalysis {
  kind: 'number';
  questionId: string;
  n: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  bins: HistogramBin[];
  /** The answers, ascending. */
  values: number[];
}

export interface MatrixAnalysis {
  kind: 'matrix';
  questionId: string;
  /** Respondents who rated at least one row. */
  n: number;
  rows: { value: string; label: LocalText; n: number; columns: ChoiceCount[] }[];
}

export interface TextAnalysis {
  kind: 'text';
  questionId: string;
  n: number;
  /** Trimmed texts in response order; responseIndex points into the answers given. */
  texts: { text: string; responseIndex: number }[];
}

export interface RelationAnalysis {
  kind: 'relation';
  questionId: string;
  /** Respondents naming at least one partner. */
  n: number;
  /** Partners named in all. */
  partners: number;
  byType: Record<RelationType, number>;
  byLocation: Record<RelationLocation | 'unknown', number>;
  byFrequency: Record<RelationFrequency | 'unknown', number>;
  /** Mean share of purchases or sales (percent) over the partners given one. */
  meanShare: number | null;
}

export type QuestionAnalysis =
  | ChoiceAnalysis
  | LikertAnalysis
  | NumberAnalysis
  | MatrixAnalysis
  | TextAnalysis
  | RelationAnalysis;

export interface AnalyseOptions {
  /** Orders grouped texts (other answers) in this language's collation; default Turkish. */
  language?: 'tr' | 'en';
}

const share = (count: number, n: number) => (n > 0 ? count / n : null);
const mean = (values: readonly number[]) =>
  values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
const median = (sorted: readonly number[]) => quantileSorted(sorted, 0.5) ?? null;

/** Groups texts fold-insensitively, most frequent first, each shown in its most common spelling. */
function groupTexts(texts: readonly string[], language: string) {
  const groups = new Map<string, Map<string, number>>();
  for (const text of texts) {
    const key = foldForSearch(text);
    const spellings = groups.get(key) ?? new Map<string, number>();
    spellings.set(text, (spellings.get(text) ?? 0) + 1);
    groups.set(key, spellings);
  }
  const collator = collatorFor(language);
  return [...groups.values()]
    .map((spellings) => {
      const [text] = [...spellings].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))[0]!;
      const count = [...spellings.values()].reduce((sum, c) => sum + c, 0);
      return { text, count };
    })
    .sort((a, b) => b.count - a.count || collator.compare(a.text, b.text));
}

function analyseChoice(question: Question, answers: readonly Answers[], language: string) {
  const choices = question.choices ?? [];
  const known = new Set(choices.map((choice) => choice.value));
  const counts = new Map<string, number>();
  const otherTexts: string[] = [];
  let others = 0;
  let n = 0;
  for (const response of answers) {
    const answer = countedAnswer(question, response);
    const picked = typeof answer === 'string' ? [answer] : answer;
    if (!Array.isArray(picked)) continue;
    const items = new Set(picked.filter((item): item is string => typeof item === 'string'));
    if (items.size === 0) continue;
    n += 1;
    let otherHere = false;
    for (const item of items) {
      if (known.has(item)) counts.set(item, (counts.get(item) ?? 0) + 1);
      else {
        otherHere = true;
        // An answer outside the choices (an import from another tool) is shown as its own text.
        const text = (item.startsWith('other:') ? item.slice('other:'.length) : item).trim();
        if (text && item !== 'other') otherTexts.push(text);
      }
    }
    if (otherHere) others += 1;
  }
  const result: ChoiceAnalysis = {
    kind: 'choice',
    questionId: question.id,
    multiple: question.type === 'multiple',
    n,
    choices: choices.map(({ value, text }) => {
      const count = counts.get(value) ?? 0;
      return { value, label: text, count, share: share(count, n) };
    }),
    other:
      question.allowOther || others > 0
        ? { count: others, share: share(others, n), texts: groupTexts(otherTexts, language) }
        : null,
  };
  return result;
}

function analyseLikert(question: Question, answers: readonly Answers[]): LikertAnalysis {
  const points = question.likert?.points ?? 5;
  const values = answers
    .map((response) => countedAnswer(question, response))
    .filter(
      (value): value is number =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= points,
    )
    .sort((a, b) => a - b);
  const n = values.length;
  const middle = (points + 1) / 2;
  const countWhere = (test: (value: number) => boolean) => values.filter(test).length;
  const labelOf = (point: number): LocalText | null =>
    question.choices?.[point - 1]?.text ??
    (point === 1
      ? question.likert?.minLabel
      : point === points
        ? question.likert?.maxLabel
        : null) ??
    null;
  return {
    kind: 'likert',
    questionId: question.id,
    n,
    points,
    distribution: Array.from({ length: points }, (_, i) => {
      const count = countWhere((value) => value === i + 1);
      return { point: i + 1, label: labelOf(i + 1), count, share: share(count, n) };
    }),
    mean: mean(values),
    median: median(values),
    negative: share(
      countWhere((value) => value < middle),
      n,
    ),
    neutral: share(
      countWhere((value) => value === middle),
      n,
    ),
    positive: share(
      countWhere((value) => value > middle),
      n,
    ),
  };
}

function analyseNumber(question: Question, answers: readonly Answers[]): NumberAnalysis {
  const values = answers
    .map((response) => countedAnswer(question, response))
    .filter((value): value is number => typeof value === 'number' && Number.isFinite(value))
    .sort((a, b) => a - b);
  return {
    kind: 'number',
    questionId: question.id,
    n: values.length,
    mean: mean(values),
    median: median(values),
    min: values[0] ?? null,
    max: values[values.length - 1] ?? null,
    bins: histogramBins(values),
    values,
  };
}

function analyseMatrix(question: Question, answers: readonly Answers[]): MatrixAnalysis {
  const rows = question.matrix?.rows ?? [];
  const columns = question.matrix?.columns ?? [];
  const columnValues = new Set(columns.map((column) => column.value));
  const counts = new Map(rows.map((row) => [row.value, new Map<string, number>()]));
  let n = 0;
  for (const response of answers) {
    const answer = countedAnswer(question, response);
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) continue;
    let rated = false;
    for (const [row, column] of Object.entries(answer)) {
      const rowCounts = counts.get(row);
      if (!rowCounts || typeof column !== 'string' || !columnValues.has(column)) continue;
      rowCounts.set(column, (rowCounts.get(column) ?? 0) + 1);
      rated = true;
    }
    if (rated) n += 1;
  }
  return {
    kind: 'matrix',
    questionId: question.id,
    n,
    rows: rows.map((row) => {
      const rowCounts = counts.get(row.value) ?? new Map<string, number>();
      const rowN = [...rowCounts.values()].reduce((sum, count) => sum + count, 0);
      return {
        value: row.value,
        label: row.text,
        n: rowN,
        columns: columns.map(({ value, text }) => {
          const count = rowCounts.get(value) ?? 0;
          return { value, label: text, count, share: share(count, rowN) };
        }),
      };
    }),
  };
}

function analyseText(question: Question, answers: readonly Answers[]): TextAnalysis {
  const texts: TextAnalysis['texts'] = [];
  answers.forEach((response, responseIndex) => {
    const answer = countedAnswer(question, response);
    if (typeof answer === 'string') texts.push({ text: answer.trim(), responseIndex });
  });
  return { kind: 'text', questionId: question.id, n: texts.length, texts };
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

function isRelationAnswer(item: unknown): item is RelationAnswer {
  return typeof item === 'object' && item !== null && !Array.isArray(item);
}

function analyseRelation(question: Question, answers: readonly Answers[]): RelationAnalysis {
  const byType = zeros(RELATION_TYPES);
  const byLocation = zeros([...RELATION_LOCATIONS, 'unknown'] as const);
  const byFrequency = zeros([...RELATION_FREQUENCIES, 'unknown'] as const);
  const shares: number[] = [];
  let n = 0;
  let partners = 0;
  const defaultType = question.relation?.relationType ?? 'supplier';
  for (const response of answers) {
    const answer = countedAnswer(question, response);
    if (!Array.isArray(answer)) continue;
    // A row counts when it names a partner: picked from the registry or typed.
    const named = answer
      .filter(isRelationAnswer)
      .filter((item) => item.organisationId || item.organisationName?.trim());
    if (named.length === 0) continue;
    n += 1;
    partners += named.length;
    for (const item of named) {
      const type = RELATION_TYPES.find((t) => t === item.relationType) ?? defaultType;
      byType[type] += 1;
      byLocation[RELATION_LOCATIONS.find((l) => l === item.location) ?? 'unknown'] += 1;
      byFrequency[RELATION_FREQUENCIES.find((f) => f === item.frequency) ?? 'unknown'] += 1;
      const percent = item.sharePercent;
      if (typeof percent === 'number' && percent >= 0 && percent <= 100) shares.push(percent);
    }
  }
  return {
    kind: 'relation',
    questionId: question.id,
    n,
    partners,
    byType,
    byLocation,
    byFrequency,
    meanShare: mean(shares),
  };
}

/**
 * Summarises one question over the responses given (the caller passes the submitted ones). A
 * response counts for a question only when it answered it in the expected shape and the question
 * was visible to it (see countedAnswer); `n` is that count, per question. single and multiple give
 * `choice`; text and longText give `text`.
 */
export function analyseQuestion(
  question: Question,
  answers: readonly Answers[],
  { language = 'tr' }: AnalyseOptions = {},
): QuestionAnalysis {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return analyseChoice(question, answers, language);
    case 'likert':
      return analyseLikert(question, answers);
    case 'number':
      return analyseNumber(question, answers);
    case 'matrix':
      return analyseMatrix(question, answers);
    case 'text':
    case 'longText':
      return analyseText(question, answers);
    case 'relation':
      return analyseRelation(question, answers);
  }
}
