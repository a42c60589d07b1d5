// What the public page can offer a new guest: a seat, a place on the waiting list, nothing
// (full), or nothing yet or any more (registration closed).

import type { PublicEvent } from '../eventTypes';

export type SeatsState = 'open' | 'waitlist' | 'full' | 'closed';

/** Closed wins over full: a closed event takes nobody, waiting list or not. */
export function seatsState(
  event: Pick<PublicEvent, 'registrationOpen' | 'full' | 'waitlist'>,
): SeatsState {
  if (!event.registrationOpen) return 'closed';
  if (!event.full) return 'open';
  return event.waitlist ? 'waitlist' : 'full';
}

/** Whether the form is shown: a seat or a waiting-list place can be had. */
export const canRegister = (state: SeatsState) => state === 'open' || state === 'waitlist';
