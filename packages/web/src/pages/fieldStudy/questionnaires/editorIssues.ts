// Where the server's complaints about a questionnaire belong in the editor: its paths
// (`definition.pages.0.questions.3.title.tr`) turned into a question and a field of it.

import type { ApiIssue } from '../../../api/client';
import type { QuestionPosition } from './editorState';

/** A path the editor can show and focus: the part of the definition, and the question if any. */
export interface IssueTarget {
  /** The full path below the definition, as the DOM id of its input uses it. */
  path: string;
  /** The question it belongs to, or null for the title, description or a page title. */
  at: QuestionPosition | null;
  /** The path inside the question (`title.tr`, `choices.2.text.en`), or '' for the question. */
  field: string;
}

const QUESTION_PATH = /^pages\.(\d+)\.questions\.(\d+)(?:\.(.*))?$/;

/**
 * The target of an API path: "body." (request validation) and "definition." are dropped;
 * `pages.N.questions.M...` names a question. Paths outside the definition (status, dates)
 * come back with `at: null` and the path as it is.
 */
export function issueTarget(apiPath: string): IssueTarget {
  const path = apiPath.replace(/^body\./, '').replace(/^definition\.?/, '');
  const match = QUESTION_PATH.exec(path);
  if (!match) return { path, at: null, field: '' };
  return {
    path,
    at: { page: Number(match[1]), index: Number(match[2]) },
    field: match[3] ?? '',
  };
}

/** The DOM id of the input for a definition path, so a click can scroll to it and focus it. */
export function fieldDomId(path: string): string {
  return `questionnaire-field-${path.replace(/[^a-zA-Z0-9_]/g, '-')}`;
}

/** A question's key in maps keyed by position. */
export function positionKey(at: QuestionPosition): string {
  return `${at.page}.${at.index}`;
}

/** Messages grouped by question (key `page.index`) and by field inside it; others under ''. */
export function issuesByQuestion(issues: readonly ApiIssue[]): Map<string, Record<string, string>> {
  const grouped = new Map<string, Record<string, string>>();
  for (const issue of issues) {
    const target = issueTarget(issue.path);
    const key = target.at ? positionKey(target.at) : '';
    const fields = grouped.get(key) ?? {};
    fields[target.at ? target.field : target.path] ??= issue.message;
    grouped.set(key, fields);
  }
  return grouped;
}
