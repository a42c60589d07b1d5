// Every error a live workshop can answer with, in the UI language: core's workshop error codes
// (WORKSHOP_ERROR_CODES) and the live layer's codes. The server's English message is for logs only.

import { WORKSHOP_ERROR_CODES } from '@kume/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The live layer's codes: the WebSocket protocol's errors, the session's refusals, the client's own. */
export const LIVE_ERROR_CODES = [
  'unknown_session',
  'hello_refused',
  'rate_limited',
  'bad_message',
  'not_joined',
  'already_joined',
  'bad_command',
  'unknown_workshop',
  'workshop_not_live',
  'already_present',
  'internal',
  'not_connected',
] as const;

/** Every code workshopErrorText words (`workshops:errors.<code>`). */
export const WORDED_ERROR_CODES: readonly string[] = [...WORKSHOP_ERROR_CODES, ...LIVE_ERROR_CODES];

/**
 * The sentence for an error code in the UI language; a general "could not be done" for a code it
 * does not know (a newer server), never the raw code or the server's English.
 */
export function workshopErrorText(t: TFunction, code: string | null | undefined): string {
  if (code && WORDED_ERROR_CODES.includes(code)) return t(`workshops:errors.${code}`);
  return t('workshops:errors.unknown');
}

/** workshopErrorText bound to the current language. */
export function useWorkshopErrorText(): (code: string | null | undefined) => string {
  const { t } = useTranslation();
  return (code) => workshopErrorText(t, code);
}
