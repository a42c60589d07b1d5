// Attendance at an event: checking a guest in (by ticket or from the list), undoing it, and
// cancelling a registration, whose freed seat goes to the first waiting guest. Changes to seats run
// under the event's row lock, like registrations.

import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../database';
import { eventRegistrations } from '../schema/index';
import type { EventRegistrationRow } from './eventRegistrations';
import { lockEvent, promoteWaitingGuests } from './events';

export type CheckInOutcome =
  | { ok: true; registration: EventRegistrationRow }
  | { ok: false; reason: 'not_found' }
  | {
      ok: false;
      reason: 'registration_cancelled' | 'already_checked_in' | 'waitlisted';
      registration: EventRegistrationRow;
    };

/** The registration of the event read under the event's lock, or undefined. */
async function lockedRegistration(tx: Db, eventId: string, id: string) {
  const event = await lockEvent(tx, eventId);
  if (!event) return undefined;
  const [row] = await tx
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.id, id)));
  return row ? { event, row } : undefined;
}

/**
 * Checks a guest in, once. A cancelled registration is refused; a waiting guest is refused unless
 * `seatWaitlisted` (the facilitator checks them in from the list and so gives them a seat, even past
 * the capacity: they are at the door).
 */
export async function checkInRegistration(
  db: Db,
  eventId: string,
  id: string,
  options: { by: string | null; now: Date; seatWaitlisted: boolean },
): Promise<CheckInOutcome> {
  return db.transaction(async (tx): Promise<CheckInOutcome> => {
    const found = await lockedRegistration(tx, eventId, id);
    if (!found) return { ok: false, reason: 'not_found' };
    const { row } = found;
    if (row.status === 'cancelled')
      return { ok: false, reason: 'registration_cancelled', registration: row };
    if (row.checkedInAt) return { ok: false, reason: 'already_checked_in', registration: row };
    if (row.status === 'waitlisted' && !options.seatWaitlisted)
      return { ok: false, reason: 'waitlisted', registration: row };
    const [updated] = await tx
      .update(eventRegistrations)
      .set({ status: 'registered', checkedInAt: options.now, checkedInBy: options.by })
      .where(eq(eventRegistrations.id, row.id))
      .returning();
    return { ok: true, registration: updated as EventRegistrationRow };
  });
}

/**
 * Undoes a check-in (a scan of the wrong guest): the guest keeps the seat. Nothing changes for a
 * guest not checked in; undefined for a cancelled or unknown registration.
 */
export async function undoCheckIn(
  db: Db,
  eventId: string,
  id: string,
): Promise<EventRegistrationRow | undefined> {
  const [row] = await db
    .update(eventRegistrations)
    .set({ checkedInAt: null, checkedInBy: null })
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.id, id),
        ne(eventRegistrations.status, 'cancelled'),
      ),
    )
    .returning();
  return row;
}

export type CancelOutcome =
  | { ok: true; registration: EventRegistrationRow; promoted: EventRegistrationRow[] }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'already_checked_in'; registration: EventRegistrationRow };

/**
 * Cancels a registration in one transaction; the seat it held goes to the first waiting guest
 * (core guestsToPromote). A guest already checked in is refused (undo the check-in first); a
 * cancelled registration is answered as it is, so cancelling twice is harmless.
 */
export async function cancelRegistration(
  db: Db,
  eventId: string,
  id: string,
  now: Date,
): Promise<CancelOutcome> {
  return db.transaction(async (tx): Promise<CancelOutcome> => {
    const found = await lockedRegistration(tx, eventId, id);
    if (!found) return { ok: false, reason: 'not_found' };
    const { event, row } = found;
    if (row.status === 'cancelled') return { ok: true, registration: row, promoted: [] };
    if (row.checkedInAt) return { ok: false, reason: 'already_checked_in', registration: row };
    const [cancelled] = await tx
      .update(eventRegistrations)
      .set({ status: 'cancelled', cancelledAt: now })
      .where(eq(eventRegistrations.id, row.id))
      .returning();
    const promoted = row.status === 'registered' ? await promoteWaitingGuests(tx, event) : [];
    return { ok: true, registration: cancelled as EventRegistrationRow, promoted };
  });
}
