// The Information Day API's refusals in the UI language, by their stable code (the server's
// messages are English); an error it does not know keeps the server's words.

import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { registrationOf } from './registrationOf';

/** Codes of the events, registrations, check-in and polls routes that people are told about. */
export const KNOWN_EVENT_ERRORS = [
  'capacity_below_registered',
  'duplicate_email',
  'event_full',
  'registration_closed',
  'already_registered',
  'polls_started',
  'ticket_not_found',
  'registration_cancelled',
  'network',
] as const;

/** The server's message for a public code, invitation or ticket that leads nowhere. */
const PUBLIC_LINK_NOT_FOUND = 'this event link is not valid';

/** The first whole number in a message ("12 guests hold a seat; ..."), or null. */
function firstNumber(message: string): number | null {
  const match = /\d+/.exec(message);
  return match ? Number(match[0]) : null;
}

/**
 * A sentence for `error`: a known code in words (a public link the server does not know is "not
 * valid"), anything else as the error's own message.
 */
export function eventErrorText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError))
    return error instanceof Error ? error.message : String(error ?? '');
  if (error.code === 'capacity_below_registered') {
    const count = firstNumber(error.message);
    return count === null
      ? error.message
      : t('informationDay:errors.capacity_below_registered', { count });
  }
  if (error.code === 'already_checked_in' || error.code === 'waitlisted') {
    const guest = registrationOf(error.details);
    if (guest) return t(`informationDay:errors.${error.code}`, { name: guest.name });
  }
  // The public links' one answer; the facilitator's "event not found" keeps its own words.
  if (error.code === 'not_found' && error.message === PUBLIC_LINK_NOT_FOUND)
    return t('informationDay:errors.not_found');
  if ((KNOWN_EVENT_ERRORS as readonly string[]).includes(error.code))
    return t(`informationDay:errors.${error.code}`);
  return error.message;
}

/** Refusals whose issues name a form field (the seats, the email) with English words. */
const FIELD_REFUSALS = ['capacity_below_registered', 'duplicate_email'];

/**
 * The error a form shows: a refusal that names a field gets the translated sentence on that field
 * (the forms show unknown words as they come); any other error is returned as it is.
 */
export function localisedFormError(error: unknown, t: TFunction): unknown {
  if (!(error instanceof ApiError) || !FIELD_REFUSALS.includes(error.code)) return error;
  const text = eventErrorText(error, t);
  return new ApiError(
    error.status,
    error.code,
    text,
    error.issues.map((issue) => ({ ...issue, message: text })),
    error.details,
  );
}
