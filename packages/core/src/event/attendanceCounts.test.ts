// Attendance counts: by status, and check-ins among the guests holding a seat.

import { describe, expect, it } from 'vitest';
import { attendanceCounts } from './attendanceCounts';

describe('attendanceCounts', () => {
  it('counts each status and the checked-in guests who hold a seat', () => {
    const at = new Date('2026-12-17T09:40:00Z');
    expect(
      attendanceCounts([
        { status: 'registered', checkedInAt: at },
        { status: 'registered', checkedInAt: null },
        { status: 'registered', checkedInAt: at },
        { status: 'waitlisted', checkedInAt: null },
        { status: 'cancelled', checkedInAt: null },
        // A check-in left on a cancelled registration is not attendance.
        { status: 'cancelled', checkedInAt: at },
      ]),
    ).toEqual({ registered: 3, waitlisted: 1, cancelled: 2, checkedIn: 2 });
  });

  it('gives zeros for an event without registrations', () => {
    expect(attendanceCounts([])).toEqual({
      registered: 0,
      waitlisted: 0,
      cancelled: 0,
      checkedIn: 0,
    });
  });
});
