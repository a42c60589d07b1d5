// The server's complaints about a form's fields (from an ApiError's issues), in the UI language,
// keyed like the form's own messages so they show in the same places.

import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import { translateMessage } from './translateIssue';
import type { FieldErrors } from './validateForm';

/**
 * Messages by form field path. `fields` lists the form's fields, or maps each to the API's path
 * for it (a new organisation's first contact is "contacts.0" to the API). An issue belongs to a
 * field when its path, less the "body." that request validation puts first, is the field's path
 * or lies below it: "followUps.1.dueOn" shows at the form's "followUps.1.dueOn". Empty when the
 * error is no ApiError or names none of the fields.
 */
export function serverFieldErrors(
  error: unknown,
  fields: readonly string[] | Readonly<Record<string, string>>,
  t: TFunction,
): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const pairs: (readonly [string, string])[] = Array.isArray(fields)
    ? fields.map((field: string) => [field, field] as const)
    : Object.entries(fields);
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.replace(/^body\./, '');
    for (const [formField, apiField] of pairs)
      if (path === apiField || path.startsWith(`${apiField}.`))
        errors[formField + path.slice(apiField.length)] ??= translateMessage(issue.message, t);
  }
  return errors;
}
