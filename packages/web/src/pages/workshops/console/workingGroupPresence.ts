// The working group in the room, for the console's participants panel: which organisations of
// the confirmed group have someone present and which are missing.

import type { WorkshopAttendanceView } from '@kume/server';

export type AttendingOrganisation = NonNullable<WorkshopAttendanceView['workingGroup']>[number];

export interface WorkingGroupPresence {
  present: AttendingOrganisation[];
  missing: AttendingOrganisation[];
}

/** The group split by presence, each part in the server's order; null without a working group. */
export function workingGroupPresence(
  attendance: WorkshopAttendanceView | null | undefined,
): WorkingGroupPresence | null {
  const group = attendance?.workingGroup;
  if (!group || group.length === 0) return null;
  return {
    present: group.filter((organisation) => organisation.present.length > 0),
    missing: group.filter((organisation) => organisation.present.length === 0),
  };
}
