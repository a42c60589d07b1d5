// Registrations for an event on PGlite and PostgreSQL: the seat rule under concurrency (the event's
// row lock), one registration per email whatever its case, invitations tied to their organisation.

import { projectInputSchema, type RegistrationInput } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTestEvent, testGuest } from '../../test/eventFixtures';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { organisations } from '../schema/index';
import { issueInvitations } from './eventInvitations';
import { addWalkIn, listRegistrations, registerGuest } from './eventRegistrations';
import type { EventRow } from './events';
import { createProject } from './projects';

let database: Database;
let db: Db;
let projectId: string;
const now = new Date('2026-11-26T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  projectId = (await createProject(db, projectInputSchema.parse({ name: 'Registrations' }), null))
    .id;
});
afterAll(() => database.close());

const newEvent = (fields: { capacity: number; waitlist?: boolean; registrationOpen?: boolean }) =>
  newTestEvent(db, projectId, fields, now);
const guest = testGuest;
let ticketNumber = 0;
const register = (event: EventRow, input: RegistrationInput, at = now) =>
  registerGuest(
    db,
    { eventId: event.id, input, ticketSha256: `ticket-${(ticketNumber += 1)}`, invitation: null },
    at,
  );

describe('registerGuest', () => {
  it('seats guests up to the capacity, then waitlists them', async () => {
    const event = await newEvent({ capacity: 2 });
    const outcomes = [];
    for (let n = 1; n <= 4; n += 1) outcomes.push(await register(event, guest(n)));
    expect(outcomes.map((o) => (o.ok ? o.registration.status : o.reason))).toEqual([
      'registered',
      'registered',
      'waitlisted',
      'waitlisted',
    ]);
    const first = outcomes[0];
    expect(first?.ok && first.registration).toMatchObject({
      source: 'public',
      emailKey: 'guest1@firm.example',
      consentAt: now,
      checkedInAt: null,
    });
  });

  it('never overbooks: 20 guests at once for the last 5 seats give 5 registered and 15 waitlisted', async () => {
    const event = await newEvent({ capacity: 5 });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, n) => register(event, guest(100 + n))),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const rows = await listRegistrations(db, event.id);
    expect(rows.filter((r) => r.status === 'registered')).toHaveLength(5);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(15);
  });

  it('without a waiting list, 20 guests at once for 5 seats give 5 registered and 15 refused as full', async () => {
    const event = await newEvent({ capacity: 5, waitlist: false });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, n) => register(event, guest(200 + n))),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(outcomes.filter((o) => !o.ok && o.reason === 'event_full')).toHaveLength(15);
    expect(await listRegistrations(db, event.id)).toHaveLength(5);
  });

  it('takes one registration per email, whatever its case and spaces, even sent at once', async () => {
    const event = await newEvent({ capacity: 50 });
    const emails = [
      'Ayse@Firm.example',
      'ayse@firm.example',
      ' AYSE@FIRM.EXAMPLE',
      'ayse@FIRM.example',
    ];
    const outcomes = await Promise.all(emails.map((email, n) => register(event, guest(n, email))));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok && o.reason === 'duplicate_email')).toHaveLength(3);
  });

  it('refuses a taken email before a full event, and registration when it is closed', async () => {
    const full = await newEvent({ capacity: 1, waitlist: false });
    expect((await register(full, guest(1))).ok).toBe(true);
    expect(await register(full, guest(1, 'GUEST1@firm.example'))).toEqual({
      ok: false,
      reason: 'duplicate_email',
    });
    expect(await register(full, guest(2))).toEqual({ ok: false, reason: 'event_full' });
    const closed = await newEvent({ capacity: 10, registrationOpen: false });
    expect(await register(closed, guest(3))).toEqual({ ok: false, reason: 'registration_closed' });
  });

  it('ties a registration to the registry organisation of the same (folded) name', async () => {
    const event = await newEvent({ capacity: 10 });
    const [organisation] = await db
      .insert(organisations)
      .values({ projectId, name: 'Ege Döküm A.Ş.', nameKey: 'ege dokum a.s.', type: 'firm' })
      .returning();
    const outcome = await register(event, { ...guest(1), organisation: 'EGE DÖKÜM A.Ş.' });
    expect(outcome.ok && outcome.registration.organisationId).toBe(organisation?.id);
    const stranger = await register(event, { ...guest(2), organisation: 'Another Firm' });
    expect(stranger.ok && stranger.registration.organisationId).toBeNull();
  });

  it('allows one live registration per invitation', async () => {
    const event = await newEvent({ capacity: 10 });
    const [organisation] = await db
      .insert(organisations)
      .values({ projectId, name: 'Invited Firm', nameKey: 'invited firm', type: 'firm' })
      .returning();
    const [issued] = await issueInvitations(
      db,
      { id: event.id, projectId },
      [
        {
          organisationId: organisation?.id ?? '',
          tokenSha256: 'inv-1',
          ticketSha256For: (id) => `t-${id}`,
        },
      ],
      now,
    );
    const invitation = { id: issued?.invitation.id ?? '', organisationId: organisation?.id ?? '' };
    const first = await registerGuest(
      db,
      { eventId: event.id, input: guest(1), ticketSha256: 'inv-ticket-1', invitation },
      now,
    );
    expect(first.ok && first.registration).toMatchObject({
      source: 'invitation',
      organisationId: organisation?.id,
      invitationId: invitation.id,
    });
    expect(
      await registerGuest(
        db,
        { eventId: event.id, input: guest(2), ticketSha256: 'inv-ticket-2', invitation },
        now,
      ),
    ).toEqual({ ok: false, reason: 'already_registered' });
  });
});

describe('addWalkIn', () => {
  it('seats a walk-in past the capacity and checks them in, but refuses a taken email', async () => {
    const event = await newEvent({ capacity: 1, waitlist: false });
    expect((await register(event, guest(1))).ok).toBe(true);
    const walkIn = await addWalkIn(
      db,
      { eventId: event.id, input: guest(2), ticketSha256: 'walk-1', checkIn: true, by: null },
      now,
    );
    expect(walkIn.ok && walkIn.registration).toMatchObject({
      status: 'registered',
      source: 'walk_in',
      checkedInAt: now,
    });
    expect(
      await addWalkIn(
        db,
        { eventId: event.id, input: guest(1), ticketSha256: 'walk-2', checkIn: false, by: null },
        now,
      ),
    ).toEqual({ ok: false, reason: 'duplicate_email' });
    // Past capacity after the walk-in: a public guest is still refused.
    expect(await register(event, guest(3))).toEqual({ ok: false, reason: 'event_full' });
  });
});
