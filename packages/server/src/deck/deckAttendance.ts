// The deck's attendance: an event's seats, the guests registered, waiting and checked in, and the
// registered guests by the registry type of their organisation.

import { eq } from 'drizzle-orm';
import {
  attendanceCounts,
  ORGANISATION_TYPES,
  type DeckAttendance,
  type OrganisationType,
} from '@kume/core';
import { schema, type Db } from '@kume/db';

/**
 * The event's attendance; zeros while nobody has registered (the slide then shows the empty
 * seats, not "no event"). Counts are core's attendanceCounts (a cancelled guest's old check-in is
 * not counted). Types are in the registry's type order, `unknown` (a guest not tied to a registry
 * organisation) last, types without guests left out.
 */
export async function deckAttendance(
  db: Db,
  event: { id: string; capacity: number },
): Promise<DeckAttendance> {
  const { eventRegistrations: registrations, organisations } = schema;
  const rows = await db
    .select({
      status: registrations.status,
      checkedInAt: registrations.checkedInAt,
      type: organisations.type,
    })
    .from(registrations)
    .leftJoin(organisations, eq(organisations.id, registrations.organisationId))
    .where(eq(registrations.eventId, event.id));
  const counts = attendanceCounts(rows);
  const byType = new Map<OrganisationType | 'unknown', number>();
  for (const row of rows) {
    if (row.status !== 'registered') continue;
    const type = row.type ?? 'unknown';
    byType.set(type, (byType.get(type) ?? 0) + 1);
  }
  return {
    capacity: event.capacity,
    registered: counts.registered,
    waitlisted: counts.waitlisted,
    checkedIn: counts.checkedIn,
    byType: [...ORGANISATION_TYPES, 'unknown' as const].flatMap((type) => {
      const count = byType.get(type);
      return count ? [{ type, count }] : [];
    }),
  };
}
