// The seat rule of a new public registration: a seat while seats are left, else the waiting list
// when the event keeps one, else no registration.

export type RegistrationSeat = 'registered' | 'waitlisted' | 'full';

/**
 * `registered` while fewer guests hold a seat than the capacity, else `waitlisted` when the event
 * has a waiting list, else `full`. Walk-ins added by the facilitator bypass this rule: they may
 * push the registered count past the capacity, and then no new guest gets a seat.
 */
export function registrationSeat(event: {
  capacity: number;
  waitlist: boolean;
  /** Guests holding a seat now (status registered, walk-ins included). */
  registered: number;
}): RegistrationSeat {
  if (event.registered < event.capacity) return 'registered';
  return event.waitlist ? 'waitlisted' : 'full';
}
