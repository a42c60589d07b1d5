// Information Day events: create with a fresh public code, list with their attendance counts, edit
// under the event's row lock (capacity never below the seats held; freed seats go to the waiting
// list in order), link the poll workshop, delete.

import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  attendanceCounts,
  guestsToPromote,
  type AttendanceCounts,
  type EventInput,
} from '@kume/core';
import type { Db } from '../database';
import { isUniqueViolation } from '../errors';
import { eventRegistrations, events, projects } from '../schema/index';
import type { EventRegistrationRow } from './eventRegistrations';

export type EventRow = typeof events.$inferSelect;

export interface EventWithCounts {
  event: EventRow;
  counts: AttendanceCounts;
}

/** The event's columns from its input (the date column is `event_date`). */
function eventValues(input: EventInput) {
  const { date, ...rest } = input;
  return { ...rest, eventDate: date };
}

/**
 * Stores an event with a public code from `newCode`; a code taken by another event is drawn again
 * (up to 8 times, then the unique violation is thrown). Call outside a transaction: a violation
 * inside one would abort it.
 */
export async function insertEvent(
  db: Db,
  input: { projectId: string; event: EventInput; createdBy: string | null },
  newCode: () => string,
  now: Date,
): Promise<EventRow> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const [row] = await db
        .insert(events)
        .values({
          ...eventValues(input.event),
          projectId: input.projectId,
          createdBy: input.createdBy,
          publicCode: newCode(),
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      return row as EventRow;
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 8) throw error;
    }
  }
}

/** Attendance counts of the events, by event id (events without registrations get zeros). */
export async function eventCounts(
  db: Db,
  eventIds: readonly string[],
): Promise<Map<string, AttendanceCounts>> {
  const rows = eventIds.length
    ? await db
        .select({
          eventId: eventRegistrations.eventId,
          status: eventRegistrations.status,
          checkedInAt: eventRegistrations.checkedInAt,
        })
        .from(eventRegistrations)
        .where(inArray(eventRegistrations.eventId, [...eventIds]))
    : [];
  return new Map(
    eventIds.map((id) => [id, attendanceCounts(rows.filter((row) => row.eventId === id))]),
  );
}

/** One event's attendance counts (zeros for an event without registrations). */
export async function eventCountsOf(db: Db, eventId: string): Promise<AttendanceCounts> {
  return (await eventCounts(db, [eventId])).get(eventId) as AttendanceCounts;
}

/** The project's events with their counts, the latest date first. */
export async function listEvents(db: Db, projectId: string): Promise<EventWithCounts[]> {
  const rows = await db
    .select()
    .from(events)
    .where(eq(events.projectId, projectId))
    .orderBy(desc(events.eventDate), desc(events.createdAt), asc(events.id));
  const counts = await eventCounts(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((event) => ({ event, counts: counts.get(event.id) as AttendanceCounts }));
}

/** An event of the project, or undefined. */
export async function findEvent(
  db: Db,
  projectId: string,
  id: string,
): Promise<EventRow | undefined> {
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.projectId, projectId), eq(events.id, id)));
  return row;
}

/** The event whose registration page has this (canonical) public code, or undefined. */
export async function findEventByPublicCode(db: Db, code: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.publicCode, code));
  return row;
}

/** The name of the event's project, for the public pages ('' when the project is gone). */
export async function eventProjectName(db: Db, event: { projectId: string }): Promise<string> {
  const [row] = await db
    .select({ name: projects.name })
    .from(projects)
    .where(eq(projects.id, event.projectId));
  return row?.name ?? '';
}

/**
 * Locks the event's row until the transaction ends (SELECT ... FOR UPDATE) and reads it: every
 * change to its seats (a registration, a cancellation, a new capacity) holds this lock, so two
 * guests never take the last seat together. undefined when the event is gone.
 */
export async function lockEvent(tx: Db, eventId: string): Promise<EventRow | undefined> {
  const [row] = await tx.select().from(events).where(eq(events.id, eventId)).for('update');
  return row;
}

/**
 * Gives the free seats (capacity - registered) to the first waiting guests in queue order; call
 * under lockEvent. Answers the guests promoted, now registered.
 */
export async function promoteWaitingGuests(
  tx: Db,
  event: EventRow,
): Promise<EventRegistrationRow[]> {
  const rows = await tx
    .select()
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, event.id),
        inArray(eventRegistrations.status, ['registered', 'waitlisted']),
      ),
    );
  const registered = rows.filter((row) => row.status === 'registered').length;
  const waiting = rows
    .filter((row) => row.status === 'waitlisted')
    .map((row) => ({ id: row.id, createdAt: row.createdAt.getTime() }));
  const chosen = guestsToPromote(event.capacity, registered, waiting);
  if (chosen.length === 0) return [];
  const promoted = await tx
    .update(eventRegistrations)
    .set({ status: 'registered' })
    .where(
      inArray(
        eventRegistrations.id,
        chosen.map((guest) => guest.id),
      ),
    )
    .returning();
  const order = new Map(chosen.map((guest, index) => [guest.id, index]));
  return promoted.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

export type UpdateEventOutcome =
  | { ok: true; event: EventRow; promoted: EventRegistrationRow[] }
  | { ok: false; reason: 'capacity_below_registered'; registered: number };

/**
 * Replaces the event's details in one transaction under its lock. A capacity below the guests
 * holding a seat is refused; a higher one gives the freed seats to the waiting list in queue order.
 * undefined when the event is not the project's.
 */
export async function updateEvent(
  db: Db,
  projectId: string,
  id: string,
  input: EventInput,
  now: Date,
): Promise<UpdateEventOutcome | undefined> {
  return db.transaction(async (tx) => {
    const locked = await lockEvent(tx, id);
    if (!locked || locked.projectId !== projectId) return undefined;
    const counts = await eventCountsOf(tx, id);
    if (input.capacity < counts.registered)
      return {
        ok: false as const,
        reason: 'capacity_below_registered' as const,
        registered: counts.registered,
      };
    const [event] = await tx
      .update(events)
      .set({ ...eventValues(input), updatedAt: now })
      .where(eq(events.id, id))
      .returning();
    const promoted = await promoteWaitingGuests(tx, event as EventRow);
    return { ok: true as const, event: event as EventRow, promoted };
  });
}

/** Links the custom workshop that runs the event's polls (call under lockEvent). */
export async function setPollWorkshop(
  tx: Db,
  eventId: string,
  workshopId: string | null,
  now: Date,
): Promise<EventRow | undefined> {
  const [row] = await tx
    .update(events)
    .set({ pollWorkshopId: workshopId, updatedAt: now })
    .where(eq(events.id, eventId))
    .returning();
  return row;
}

/** Deletes an event with its registrations and invitations. False when there is none. */
export async function deleteEvent(db: Db, projectId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(events)
    .where(and(eq(events.projectId, projectId), eq(events.id, id)))
    .returning({ id: events.id });
  return rows.length > 0;
}
