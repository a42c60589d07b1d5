// Repository contract for what the deck reads of an event: the event of the project (not another
// project's), the latest event by date, and its deck settings written and read back.
// Runs on PGlite and PostgreSQL.

import { DECK_SECTIONS, projectInputSchema } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { events } from '../schema/index';
import { findDeckEvent, latestDeckEvent, setDeckSettings } from './deckSettings';
import { createProject } from './projects';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const now = new Date('2026-11-26T10:00:00Z');
let made = 0;

async function addEvent(projectId: string, eventDate: string, title = `Bilgi günü ${eventDate}`) {
  made += 1;
  const [row] = await db
    .insert(events)
    .values({
      projectId,
      title,
      eventDate,
      startTime: '10:00',
      endTime: '13:00',
      venue: 'İzmir Ticaret Odası',
      capacity: 80,
      publicCode: `DECK${String(made).padStart(4, '2')}`,
    })
    .returning({ id: events.id });
  return row!.id;
}

describe('deck settings repository', () => {
  it("finds the project's event with its settings null until saved, and not another project's", async () => {
    const mine = await createProject(db, projectInputSchema.parse({ name: 'Deck A' }), null);
    const theirs = await createProject(db, projectInputSchema.parse({ name: 'Deck B' }), null);
    const eventId = await addEvent(mine.id, '2027-01-15');
    expect(await findDeckEvent(db, mine.id, eventId)).toMatchObject({
      id: eventId,
      eventDate: '2027-01-15',
      capacity: 80,
      deckSettings: null,
    });
    expect(await findDeckEvent(db, theirs.id, eventId)).toBeUndefined();
  });

  it('the latest event is the one with the latest date; none without events', async () => {
    const { id } = await createProject(db, projectInputSchema.parse({ name: 'Deck C' }), null);
    expect(await latestDeckEvent(db, id)).toBeUndefined();
    await addEvent(id, '2027-03-01', 'March');
    await addEvent(id, '2027-05-01', 'May');
    await addEvent(id, '2027-04-01', 'April');
    expect((await latestDeckEvent(db, id))?.title).toBe('May');
  });

  it("writes the settings and reads them back; another project's event is not written", async () => {
    const mine = await createProject(db, projectInputSchema.parse({ name: 'Deck D' }), null);
    const theirs = await createProject(db, projectInputSchema.parse({ name: 'Deck E' }), null);
    const eventId = await addEvent(mine.id, '2027-02-01');
    const settings = {
      sections: [...DECK_SECTIONS].reverse(),
      benchmarkCaseId: null,
      workshopCalendar: [{ title: 'Vizyon', date: null, venue: '' }],
      nextSteps: ['Çalışma grubunu kurun'],
    };
    expect(await setDeckSettings(db, theirs.id, eventId, settings, now)).toBe(false);
    expect((await findDeckEvent(db, mine.id, eventId))?.deckSettings).toBeNull();
    expect(await setDeckSettings(db, mine.id, eventId, settings, now)).toBe(true);
    expect((await findDeckEvent(db, mine.id, eventId))?.deckSettings).toEqual(settings);
  });
});
