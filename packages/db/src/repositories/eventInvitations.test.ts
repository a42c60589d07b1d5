// Invitations on PGlite and PostgreSQL: addressed to the organisation's first contact with an
// email, replaced (with their registration's ticket) when sent again, only the project's organisations.

import { projectInputSchema } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTestEvent, testGuest } from '../../test/eventFixtures';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { MissingReferenceError } from '../errors';
import { contacts, eventInvitations, organisations } from '../schema/index';
import { findInvitationByToken, issueInvitations, listInvitations } from './eventInvitations';
import { registerGuest } from './eventRegistrations';
import { createProject } from './projects';

let database: Database;
let db: Db;
let projectId: string;
let firmId: string;
let chamberId: string;
const now = new Date('2026-11-26T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  projectId = (await createProject(db, projectInputSchema.parse({ name: 'Invitations' }), null)).id;
  const rows = await db
    .insert(organisations)
    .values([
      { projectId, name: 'Ege Döküm', nameKey: 'ege dokum', type: 'firm' },
      { projectId, name: 'Ege Sanayi Odası', nameKey: 'ege sanayi odasi', type: 'chamber' },
    ])
    .returning();
  firmId = rows[0]?.id ?? '';
  chamberId = rows[1]?.id ?? '';
  await db.insert(contacts).values([
    { projectId, organisationId: firmId, name: 'No Email', createdAt: new Date(now.getTime() - 3) },
    {
      projectId,
      organisationId: firmId,
      name: 'Ayşe Yılmaz',
      email: 'ayse@egedokum.example',
      createdAt: new Date(now.getTime() - 2),
    },
    {
      projectId,
      organisationId: firmId,
      name: 'Later Person',
      email: 'later@egedokum.example',
      createdAt: new Date(now.getTime() - 1),
    },
  ]);
});
afterAll(() => database.close());

const item = (organisationId: string, token: string) => ({
  organisationId,
  tokenSha256: token,
  ticketSha256For: (registrationId: string) => `${token}:${registrationId}`,
});

describe('issueInvitations', () => {
  it('addresses each organisation to its first contact with an email, or to nobody', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 10 }, now);
    const issued = await issueInvitations(
      db,
      event,
      [item(firmId, 'a-1'), item(chamberId, 'b-1')],
      now,
    );
    const byOrganisation = Object.fromEntries(
      issued.map((i) => [i.organisationName, [i.invitation.contactName, i.invitation.email]]),
    );
    expect(byOrganisation).toEqual({
      'Ege Döküm': ['Ayşe Yılmaz', 'ayse@egedokum.example'],
      'Ege Sanayi Odası': ['', ''],
    });
    expect((await findInvitationByToken(db, 'a-1'))?.organisationName).toBe('Ege Döküm');
  });

  it('replaces the token of an organisation invited again, and its live registration’s ticket', async () => {
    const event = await newTestEvent(db, projectId, { capacity: 10 }, now);
    const [first] = await issueInvitations(db, event, [item(firmId, 'old-token')], now);
    const invitationId = first?.invitation.id ?? '';
    const registered = await registerGuest(
      db,
      {
        eventId: event.id,
        input: testGuest(1),
        ticketSha256: 'old-ticket',
        invitation: { id: invitationId, organisationId: firmId },
      },
      now,
    );
    expect(registered.ok).toBe(true);
    const later = new Date(now.getTime() + 1_000);
    const [again] = await issueInvitations(db, event, [item(firmId, 'new-token')], later);
    expect(again?.invitation).toMatchObject({ id: invitationId, createdAt: later });
    expect(await findInvitationByToken(db, 'old-token')).toBeUndefined();
    const found = await findInvitationByToken(db, 'new-token');
    expect(found?.event.id).toBe(event.id);
    expect(found?.registration?.ticketSha256).toBe(`new-token:${found?.registration?.id}`);
    const listed = await listInvitations(db, event.id);
    expect(listed).toHaveLength(1);
    expect(listed[0]?.registration?.name).toBe('Guest 1');
  });

  it('refuses an organisation of another project and writes nothing', async () => {
    const other = (await createProject(db, projectInputSchema.parse({ name: 'Other' }), null)).id;
    const [foreign] = await db
      .insert(organisations)
      .values({ projectId: other, name: 'Foreign', nameKey: 'foreign', type: 'firm' })
      .returning();
    const event = await newTestEvent(db, projectId, { capacity: 10 }, now);
    const attempt = issueInvitations(
      db,
      event,
      [item(chamberId, 'c-1'), item(foreign?.id ?? '', 'c-2')],
      now,
    );
    await expect(attempt).rejects.toBeInstanceOf(MissingReferenceError);
    await expect(attempt).rejects.toMatchObject({ field: 'organisationIds.1' });
    const rows = await db.select().from(eventInvitations);
    expect(rows.filter((row) => row.eventId === event.id)).toEqual([]);
  });
});
