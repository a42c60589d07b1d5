// The polls as the editor holds them (a question and its choices, blank rows allowed while
// typing), what is sent (blank choices dropped, text trimmed) and the problems that keep it from
// saving, with the API's limits.

import { foldForSearch } from '@kume/core';
import type { PollInput } from '../eventQueries';
import type { EventPolls } from '../eventTypes';

export const MAX_POLLS = 20;
export const MIN_CHOICES = 2;
export const MAX_CHOICES = 10;
export const MAX_POLL_TEXT = 280;

export interface PollDraft {
  /** Stable across edits, for React; never sent. */
  key: string;
  question: string;
  choices: string[];
}

let nextKey = 0;

export function emptyPoll(): PollDraft {
  return { key: `poll-${++nextKey}`, question: '', choices: ['', ''] };
}

/** The stored polls to edit; one empty poll when there are none yet. */
export function draftFromPolls(polls: EventPolls['polls']): PollDraft[] {
  if (polls.length === 0) return [emptyPoll()];
  return polls.map((poll) => ({
    key: `poll-${++nextKey}`,
    question: poll.question,
    choices: poll.choices.map((choice) => choice.text),
  }));
}

/** What PUT /polls receives: trimmed text, blank choices left out. */
export function pollInput(drafts: readonly PollDraft[]): PollInput[] {
  return drafts.map((draft) => ({
    question: draft.question.trim(),
    choices: draft.choices.map((choice) => choice.trim()).filter((choice) => choice !== ''),
  }));
}

export type PollProblem =
  'required' | 'tooLong' | 'tooFewChoices' | 'tooManyChoices' | 'duplicateChoice' | 'tooManyPolls';

/**
 * Problems by place: `N.question`, `N.choices` (the count), `N.choices.M` (one choice, by its row
 * in the draft), and `polls` (too many). A repeated choice is the same text once folded (case and
 * Turkish letters), which voters would not tell apart; the later row is marked. Empty: it saves.
 */
export function pollProblems(drafts: readonly PollDraft[]): Record<string, PollProblem> {
  const problems: Record<string, PollProblem> = {};
  if (drafts.length > MAX_POLLS) problems.polls = 'tooManyPolls';
  drafts.forEach((draft, index) => {
    const question = draft.question.trim();
    if (question === '') problems[`${index}.question`] = 'required';
    else if (question.length > MAX_POLL_TEXT) problems[`${index}.question`] = 'tooLong';
    const seen = new Set<string>();
    let filled = 0;
    draft.choices.forEach((choice, row) => {
      const text = choice.trim();
      if (text === '') return;
      filled += 1;
      const folded = foldForSearch(text);
      if (text.length > MAX_POLL_TEXT) problems[`${index}.choices.${row}`] = 'tooLong';
      else if (seen.has(folded)) problems[`${index}.choices.${row}`] = 'duplicateChoice';
      seen.add(folded);
    });
    if (filled < MIN_CHOICES) problems[`${index}.choices`] = 'tooFewChoices';
    else if (filled > MAX_CHOICES) problems[`${index}.choices`] = 'tooManyChoices';
  });
  return problems;
}
