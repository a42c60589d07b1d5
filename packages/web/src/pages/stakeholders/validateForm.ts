// Inline validation of stage 1's forms with the same zod schemas the API uses (from core), with
// the messages in the UI language. Also translates the known messages of the server's checks.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { fieldError } from '../../components/ErrorAlert';

/** The parts of a zod issue the messages need (kept structural: web does not depend on zod). */
interface IssueLike {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly origin?: string;
  readonly expected?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
}

interface SchemaLike<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
}

/** Messages by field path ("name", "followUps.0.dueOn"); the first problem of each field. */
export type FieldErrors = Partial<Record<string, string>>;

/** Messages of core's schemas and of the import check, by their English text. */
const knownMessages: Record<string, string> = {
  required: 'validation.required',
  'not a NACE (C24.51) or NAICS (331511) code': 'validation.industryCode',
  'not a web address (http or https)': 'validation.website',
  'a whole number': 'validation.wholeNumber',
  'not a whole number': 'validation.wholeNumber',
  'not a number': 'validation.number',
  'not an email address': 'validation.email',
  'not a phone number': 'validation.phone',
  'choose at least one organisation': 'validation.chooseOrganisation',
  'a whole number from 1 to 5': 'validation.score',
  'a three-letter currency code such as TRY or EUR': 'validation.currency',
  'not a date (YYYY-MM-DD)': 'validation.date',
  'not a known organisation type': 'validation.organisationType',
  'not yes or no': 'validation.yesNo',
  'already in the registry': 'validation.alreadyRegistered',
  'no column is mapped to the organisation name': 'validation.nameNotMapped',
  'no column is mapped to the type, and no default type is chosen': 'validation.typeNotMapped',
  'the file has no rows to import': 'validation.noRows',
};

/** A message of the server or of core in the UI language; unknown messages stay as they are. */
export function translateMessage(message: string, t: TFunction): string {
  const key = knownMessages[message];
  if (key) return t(key, { ns: 'stakeholders' });
  const atMost = /^at most (\d+) characters$/.exec(message);
  if (atMost) return t('validation.maxLength', { ns: 'stakeholders', max: Number(atMost[1]) });
  const registered = /^an organisation named "(.*)" is already in the registry$/s.exec(message);
  if (registered) return t('validation.duplicateName', { ns: 'stakeholders', name: registered[1] });
  const duplicate = /^duplicate of row (\d+)$/.exec(message);
  if (duplicate)
    return t('validation.duplicateOfRow', { ns: 'stakeholders', row: Number(duplicate[1]) });
  return message;
}

function issueMessage(issue: IssueLike, t: TFunction): string {
  if (knownMessages[issue.message] || /^at most \d+ characters$/.test(issue.message))
    return translateMessage(issue.message, t);
  const opts = { ns: 'stakeholders' };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return t('validation.required', opts);
      if (issue.origin === 'array') return t('validation.chooseOne', opts);
      return t('validation.min', { ...opts, min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string')
        return t('validation.maxLength', { ...opts, max: Number(issue.maximum) });
      if (issue.origin === 'array')
        return t('validation.maxItems', { ...opts, max: Number(issue.maximum) });
      return t('validation.max', { ...opts, max: Number(issue.maximum) });
    case 'invalid_type':
      // zod reports a missing value as the wrong type; for a person it is a missing answer.
      if (/received undefined$/.test(issue.message)) return t('validation.required', opts);
      if (issue.expected === 'int') return t('validation.wholeNumber', opts);
      if (issue.expected === 'number') return t('validation.number', opts);
      return t('validation.required', opts);
    case 'invalid_value':
      return t('validation.choose', opts);
    default:
      return t('validation.invalid', opts);
  }
}

export function validateForm<T>(
  schema: SchemaLike<T>,
  values: unknown,
  t: TFunction,
): { ok: true; data: T; errors: FieldErrors } | { ok: false; data: null; errors: FieldErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issueMessage(issue, t);
  }
  return { ok: false, data: null, errors };
}

/**
 * Validation for a form: nothing is shown until the first submit; from then on the messages
 * follow the values as the user corrects them. `check()` returns the parsed input, or null.
 */
export function useFormValidation<T>(schema: SchemaLike<T>, values: unknown) {
  const { t } = useTranslation('stakeholders');
  const [shown, setShown] = useState(false);
  const result = validateForm(schema, values, t);
  return {
    errors: shown ? result.errors : ({} as FieldErrors),
    check: (): T | null => {
      setShown(true);
      return result.ok ? result.data : null;
    },
    reset: () => setShown(false),
  };
}

/**
 * The server's messages for the form's fields: `fields` maps a form field to the API's name for
 * it (the same when a list of names is given). Empty when the error names no field.
 */
export function serverFieldErrors(
  error: unknown,
  fields: readonly string[] | Record<string, string>,
  t: TFunction,
): FieldErrors {
  const pairs = Array.isArray(fields)
    ? fields.map((field: string) => [field, field] as const)
    : Object.entries(fields);
  const errors: FieldErrors = {};
  for (const [formField, apiField] of pairs) {
    const message = fieldError(error, apiField);
    if (message) errors[formField] = translateMessage(message, t);
  }
  return errors;
}

/** Brings the first field with a message into view (after the messages render), for long forms. */
export function focusFirstError(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  });
}
