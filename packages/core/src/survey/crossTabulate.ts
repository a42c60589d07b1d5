// Cross-tabulation: one question's analysis per group of respondents (by value-chain stage, size
// class, district or any single-choice question), with small groups withheld (disclosure control).

import { collatorFor } from '../text/compareText';
import { foldForSearch } from '../text/foldForSearch';
import type { Answers } from './answers';
import { analyseQuestion, type QuestionAnalysis } from './analyseQuestion';
import { countedAnswer } from './countedAnswer';
import type { LocalText } from './localText';
import type { Question } from './questionnaire';

/** No breakdown is shown for a group of fewer respondents than this (issue 4). */
export const DEFAULT_MIN_GROUP = 3;

/** Size classes of a number question with segment `size` (employees): EU head-count classes. */
const SIZE_GROUPS: readonly { value: string; below: number; label: LocalText }[] = [
  {
    value: 'micro',
    below: 10,
    label: { tr: 'Mikro (10 çalışandan az)', en: 'Micro (under 10 employees)' },
  },
  {
    value: 'small',
    below: 50,
    label: { tr: 'Küçük (10-49 çalışan)', en: 'Small (10-49 employees)' },
  },
  {
    value: 'medium',
    below: 250,
    label: { tr: 'Orta (50-249 çalışan)', en: 'Medium (50-249 employees)' },
  },
  {
    value: 'large',
    below: Infinity,
    label: { tr: 'Büyük (250 ve üzeri çalışan)', en: 'Large (250 or more employees)' },
  },
];

/** A group shown: its analysis covers the `n` respondents of the group who answered the question. */
export interface ShownGroup {
  value: string | null;
  label: LocalText | null;
  n: number;
  withheld: false;
  analysis: QuestionAnalysis;
}

/** A group too small to show: only how many answered, nothing of what they answered. */
export interface WithheldGroup {
  value: string | null;
  label: LocalText | null;
  n: number;
  withheld: true;
}

export interface CrossTabulation {
  segmentQuestionId: string;
  groups: (ShownGroup | WithheldGroup)[];
}

export interface CrossTabulateOptions {
  /** Groups with fewer respondents answering the question are withheld; at least 1. */
  minGroup?: number;
  language?: 'tr' | 'en';
}

/**
 * Whether respondents can be grouped by this question's answer: a single-choice question, a number
 * question with segment `size` (grouped into size classes) or a text question with a segment
 * (a district typed in, grouped case- and Turkish-fold-insensitively).
 */
export function canSegmentBy(question: Question): boolean {
  if (question.type === 'single') return true;
  if (question.type === 'number') return question.segment === 'size';
  return (question.type === 'text' || question.type === 'longText') && question.segment != null;
}

interface GroupKey {
  key: string;
  value: string;
  label: LocalText | null;
  /** Order among the groups: choice or size class index, then the text. */
  rank: number;
}

/** Respondents with one segment answer; indexes are their positions in the answers given. */
interface Group {
  key: GroupKey | null;
  /** How often each spelling of a typed value occurs. */
  spellings: Map<string, number>;
  members: Answers[];
  indexes: number[];
}

function groupOf(segmentQuestion: Question, answers: Answers): GroupKey | null {
  const answer = countedAnswer(segmentQuestion, answers);
  if (segmentQuestion.type === 'number') {
    if (typeof answer !== 'number' || !Number.isFinite(answer) || answer < 0) return null;
    const index = SIZE_GROUPS.findIndex(({ below }) => answer < below);
    const group = SIZE_GROUPS[index]!;
    return { key: group.value, value: group.value, label: group.label, rank: index };
  }
  if (typeof answer !== 'string') return null;
  const choices = segmentQuestion.choices ?? [];
  const index = choices.findIndex((choice) => choice.value === answer);
  const choice = choices[index];
  if (choice) return { key: choice.value, value: choice.value, label: choice.text, rank: index };
  // "Other" answers form one group: their texts are free and mostly one of a kind.
  if (segmentQuestion.type === 'single' && (answer === 'other' || answer.startsWith('other:')))
    return { key: 'other', value: 'other', label: null, rank: choices.length };
  const text = answer.replace(/\s+/g, ' ').trim();
  return { key: foldForSearch(text), value: text, label: null, rank: choices.length + 1 };
}

/**
 * Analyses `question` separately for each group of respondents by their answer to
 * `segmentQuestion` (see canSegmentBy; throws otherwise). Groups are ordered as the choices or size
 * classes, then "other", then typed values in collation order; respondents without a segment answer
 * form a last group with value null. A group's `n` is the number of its respondents who answered
 * `question`; when n < minGroup the group is withheld and carries no analysis at all, so no count
 * of it can leak. Typed values show their most common spelling.
 *
 * Withholding is primary suppression only: a withheld group's counts can still be derived from the
 * overall analysis minus the shown groups when exactly one group is withheld.
 */
export function crossTabulate(
  question: Question,
  segmentQuestion: Question,
  answers: readonly Answers[],
  { minGroup = DEFAULT_MIN_GROUP, language = 'tr' }: CrossTabulateOptions = {},
): CrossTabulation {
  if (!canSegmentBy(segmentQuestion))
    throw new Error(
      `cannot group by the ${segmentQuestion.type} question "${segmentQuestion.id}": use a single-choice question or one with a segment`,
    );
  const threshold = Math.max(1, Math.ceil(minGroup));
  const groups = new Map<string | null, Group>();
  answers.forEach((response, index) => {
    const key = groupOf(segmentQuestion, response);
    const id = key ? key.key : null;
    const group: Group = groups.get(id) ?? { key, spellings: new Map(), members: [], indexes: [] };
    if (key) group.spellings.set(key.value, (group.spellings.get(key.value) ?? 0) + 1);
    group.members.push(response);
    group.indexes.push(index);
    groups.set(id, group);
  });
  const collator = collatorFor(language);
  const shown = [...groups.values()].map(({ key, spellings, members, indexes }) => {
    const value = key
      ? [...spellings].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))[0]![0]
      : null;
    return { key, value, members, indexes };
  });
  shown.sort((a, b) => {
    if (!a.key || !b.key) return a.key ? -1 : b.key ? 1 : 0;
    return a.key.rank - b.key.rank || collator.compare(a.value ?? '', b.value ?? '');
  });
  return {
    segmentQuestionId: segmentQuestion.id,
    groups: shown.map(({ key, value, members, indexes }) => {
      const analysis = analyseQuestion(question, members, { language });
      const label = key?.label ?? null;
      if (analysis.n < threshold) return { value, label, n: analysis.n, withheld: true };
      // Texts point at the responses given to crossTabulate, not at the group's own list.
      if (analysis.kind === 'text')
        for (const text of analysis.texts) text.responseIndex = indexes[text.responseIndex] ?? -1;
      return { value, label, n: analysis.n, withheld: false, analysis };
    }),
  };
}
