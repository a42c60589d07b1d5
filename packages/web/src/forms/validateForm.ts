// Checks a form's input with one of core's zod schemas (the same the API uses) and gives the
// messages in the UI language, by field path.

import type { TFunction } from 'i18next';
import { translateIssue, type FormIssue } from './translateIssue';

/** Any zod schema fits: only safeParse is used. */
export interface FormSchema<Output> {
  safeParse(
    value: unknown,
  ): { success: true; data: Output } | { success: false; error: { issues: readonly FormIssue[] } };
}

/** Messages by field path ("name", "followUps.0.dueOn"); the first problem of each field. */
export type FieldErrors = Partial<Record<string, string>>;

export type FormCheck<Output> =
  { ok: true; data: Output; errors: FieldErrors } | { ok: false; data: null; errors: FieldErrors };

/** The value at a path of nested objects and arrays, or undefined where there is none. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Validates `input`. `refined` holds messages of checks the schema cannot make (a repeated
 * password); they come first, and any of them makes the input invalid. An empty text that breaks
 * any rule (an email's format) is called missing, which is what it is to the person typing.
 */
export function validateForm<Output>(
  schema: FormSchema<Output>,
  input: unknown,
  t: TFunction,
  refined: FieldErrors = {},
): FormCheck<Output> {
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(refined)) if (message) errors[path] = message;
  const result = schema.safeParse(input);
  if (!result.success)
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (errors[path]) continue;
      const value = valueAt(input, issue.path);
      const empty = typeof value === 'string' && value.trim() === '';
      errors[path] = empty ? t('validation.required', { ns: 'common' }) : translateIssue(issue, t);
    }
  if (result.success && Object.keys(errors).length === 0)
    return { ok: true, data: result.data, errors };
  return { ok: false, data: null, errors };
}
