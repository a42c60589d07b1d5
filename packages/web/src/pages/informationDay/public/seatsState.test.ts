// What the public page offers: a seat, the waiting list, nothing (full) or nothing (closed).

import { describe, expect, it } from 'vitest';
import { canRegister, seatsState } from './seatsState';

describe('seatsState', () => {
  it('offers a seat while the event is open and not full', () => {
    expect(seatsState({ registrationOpen: true, full: false, waitlist: false })).toBe('open');
  });

  it('offers the waiting list past capacity only when the event has one', () => {
    expect(seatsState({ registrationOpen: true, full: true, waitlist: true })).toBe('waitlist');
    expect(seatsState({ registrationOpen: true, full: true, waitlist: false })).toBe('full');
  });

  it('says closed when registration is closed, full or not', () => {
    expect(seatsState({ registrationOpen: false, full: false, waitlist: true })).toBe('closed');
    expect(seatsState({ registrationOpen: false, full: true, waitlist: true })).toBe('closed');
  });

  it('shows the form for a seat or a waiting-list place only', () => {
    expect(['open', 'waitlist', 'full', 'closed'].map((s) => canRegister(s as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
