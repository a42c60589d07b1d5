// The seat rule: a seat while seats are left, the waiting list past capacity, or full.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registrationSeat } from './registrationSeat';

describe('registrationSeat', () => {
  it('gives a seat while fewer guests than the capacity hold one', () => {
    expect(registrationSeat({ capacity: 5, waitlist: true, registered: 4 })).toBe('registered');
    expect(registrationSeat({ capacity: 5, waitlist: false, registered: 0 })).toBe('registered');
  });

  it('puts the guest on the waiting list at capacity when the event keeps one', () => {
    expect(registrationSeat({ capacity: 5, waitlist: true, registered: 5 })).toBe('waitlisted');
  });

  it('refuses at capacity without a waiting list, and past it after walk-ins', () => {
    expect(registrationSeat({ capacity: 5, waitlist: false, registered: 5 })).toBe('full');
    expect(registrationSeat({ capacity: 5, waitlist: false, registered: 7 })).toBe('full');
    expect(registrationSeat({ capacity: 5, waitlist: true, registered: 7 })).toBe('waitlisted');
  });

  it('never seats more guests than the capacity, one registration after another (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.boolean(),
        fc.nat(120),
        (capacity, waitlist, guests) => {
          let registered = 0;
          let waiting = 0;
          for (let i = 0; i < guests; i += 1) {
            const seat = registrationSeat({ capacity, waitlist, registered });
            if (seat === 'registered') registered += 1;
            if (seat === 'waitlisted') waiting += 1;
          }
          expect(registered).toBe(Math.min(capacity, guests));
          expect(waiting).toBe(waitlist ? Math.max(0, guests - capacity) : 0);
        },
      ),
    );
  });
});
