// How many guests of an event hold a seat, wait, cancelled, and came (checked in).

import type { RegistrationStatus } from './eventInput';

export interface AttendanceCounts {
  registered: number;
  waitlisted: number;
  cancelled: number;
  /** Guests checked in; a check-in gives a waiting guest a seat, so all of them are registered. */
  checkedIn: number;
}

/** The counts over an event's registrations; a cancelled registration's old check-in is not counted. */
export function attendanceCounts(
  registrations: readonly { status: RegistrationStatus; checkedInAt: unknown }[],
): AttendanceCounts {
  const counts: AttendanceCounts = { registered: 0, waitlisted: 0, cancelled: 0, checkedIn: 0 };
  for (const { status, checkedInAt } of registrations) {
    counts[status] += 1;
    if (status === 'registered' && checkedInAt !== null && checkedInAt !== undefined)
      counts.checkedIn += 1;
  }
  return counts;
}
