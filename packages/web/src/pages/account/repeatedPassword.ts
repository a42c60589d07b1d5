// The check that a password typed twice is the same both times.

import type { TFunction } from 'i18next';

/** The message for the repeat field, or undefined when it matches. */
export function repeatedPasswordError(
  password: string,
  repeated: string,
  t: TFunction,
): string | undefined {
  if (repeated === '') return t('validation.required', { ns: 'common' });
  return repeated === password ? undefined : t('passwordsDiffer', { ns: 'account' });
}
