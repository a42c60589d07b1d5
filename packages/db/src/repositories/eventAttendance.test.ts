// Check-in and cancellation on PGlite and PostgreSQL: a guest is checked in once, a waiting guest
// only from the list, a cancelled seat goes to the first waiting guest.

import { projectInputSchema } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTestEvent, registerTestGuests } from '../../test/eventFixtures';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { cancelRegistration, checkInRegistration, undoCheckIn } from './eventAttendance';
import { findRegistration, listRegistrations } from './eventRegistrations';
import { createProject } from './projects';

let database: Database;
let db: Db;
let projectId: string;
const now = new Date('2026-12-17T07:00:00Z');
const later = new Date('2026-12-17T07:30:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  projectId = (await createProject(db, projectInputSchema.parse({ name: 'Attendance' }), null)).id;
});
afterAll(() => database.close());

const options = (seatWaitlisted = false, at = now) => ({ by: null, now: at, seatWaitlisted });

describe('checkInRegistration', () => {
  it('checks a guest in once; the second scan is refused with the first time', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 5 }, now);
    const [guest] = await registerTestGuests(db, event, 1, 1, now);
    const first = await checkInRegistration(db, event.id, guest?.id ?? '', options());
    expect(first.ok && first.registration.checkedInAt).toEqual(now);
    const second = await checkInRegistration(db, event.id, guest?.id ?? '', options(false, later));
    expect(second).toMatchObject({ ok: false, reason: 'already_checked_in' });
    expect(!second.ok && 'registration' in second && second.registration.checkedInAt).toEqual(now);
  });

  it('checks in once when two scanners read the same ticket at once', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 5 }, now);
    const [guest] = await registerTestGuests(db, event, 1, 1, now);
    const outcomes = await Promise.all(
      [1, 2, 3].map(() => checkInRegistration(db, event.id, guest?.id ?? '', options())),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok && o.reason === 'already_checked_in')).toHaveLength(2);
  });

  it('refuses a waiting guest unless checked in from the list, which gives them a seat', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 1 }, now);
    const [, waiting] = await registerTestGuests(db, event, 1, 2, now);
    const id = waiting?.id ?? '';
    expect(await checkInRegistration(db, event.id, id, options())).toMatchObject({
      ok: false,
      reason: 'waitlisted',
    });
    const seated = await checkInRegistration(db, event.id, id, options(true));
    expect(seated.ok && seated.registration).toMatchObject({
      status: 'registered',
      checkedInAt: now,
    });
  });

  it('refuses a cancelled registration and one of another event', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 5 }, now);
    const other = await newTestEvent(db, projectId, { capacity: 5 }, now);
    const [guest] = await registerTestGuests(db, event, 1, 1, now);
    const id = guest?.id ?? '';
    expect(await checkInRegistration(db, other.id, id, options())).toEqual({
      ok: false,
      reason: 'not_found',
    });
    await cancelRegistration(db, event.id, id, now);
    expect(await checkInRegistration(db, event.id, id, options())).toMatchObject({
      ok: false,
      reason: 'registration_cancelled',
    });
  });
});

describe('undoCheckIn', () => {
  it('clears the check-in and keeps the seat; a cancelled registration is left alone', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 5 }, now);
    const [guest, cancelled] = await registerTestGuests(db, event, 1, 2, now);
    await checkInRegistration(db, event.id, guest?.id ?? '', options());
    expect(await undoCheckIn(db, event.id, guest?.id ?? '')).toMatchObject({
      status: 'registered',
      checkedInAt: null,
      checkedInBy: null,
    });
    await cancelRegistration(db, event.id, cancelled?.id ?? '', now);
    expect(await undoCheckIn(db, event.id, cancelled?.id ?? '')).toBeUndefined();
  });
});

describe('cancelRegistration', () => {
  it('gives the freed seat to the first waiting guest', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 2 }, now);
    const [first, , third, fourth] = await registerTestGuests(db, event, 1, 4, now);
    const outcome = await cancelRegistration(db, event.id, first?.id ?? '', later);
    expect(outcome.ok && outcome.registration).toMatchObject({
      status: 'cancelled',
      cancelledAt: later,
    });
    expect(outcome.ok && outcome.promoted.map((r) => r.id)).toEqual([third?.id]);
    expect((await findRegistration(db, event.id, fourth?.id ?? ''))?.status).toBe('waitlisted');
  });

  it('cancelling a waiting guest or cancelling twice promotes nobody', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 1 }, now);
    const [seated, waiting, last] = await registerTestGuests(db, event, 1, 3, now);
    const ofWaiting = await cancelRegistration(db, event.id, waiting?.id ?? '', now);
    expect(ofWaiting.ok && ofWaiting.promoted).toEqual([]);
    const again = await cancelRegistration(db, event.id, waiting?.id ?? '', later);
    expect(again.ok && again.registration.cancelledAt).toEqual(now);
    expect(again.ok && again.promoted).toEqual([]);
    const statuses = (await listRegistrations(db, event.id)).map((r) => r.status);
    expect(statuses).toEqual(['registered', 'cancelled', 'waitlisted']);
    expect([seated, last].every(Boolean)).toBe(true);
  });

  it('refuses to cancel a guest who is checked in', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 1 }, now);
    const [guest] = await registerTestGuests(db, event, 1, 1, now);
    await checkInRegistration(db, event.id, guest?.id ?? '', options());
    expect(await cancelRegistration(db, event.id, guest?.id ?? '', later)).toMatchObject({
      ok: false,
      reason: 'already_checked_in',
    });
  });

  it('promotes each waiting guest once when several seated guests cancel at once', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 3 }, now);
    const guests = await registerTestGuests(db, event, 1, 8, now);
    await Promise.all(guests.slice(0, 3).map((g) => cancelRegistration(db, event.id, g.id, later)));
    const rows = await listRegistrations(db, event.id);
    expect(rows.map((r) => r.status)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'registered',
      'registered',
      'registered',
      'waitlisted',
      'waitlisted',
    ]);
  });
});
