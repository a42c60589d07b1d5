// The Information Day's refusals, each with its stable code and a message for people.

import { HttpError } from '../http/httpError';

/**
 * Check-in times are shown on the venue's clock. Events store local times without a zone; Kume's
 * agencies are in Turkey, so the venue's clock is Istanbul's (the answer's details carry the
 * instant for screens that format it themselves).
 */
export const EVENT_TIME_ZONE = 'Europe/Istanbul';

const clock = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: EVENT_TIME_ZONE,
});

/** `HH:MM` of an instant on the venue's clock. */
export function venueClockTime(instant: Date): string {
  return clock.format(instant);
}

/** The one answer for every public code, invitation or ticket that leads nowhere. */
export const invalidPublicLink = () =>
  new HttpError(404, 'not_found', 'this event link is not valid');

export const eventNotFound = () => new HttpError(404, 'not_found', 'event not found');
export const registrationNotFound = () => new HttpError(404, 'not_found', 'registration not found');

export const capacityBelowRegistered = (registered: number) =>
  new HttpError(
    409,
    'capacity_below_registered',
    `${registered} guests hold a seat; choose at least ${registered} or cancel registrations first`,
    [{ path: 'capacity', message: `at least ${registered}` }],
    { registered },
  );

export const duplicateEmail = () =>
  new HttpError(
    409,
    'duplicate_email',
    'this email address is already registered for this event; use the ticket link you were given, or ask the organisers',
    [{ path: 'email', message: 'already registered for this event' }],
  );

export const eventFull = () =>
  new HttpError(409, 'event_full', 'this event is full and keeps no waiting list');

export const registrationClosed = () =>
  new HttpError(410, 'registration_closed', 'registration for this event is closed');

export const alreadyRegistered = () =>
  new HttpError(
    409,
    'already_registered',
    'someone has already registered through this invitation; use the ticket link you were given',
  );

export const ticketNotFound = () =>
  new HttpError(404, 'ticket_not_found', 'this QR code is not a ticket for this event');

/** `registration` (the facilitator's view of the guest) goes into the details when given. */
export const alreadyCheckedIn = (name: string, at: Date, registration?: unknown) =>
  new HttpError(
    409,
    'already_checked_in',
    `${name} was already checked in at ${venueClockTime(at)}`,
    [],
    registration === undefined ? undefined : { registration },
  );

export const registrationCancelled = (name: string, registration: unknown) =>
  new HttpError(
    409,
    'registration_cancelled',
    `${name}'s registration was cancelled; add them again as a walk-in if they are here`,
    [],
    { registration },
  );

export const waitlisted = (name: string, position: number | null, registration: unknown) =>
  new HttpError(
    409,
    'waitlisted',
    `${name} is on the waiting list${position === null ? '' : ` (position ${position})`}; check them in from the list to give them a seat`,
    [],
    { registration },
  );

export const pollsStarted = () =>
  new HttpError(
    409,
    'polls_started',
    'the polls have gone live; they can no longer be changed (create a new workshop for new polls)',
  );
