// The server's and core's English messages about an indicator value, in the UI language.

import type { TFunction } from 'i18next';

const WRONG_UNIT = /^this indicator is measured in (.+), not (.+)$/s;

/**
 * core's checkIndicatorValue message ("this indicator is measured in firms, not %") with its two
 * units kept; any other message as given (already translated by the form).
 */
export function localiseValueMessage(
  message: string | undefined,
  t: TFunction,
): string | undefined {
  if (message === undefined) return undefined;
  const match = WRONG_UNIT.exec(message);
  if (!match) return message;
  return t('monitoring:value.wrongUnit', { expected: match[1], given: match[2] });
}
