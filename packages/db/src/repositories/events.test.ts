// Events on PGlite and PostgreSQL: public codes drawn again when taken, the list with counts, a
// capacity never below the seats held, freed seats given to the waiting list in order.

import { eventInputSchema, projectInputSchema } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTestEvent, registerTestGuests } from '../../test/eventFixtures';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { listRegistrations } from './eventRegistrations';
import { deleteEvent, findEventByPublicCode, insertEvent, listEvents, updateEvent } from './events';
import { createProject } from './projects';

let database: Database;
let db: Db;
let projectId: string;
const now = new Date('2026-11-26T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  projectId = (await createProject(db, projectInputSchema.parse({ name: 'Events' }), null)).id;
});
afterAll(() => database.close());

const input = (fields: Record<string, unknown>) =>
  eventInputSchema.parse({
    title: 'Bilgilendirme Günü',
    date: '2026-12-17',
    startTime: '09:30',
    endTime: '13:00',
    venue: 'Salon',
    capacity: 10,
    ...fields,
  });

describe('events', () => {
  it('draws the public code again when another event has it', async () => {
    const codes = ['ABCD2345', 'ABCD2345', 'WXYZ6789'];
    const first = await insertEvent(
      db,
      { projectId, event: input({}), createdBy: null },
      () => codes.shift() ?? '',
      now,
    );
    const second = await insertEvent(
      db,
      { projectId, event: input({}), createdBy: null },
      () => codes.shift() ?? '',
      now,
    );
    expect([first.publicCode, second.publicCode]).toEqual(['ABCD2345', 'WXYZ6789']);
    expect((await findEventByPublicCode(db, 'WXYZ6789'))?.id).toBe(second.id);
    expect(await findEventByPublicCode(db, 'NONE2345')).toBeUndefined();
  });

  it('lists the project events latest date first, each with its counts', async () => {
    const other = (await createProject(db, projectInputSchema.parse({ name: 'Listed' }), null)).id;
    const early = await newTestEvent(db, other, { capacity: 2, date: '2026-12-01' }, now);
    const late = await newTestEvent(db, other, { capacity: 2, date: '2027-01-10' }, now);
    await registerTestGuests(db, early, 1, 3, now);
    const listed = await listEvents(db, other);
    expect(listed.map((e) => e.event.id)).toEqual([late.id, early.id]);
    expect(listed[1]?.counts).toEqual({ registered: 2, waitlisted: 1, cancelled: 0, checkedIn: 0 });
    expect(listed[0]?.counts).toEqual({ registered: 0, waitlisted: 0, cancelled: 0, checkedIn: 0 });
  });
});

describe('updateEvent', () => {
  it('refuses a capacity below the guests holding a seat and changes nothing', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 5 }, now);
    await registerTestGuests(db, event, 1, 4, now);
    const outcome = await updateEvent(
      db,
      projectId,
      event.id,
      input({ capacity: 3, title: 'New' }),
      now,
    );
    expect(outcome).toEqual({ ok: false, reason: 'capacity_below_registered', registered: 4 });
    expect(
      (await listEvents(db, projectId)).find((e) => e.event.id === event.id)?.event,
    ).toMatchObject({ title: 'Bilgilendirme Günü', capacity: 5 });
  });

  it('gives seats freed by a higher capacity to the waiting list in queue order', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 2 }, now);
    const guests = await registerTestGuests(db, event, 1, 6, now);
    const later = new Date(now.getTime() + 60_000);
    const outcome = await updateEvent(db, projectId, event.id, input({ capacity: 4 }), later);
    expect(outcome?.ok && outcome.promoted.map((r) => r.name)).toEqual(['Guest 3', 'Guest 4']);
    expect(outcome?.ok && outcome.event).toMatchObject({ capacity: 4, updatedAt: later });
    const statuses = (await listRegistrations(db, event.id)).map((r) => [r.name, r.status]);
    expect(statuses).toEqual([
      ['Guest 1', 'registered'],
      ['Guest 2', 'registered'],
      ['Guest 3', 'registered'],
      ['Guest 4', 'registered'],
      ['Guest 5', 'waitlisted'],
      ['Guest 6', 'waitlisted'],
    ]);
    expect(guests).toHaveLength(6);
  });

  it('does not touch another project’s event', async () => {
    const other = (await createProject(db, projectInputSchema.parse({ name: 'Other' }), null)).id;
    const event = await newTestEvent(db, other, { capacity: 2 }, now);
    expect(await updateEvent(db, projectId, event.id, input({}), now)).toBeUndefined();
    expect(await deleteEvent(db, projectId, event.id)).toBe(false);
    expect(await deleteEvent(db, other, event.id)).toBe(true);
  });

  it('deletes an event with its registrations', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 2 }, now);
    await registerTestGuests(db, event, 1, 2, now);
    expect(await deleteEvent(db, projectId, event.id)).toBe(true);
    expect(await listRegistrations(db, event.id)).toEqual([]);
  });
});
