// What a check-in attempt came to, for the big result on the check-in page: welcome, already
// checked in, on the waiting list, cancelled, not a ticket of this event, or another error.

import { ApiError } from '../../../api/client';
import type { Registration } from '../eventTypes';
import { registrationOf } from '../registrationOf';

export type CheckInOutcome =
  | { kind: 'welcome'; registration: Registration }
  | { kind: 'already'; registration: Registration | null }
  | { kind: 'waitlisted'; registration: Registration | null }
  | { kind: 'cancelled'; registration: Registration | null }
  | { kind: 'notTicket' }
  | { kind: 'error'; message: string };

/** The outcome of a refused check-in (the contract's codes); unknown errors keep their message. */
export function outcomeOfError(error: unknown): CheckInOutcome {
  if (!(error instanceof ApiError))
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  const registration = registrationOf(error.details);
  switch (error.code) {
    case 'already_checked_in':
      return { kind: 'already', registration };
    case 'waitlisted':
      return { kind: 'waitlisted', registration };
    case 'registration_cancelled':
      return { kind: 'cancelled', registration };
    case 'ticket_not_found':
      return { kind: 'notTicket' };
    default:
      // A malformed ticket text is refused by validation; for the door it is not a ticket either.
      return error.status === 400 || error.status === 404
        ? { kind: 'notTicket' }
        : { kind: 'error', message: error.message };
  }
}
