// The action routes' refusals in the UI language: the server's English messages about an action's
// fields, and which indicator row a 409 indicator_has_values is about.

import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/client';
import type { IndicatorRow } from './actionFormValues';

/** Messages of core's actionInputSchema and the action routes, with their translation key. */
const PATTERNS: readonly { pattern: RegExp; key: string }[] = [
  { pattern: /^the end date \S+ is before the start date \S+$/, key: 'editor.endBeforeStart' },
  { pattern: /^the budget cannot be negative$/, key: 'editor.budgetNegative' },
  { pattern: /^the due date must be after the baseline date$/, key: 'editor.dueBeforeBaseline' },
  { pattern: /^no roadmap item has the key /, key: 'editor.unknownItem' },
  { pattern: /^the item \S+ is listed twice$/, key: 'editor.itemTwice' },
  { pattern: /^the owner is not also a partner$/, key: 'editor.ownerIsPartner' },
  { pattern: /^the partner is listed twice$/, key: 'editor.partnerTwice' },
  { pattern: /^the item \S+ was deleted from the roadmap/, key: 'editor.itemDismissed' },
  { pattern: /^no organisation of the project has the id /, key: 'editor.notProjectOrganisation' },
  {
    pattern: /^the indicator ".*" has \d+ recorded values? in .*; its unit cannot change$/s,
    key: 'editor.unitLocked',
  },
  { pattern: /^a three-letter currency code/, key: 'common:validation.currency' },
];

/** A message of the action routes in the UI language; one it does not know stays as written. */
export function actionMessage(message: string, t: TFunction): string {
  const known = PATTERNS.find(({ pattern }) => pattern.test(message));
  return known ? t(known.key.includes(':') ? known.key : `roadmap:${known.key}`) : message;
}

/** The error with its issues' messages translated, so the form shows them on the fields. */
export function localisedActionError(error: unknown, t: TFunction): unknown {
  if (!(error instanceof ApiError) || error.issues.length === 0) return error;
  return new ApiError(
    error.status,
    error.code,
    error.message,
    error.issues.map((issue) => ({ ...issue, message: actionMessage(issue.message, t) })),
    error.details,
  );
}

/**
 * The row a 409 indicator_has_values is about: by the indicator's id in its details
 * (`{ indicator: { id, name }, values }`), else by the name the message quotes ("the indicator
 * "X" has 3 recorded values; ..."); with the number of values. Null for any other error or a row
 * not found.
 */
export function refusedIndicator(
  error: unknown,
  rows: readonly IndicatorRow[],
): { key: string; count: number | null } | null {
  if (!(error instanceof ApiError) || error.code !== 'indicator_has_values') return null;
  const details = (error.details ?? {}) as { indicator?: { id?: unknown }; values?: unknown };
  const id = details.indicator?.id;
  const quoted = /"(.*)"/s.exec(error.message)?.[1];
  const counted =
    typeof details.values === 'number'
      ? details.values
      : Number(/(\d+) recorded value/.exec(error.message)?.[1] ?? Number.NaN);
  const row =
    rows.find((each) => typeof id === 'string' && each.id === id) ??
    rows.find((each) => each.removed && quoted !== undefined && each.name.trim() === quoted.trim());
  return row ? { key: row.key, count: Number.isNaN(counted) ? null : counted } : null;
}
