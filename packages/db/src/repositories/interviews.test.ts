// Repository contract for interviews and focus groups: participants and quotes written with the
// record in one transaction, replaced on edit, and references checked against the project.

import {
  contactInputSchema,
  organisationInputSchema,
  projectInputSchema,
  type IsoDate,
} from '@kume/core';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { MissingReferenceError } from '../errors';
import { interviews } from '../schema/index';
import {
  createInterview,
  deleteInterview,
  findInterview,
  listInterviews,
  updateInterview,
  type InterviewInput,
} from './interviews';
import { insertOrganisations, listContacts } from './organisations';
import { createProject } from './projects';
import { createUser } from './users';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

async function setting(name: string) {
  const owner = await createUser(db, { email: `${name}@kume.example`, name, passwordHash: 'x' });
  const project = await createProject(db, projectInputSchema.parse({ name }), owner.id);
  const [firm, other] = await insertOrganisations(db, project.id, [
    {
      organisation: organisationInputSchema.parse({ name: 'Ege Döküm', type: 'firm' }),
      contacts: [contactInputSchema.parse({ name: 'Ayşe' })],
    },
    { organisation: organisationInputSchema.parse({ name: 'Gediz', type: 'firm' }), contacts: [] },
  ]);
  const [ayse] = await listContacts(db, project.id, [firm!.id]);
  return { owner, project, firm: firm!, other: other!, ayse: ayse! };
}

const input = (over: Partial<InterviewInput> = {}): InterviewInput => ({
  kind: 'focus_group',
  heldOn: '2026-11-20' as IsoDate,
  title: 'Odak grup',
  notes: '',
  participants: [],
  quotes: [],
  ...over,
});

describe('interviews repository', () => {
  it('writes participants (a contact brings its organisation) and quotes in order', async () => {
    const { owner, project, firm, other, ayse } = await setting('write');
    const row = await createInterview(
      db,
      project.id,
      input({
        facilitatorId: owner.id,
        participants: [{ contactId: ayse.id }, { organisationId: other.id, name: 'Mehmet' }],
        quotes: [{ text: 'Pahalı', tags: ['enerji', ' enerji ', ''], organisationId: firm.id }],
      }),
    );
    const found = await findInterview(db, project.id, row.id);
    expect(found?.participants.map((p) => [p.organisationId, p.contactId, p.name])).toEqual([
      [firm.id, ayse.id, ''],
      [other.id, null, 'Mehmet'],
    ]);
    expect(found?.quotes.map((q) => [q.text, q.tags])).toEqual([['Pahalı', ['enerji']]]);
    expect(found?.facilitatorId).toBe(owner.id);
  });

  it('an edit replaces participants and quotes; delete removes them', async () => {
    const { project, firm, other } = await setting('edit');
    const row = await createInterview(
      db,
      project.id,
      input({ participants: [{ organisationId: firm.id }] }),
    );
    await updateInterview(
      db,
      project.id,
      row.id,
      input({ title: 'Yeni', participants: [{ organisationId: other.id }] }),
      new Date('2026-11-21T00:00:00Z'),
    );
    const found = await findInterview(db, project.id, row.id);
    expect(found?.title).toBe('Yeni');
    expect(found?.participants.map((p) => p.organisationId)).toEqual([other.id]);
    expect(await deleteInterview(db, project.id, row.id)).toBe(true);
    expect(await listInterviews(db, project.id)).toEqual([]);
  });

  it('refuses references outside the project, naming the place, and writes nothing', async () => {
    const { project, firm } = await setting('refuse');
    const elsewhere = await setting('elsewhere');
    const before = (await db.select({ n: count() }).from(interviews))[0]?.n;
    const attempts: [InterviewInput, string][] = [
      [
        input({
          participants: [{ organisationId: firm.id }, { organisationId: elsewhere.firm.id }],
        }),
        'participants.1.organisationId',
      ],
      [input({ participants: [{ contactId: elsewhere.ayse.id }] }), 'participants.0.contactId'],
      [
        input({ participants: [{ organisationId: (await setting('x')).other.id }] }),
        'participants.0.organisationId',
      ],
      [input({ participants: [{ name: '  ' }] }), 'participants.0'],
      [
        input({ quotes: [{ text: 'a', tags: [], organisationId: elsewhere.firm.id }] }),
        'quotes.0.organisationId',
      ],
      [input({ facilitatorId: elsewhere.owner.id }), 'facilitatorId'],
    ];
    for (const [attempt, field] of attempts) {
      const error = await createInterview(db, project.id, attempt).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MissingReferenceError);
      expect((error as MissingReferenceError).field).toBe(field);
    }
    expect((await db.select({ n: count() }).from(interviews))[0]?.n).toBe(before);
    expect(
      await updateInterview(
        db,
        elsewhere.project.id,
        'f0000000-0000-4000-8000-000000000000',
        input(),
        new Date(),
      ),
    ).toBeUndefined();
  });
});
