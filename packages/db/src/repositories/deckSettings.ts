// What the Information Day deck reads of an event: its details and the facilitator's deck settings
// (events.deck_settings), the event the command line picks by default, and writing the settings.

import { and, desc, eq } from 'drizzle-orm';
import type { DeckSettings } from '@kume/core';
import type { Db } from '../database';
import { events } from '../schema/index';

/** The event's columns the deck shows, and its stored settings (null until first saved). */
const deckEventColumns = {
  id: events.id,
  title: events.title,
  eventDate: events.eventDate,
  startTime: events.startTime,
  endTime: events.endTime,
  venue: events.venue,
  address: events.address,
  agenda: events.agenda,
  capacity: events.capacity,
  deckSettings: events.deckSettings,
};
export type DeckEventRow = {
  [K in keyof typeof deckEventColumns]: (typeof events.$inferSelect)[K];
};

/** An event of the project, or undefined (unknown, or another project's). */
export async function findDeckEvent(
  db: Db,
  projectId: string,
  eventId: string,
): Promise<DeckEventRow | undefined> {
  const [row] = await db
    .select(deckEventColumns)
    .from(events)
    .where(and(eq(events.projectId, projectId), eq(events.id, eventId)));
  return row;
}

/** The project's latest event: the latest date, then the latest made; undefined without events. */
export async function latestDeckEvent(
  db: Db,
  projectId: string,
): Promise<DeckEventRow | undefined> {
  const [row] = await db
    .select(deckEventColumns)
    .from(events)
    .where(eq(events.projectId, projectId))
    .orderBy(desc(events.eventDate), desc(events.createdAt), desc(events.id))
    .limit(1);
  return row;
}

/** Stores the event's deck settings (already validated); false when the event is not the project's. */
export async function setDeckSettings(
  db: Db,
  projectId: string,
  eventId: string,
  settings: DeckSettings,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(events)
    .set({ deckSettings: settings, updatedAt: now })
    .where(and(eq(events.projectId, projectId), eq(events.id, eventId)))
    .returning({ id: events.id });
  return rows.length > 0;
}
