// What a respondent sees when the form cannot be shown (the API's answer as a page state), and
// which question a server message belongs to.

import { ApiError, type ApiIssue } from '../../../api/client';

/**
 * - `invalid`: unknown, revoked or tampered link (404; the server does not say which).
 * - `closed`: the questionnaire is closed or not open yet (410).
 * - `submitted`: answered already (409 `already_submitted`).
 * - `offline`: the server cannot be reached.
 * - `error`: anything else (shown with its message).
 */
export type RespondentProblem = 'invalid' | 'closed' | 'submitted' | 'offline' | 'error';

export function respondentProblem(error: unknown): RespondentProblem {
  if (!(error instanceof ApiError)) return 'error';
  if (error.status === 0) return 'offline';
  if (error.status === 404) return 'invalid';
  if (error.status === 410) return 'closed';
  if (error.status === 409) return 'submitted';
  return 'error';
}

/** A message placed on a question of the form, or on the form as a whole (`question` null). */
export interface PlacedIssue {
  question: string | null;
  message: string;
}

/**
 * Places each server issue on the question its path names: `answers.q_id`,
 * `answers.suppliers.2.sharePercent`, `body.data.q_id` or a bare `q_id` all name the question
 * of that id when it is in `questionNames`; any other path stays on the form.
 */
export function placeIssues(
  issues: readonly ApiIssue[],
  questionNames: ReadonlySet<string>,
): PlacedIssue[] {
  return issues.map((issue) => {
    const parts = issue.path.split('.').filter(Boolean);
    while (parts.length > 1 && ['body', 'answers', 'data'].includes(parts[0] ?? '')) parts.shift();
    const name = parts[0] ?? '';
    return { question: questionNames.has(name) ? name : null, message: issue.message };
  });
}
