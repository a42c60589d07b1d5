// Repository contract for stakeholder visits and follow-ups; runs on PGlite and PostgreSQL.

import {
  organisationInputSchema,
  projectInputSchema,
  contactInputSchema,
  visitInputSchema,
  type IsoDate,
  type VisitInput,
} from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { MissingReferenceError } from '../errors';
import { insertOrganisations, listContacts } from './organisations';
import { createProject, setMemberRole } from './projects';
import { createUser } from './users';
import {
  addFollowUp,
  createVisit,
  deleteFollowUp,
  deleteVisit,
  findVisit,
  listFollowUps,
  listVisits,
  updateFollowUp,
  updateVisit,
  visitLinks,
} from './visits';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

let made = 0;
/** A project with an owner, a facilitator, two organisations (the first with a contact). */
async function setting() {
  made += 1;
  const owner = await createUser(db, {
    email: `owner${made}@kume.example`,
    name: 'Owner',
    passwordHash: 'x',
  });
  const facilitator = await createUser(db, {
    email: `fac${made}@kume.example`,
    name: 'Facilitator',
    passwordHash: 'x',
  });
  const outsider = await createUser(db, {
    email: `out${made}@kume.example`,
    name: 'Outsider',
    passwordHash: 'x',
  });
  const project = await createProject(
    db,
    projectInputSchema.parse({ name: `Ziyaret ${made}` }),
    owner.id,
  );
  await setMemberRole(db, project.id, facilitator.id, 'facilitator');
  const [a, b] = await insertOrganisations(db, project.id, [
    {
      organisation: organisationInputSchema.parse({ name: 'Ege Döküm', type: 'firm' }),
      contacts: [contactInputSchema.parse({ name: 'Ayşe' })],
    },
    {
      organisation: organisationInputSchema.parse({ name: 'Ege Sanayi Odası', type: 'chamber' }),
      contacts: [],
    },
  ]);
  if (!a || !b) throw new Error('organisations not inserted');
  const [ayse] = await listContacts(db, project.id, [a.id]);
  if (!ayse) throw new Error('contact not inserted');
  const elsewhere = await createProject(
    db,
    projectInputSchema.parse({ name: `Başka ${made}` }),
    owner.id,
  );
  const [foreign] = await insertOrganisations(db, elsewhere.id, [
    {
      organisation: organisationInputSchema.parse({ name: 'Yabancı Firma', type: 'firm' }),
      contacts: [contactInputSchema.parse({ name: 'Berk' })],
    },
  ]);
  const [foreignContact] = await listContacts(db, elsewhere.id);
  return {
    owner,
    facilitator,
    outsider,
    project,
    a,
    b,
    ayse,
    elsewhere,
    foreign: foreign?.id as string,
    foreignContact: foreignContact?.id as string,
  };
}

const visit = (fields: Partial<Record<keyof VisitInput, unknown>>): VisitInput =>
  visitInputSchema.parse({ visitedOn: '2026-02-10', level: 'local', ...fields });

describe('createVisit', () => {
  it('stores a visit with its organisations, people met, team and follow-ups', async () => {
    const s = await setting();
    const created = await createVisit(
      db,
      s.project.id,
      visit({
        organisationIds: [s.a.id, s.b.id],
        contactIds: [s.ayse.id],
        teamUserIds: [s.facilitator.id],
        purpose: 'Tanışma',
        followUps: [
          { description: 'Send the protocol', dueOn: '2026-02-20', assigneeUserId: s.owner.id },
        ],
      }),
      s.owner.id,
    );
    expect(created).toMatchObject({
      projectId: s.project.id,
      visitedOn: '2026-02-10',
      level: 'local',
      purpose: 'Tanışma',
      createdBy: s.owner.id,
    });
    const links = await visitLinks(db, s.project.id, [created.id]);
    expect(links.organisations.map((l) => l.organisationId).sort()).toEqual(
      [s.a.id, s.b.id].sort(),
    );
    expect(links.contacts).toEqual([{ visitId: created.id, contactId: s.ayse.id }]);
    expect(links.team).toEqual([{ visitId: created.id, userId: s.facilitator.id }]);
    expect(await listFollowUps(db, s.project.id)).toMatchObject([
      {
        visitId: created.id,
        description: 'Send the protocol',
        dueOn: '2026-02-20',
        doneOn: null,
        assigneeUserId: s.owner.id,
      },
    ]);
  });

  it('links an organisation named twice once', async () => {
    const s = await setting();
    const created = await createVisit(
      db,
      s.project.id,
      visit({ organisationIds: [s.a.id, s.a.id] }),
      null,
    );
    expect((await visitLinks(db, s.project.id, [created.id])).organisations).toHaveLength(1);
  });

  it('rejects an organisation of another project with MissingReferenceError, writing nothing', async () => {
    const s = await setting();
    const attempt = createVisit(
      db,
      s.project.id,
      visit({ organisationIds: [s.a.id, s.foreign] }),
      null,
    );
    await expect(attempt).rejects.toBeInstanceOf(MissingReferenceError);
    await expect(attempt).rejects.toMatchObject({ field: 'organisationIds' });
    expect(await listVisits(db, s.project.id)).toEqual([]);
  });

  it('rejects an organisation that does not exist', async () => {
    const s = await setting();
    const attempt = createVisit(
      db,
      s.project.id,
      visit({ organisationIds: ['00000000-0000-4000-8000-000000000000'] }),
      null,
    );
    await expect(attempt).rejects.toMatchObject({
      name: 'MissingReferenceError',
      field: 'organisationIds',
    });
  });

  it('rejects a contact of another project', async () => {
    const s = await setting();
    const attempt = createVisit(
      db,
      s.project.id,
      visit({ organisationIds: [s.a.id], contactIds: [s.foreignContact] }),
      null,
    );
    await expect(attempt).rejects.toMatchObject({
      name: 'MissingReferenceError',
      field: 'contactIds',
    });
  });

  it('rejects a team member or follow-up assignee who is not a member of the project', async () => {
    const s = await setting();
    const team = createVisit(
      db,
      s.project.id,
      visit({ organisationIds: [s.a.id], teamUserIds: [s.outsider.id] }),
      null,
    );
    await expect(team).rejects.toMatchObject({
      name: 'MissingReferenceError',
      field: 'teamUserIds',
    });
    const assignee = createVisit(
      db,
      s.project.id,
      visit({
        organisationIds: [s.a.id],
        followUps: [{ description: 'Call', dueOn: '2026-03-01', assigneeUserId: s.outsider.id }],
      }),
      null,
    );
    await expect(assignee).rejects.toMatchObject({
      name: 'MissingReferenceError',
      field: 'teamUserIds',
    });
    expect(await listVisits(db, s.project.id)).toEqual([]);
    expect(await listFollowUps(db, s.project.id)).toEqual([]);
  });
});

describe('updateVisit', () => {
  it('replaces the fields and links', async () => {
    const s = await setting();
    const created = await createVisit(
      db,
      s.project.id,
      visit({ organisationIds: [s.a.id], contactIds: [s.ayse.id], teamUserIds: [s.owner.id] }),
      null,
    );
    const { followUps: _followUps, ...input } = visit({
      visitedOn: '2026-02-12',
      level: 'regional',
      organisationIds: [s.b.id],
      notes: 'Moved',
    });
    const updated = await updateVisit(db, s.project.id, created.id, input);
    expect(updated).toMatchObject({ visitedOn: '2026-02-12', level: 'regional', notes: 'Moved' });
    const links = await visitLinks(db, s.project.id, [created.id]);
    expect(links.organisations.map((l) => l.organisationId)).toEqual([s.b.id]);
    expect(links.contacts).toEqual([]);
    expect(links.team).toEqual([]);
  });

  it('gives undefined for a visit of another project and changes nothing', async () => {
    const s = await setting();
    const created = await createVisit(db, s.project.id, visit({ organisationIds: [s.a.id] }), null);
    const { followUps: _f, ...input } = visit({ organisationIds: [s.foreign], notes: 'Hijacked' });
    expect(await updateVisit(db, s.elsewhere.id, created.id, input)).toBeUndefined();
    expect((await findVisit(db, s.project.id, created.id))?.notes).toBe('');
  });

  it('rejects a link outside the project and keeps the visit as it was', async () => {
    const s = await setting();
    const created = await createVisit(db, s.project.id, visit({ organisationIds: [s.a.id] }), null);
    const { followUps: _f, ...input } = visit({ organisationIds: [s.foreign], notes: 'Changed' });
    await expect(updateVisit(db, s.project.id, created.id, input)).rejects.toBeInstanceOf(
      MissingReferenceError,
    );
    expect((await findVisit(db, s.project.id, created.id))?.notes).toBe('');
    expect(
      (await visitLinks(db, s.project.id, [created.id])).organisations.map((l) => l.organisationId),
    ).toEqual([s.a.id]);
  });
});

describe('visits', () => {
  it('are listed newest first, and only those of the project', async () => {
    const s = await setting();
    for (const visitedOn of ['2026-01-05', '2026-02-01', '2026-01-20'])
      await createVisit(db, s.project.id, visit({ visitedOn, organisationIds: [s.a.id] }), null);
    await createVisit(db, s.elsewhere.id, visit({ organisationIds: [s.foreign] }), null);
    expect((await listVisits(db, s.project.id)).map((v) => v.visitedOn)).toEqual([
      '2026-02-01',
      '2026-01-20',
      '2026-01-05',
    ]);
  });

  it('are deleted only through their project, with their follow-ups', async () => {
    const s = await setting();
    const created = await createVisit(
      db,
      s.project.id,
      visit({
        organisationIds: [s.a.id],
        followUps: [{ description: 'Call back', dueOn: '2026-02-15' }],
      }),
      null,
    );
    expect(await deleteVisit(db, s.elsewhere.id, created.id)).toBe(false);
    expect(await findVisit(db, s.project.id, created.id)).toBeDefined();
    expect(await deleteVisit(db, s.project.id, created.id)).toBe(true);
    expect(await findVisit(db, s.project.id, created.id)).toBeUndefined();
    expect(await listFollowUps(db, s.project.id)).toEqual([]);
  });
});

describe('follow-ups', () => {
  it('are added, listed by due day, marked done and deleted', async () => {
    const s = await setting();
    const created = await createVisit(db, s.project.id, visit({ organisationIds: [s.a.id] }), null);
    const later = await addFollowUp(db, s.project.id, created.id, {
      description: 'Later',
      dueOn: '2026-03-01' as IsoDate,
    });
    const sooner = await addFollowUp(db, s.project.id, created.id, {
      description: 'Sooner',
      dueOn: '2026-02-15' as IsoDate,
      assigneeUserId: s.facilitator.id,
    });
    expect((await listFollowUps(db, s.project.id, [created.id])).map((f) => f.id)).toEqual([
      sooner.id,
      later.id,
    ]);
    const done = await updateFollowUp(db, s.project.id, sooner.id, {
      doneOn: '2026-02-14' as IsoDate,
    });
    expect(done).toMatchObject({
      doneOn: '2026-02-14',
      description: 'Sooner',
      assigneeUserId: s.facilitator.id,
    });
    expect(await deleteFollowUp(db, s.project.id, later.id)).toBe(true);
    expect((await listFollowUps(db, s.project.id)).map((f) => f.id)).toEqual([sooner.id]);
  });

  it('reject an assignee who is not a member', async () => {
    const s = await setting();
    const created = await createVisit(db, s.project.id, visit({ organisationIds: [s.a.id] }), null);
    const add = addFollowUp(db, s.project.id, created.id, {
      description: 'X',
      dueOn: '2026-03-01' as IsoDate,
      assigneeUserId: s.outsider.id,
    });
    await expect(add).rejects.toBeInstanceOf(MissingReferenceError);
    const followUp = await addFollowUp(db, s.project.id, created.id, {
      description: 'Y',
      dueOn: '2026-03-01' as IsoDate,
    });
    await expect(
      updateFollowUp(db, s.project.id, followUp.id, { assigneeUserId: s.outsider.id }),
    ).rejects.toBeInstanceOf(MissingReferenceError);
  });

  it('are changed and deleted only through their project', async () => {
    const s = await setting();
    const created = await createVisit(
      db,
      s.project.id,
      visit({
        organisationIds: [s.a.id],
        followUps: [{ description: 'Mine', dueOn: '2026-02-15' }],
      }),
      null,
    );
    const [followUp] = await listFollowUps(db, s.project.id, [created.id]);
    expect(
      await updateFollowUp(db, s.elsewhere.id, followUp?.id as string, { description: 'Theirs' }),
    ).toBeUndefined();
    expect(await deleteFollowUp(db, s.elsewhere.id, followUp?.id as string)).toBe(false);
    expect((await listFollowUps(db, s.project.id)).map((f) => f.description)).toEqual(['Mine']);
    expect(await listFollowUps(db, s.project.id, [])).toEqual([]);
  });
});
