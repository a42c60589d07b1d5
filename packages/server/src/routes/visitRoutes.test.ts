// Stakeholder visits through the API: logging a visit with the people met and the team, links
// that must stay inside the project, editing, follow-ups that fall overdue by the clock, and
// commitment assessments that keep their history.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMemberRole } from '@kume/db';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';

const today = new Date('2026-11-26T10:00:00Z');

interface FollowUp {
  id: string;
  description: string;
  dueOn: string;
  doneOn: string | null;
  assigneeName: string | null;
  daysOverdue: number;
}
interface Visit {
  id: string;
  visitedOn: string;
  level: string;
  notes: string;
  outcomes: string;
  organisations: { id: string; name: string }[];
  contacts: { id: string; name: string }[];
  team: { userId: string; name: string }[];
  followUps: FollowUp[];
}

describe('visits and follow-ups', () => {
  let t: TestApp;
  let owner: Agent;
  let colleague: Agent;
  let outsider: Agent;
  let slug: string;
  let base: string;
  let ege: string;
  let chamber: string;
  let egeContact: string;
  let foreignOrganisation: string;
  let visit: Visit;

  const followUps = async (status: string) =>
    expectStatus(
      await owner.get(`${base}/follow-ups?status=${status}`),
      200,
    ).json() as (FollowUp & {
      organisations: string[];
    })[];

  beforeAll(async () => {
    t = await createTestApp({ now: today });
    owner = await t.signUp('owner@example.com', { name: 'Ayşe Owner' });
    colleague = await t.signUp('colleague@example.com', { name: 'Can Colleague' });
    outsider = await t.signUp('outsider@example.com');
    slug = await createProject(owner, 'Visit cluster');
    base = `/api/projects/${slug}`;
    const project = (await owner.get(base)).json() as { id: string };
    await setMemberRole(t.database.db, project.id, colleague.userId ?? '', 'facilitator');
    ege = await addOrganisation(owner, slug, {
      name: 'Ege Döküm',
      type: 'firm',
      contacts: [{ name: 'Mehmet Kaya' }],
    });
    chamber = await addOrganisation(owner, slug, { name: 'İzmir Ticaret Odası', type: 'chamber' });
    const detail = (await owner.get(`${base}/organisations/${ege}`)).json() as {
      contacts: { id: string }[];
    };
    egeContact = detail.contacts[0]?.id ?? '';
    const other = await createProject(owner, 'Other cluster');
    foreignOrganisation = await addOrganisation(owner, other, {
      name: 'Foreign Firm',
      type: 'firm',
    });
  });
  afterAll(() => t.close());

  it('logs a visit with organisations, people met, team and follow-ups, answered with their names', async () => {
    const response = await owner.post(`${base}/visits`, {
      visitedOn: '2026-11-20',
      level: 'regional',
      purpose: 'First contact',
      organisationIds: [ege, chamber],
      contactIds: [egeContact],
      teamUserIds: [owner.userId, colleague.userId],
      notes: 'Interested in a shared testing lab.',
      outcomes: 'Will join the Information Day.',
      followUps: [
        { description: 'Send the brochure', dueOn: '2026-11-25', assigneeUserId: colleague.userId },
        { description: 'Call the chamber', dueOn: '2026-11-26' },
      ],
    });
    expect(response.statusCode).toBe(201);
    visit = response.json() as Visit;
    expect(visit).toMatchObject({ visitedOn: '2026-11-20', level: 'regional' });
    expect(visit.organisations.map((o) => o.name).sort()).toEqual([
      'Ege Döküm',
      'İzmir Ticaret Odası',
    ]);
    expect(visit.contacts).toEqual([
      expect.objectContaining({ name: 'Mehmet Kaya', organisationId: ege }),
    ]);
    expect(visit.team.map((m) => m.name).sort()).toEqual(['Ayşe Owner', 'Can Colleague']);
    expect(visit.followUps.map((f) => [f.description, f.assigneeName, f.daysOverdue])).toEqual([
      ['Send the brochure', 'Can Colleague', 1],
      ['Call the chamber', null, 0],
    ]);
    expect((await owner.get(`${base}/visits/${visit.id}`)).json()).toEqual(visit);
  });

  it('the visit log lists it, filters by organisation and searches the notes', async () => {
    const list = (query: string) =>
      owner.get(`${base}/visits?${query}`).then((r) => r.json() as { total: number });
    expect(await list('')).toMatchObject({ total: 1 });
    expect(await list(`organisationId=${chamber}`)).toMatchObject({ total: 1 });
    expect(await list('q=testing%20lab')).toMatchObject({ total: 1 });
    expect(await list('q=nothing-like-this')).toMatchObject({ total: 0 });
    expect(await list('level=national')).toMatchObject({ total: 0 });
  });

  describe('links must stay inside the project (400, nothing written)', () => {
    const cases: [string, () => Record<string, unknown>, string][] = [
      [
        'an organisation of another project',
        () => ({ organisationIds: [foreignOrganisation] }),
        'organisationIds',
      ],
      [
        'an organisation id that does not exist',
        () => ({ organisationIds: [crypto.randomUUID()] }),
        'organisationIds',
      ],
      [
        'a contact that is not in the project',
        () => ({ organisationIds: [ege], contactIds: [crypto.randomUUID()] }),
        'contactIds',
      ],
      [
        'a team member who is not a project member',
        () => ({ organisationIds: [ege], teamUserIds: [outsider.userId] }),
        'teamUserIds',
      ],
      [
        'a follow-up assigned to a non-member',
        () => ({
          organisationIds: [ege],
          followUps: [{ description: 'x', dueOn: '2026-12-01', assigneeUserId: outsider.userId }],
        }),
        'teamUserIds',
      ],
    ];
    for (const [what, body, path] of cases) {
      it(what, async () => {
        const response = await owner.post(`${base}/visits`, {
          visitedOn: '2026-11-21',
          level: 'local',
          ...body(),
        });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({ error: { issues: [{ path }] } });
        expect(((await owner.get(`${base}/visits`)).json() as { total: number }).total).toBe(1);
      });
    }

    it('a visit without organisations is 400 naming body.organisationIds', async () => {
      const response = await owner.post(`${base}/visits`, {
        visitedOn: '2026-11-21',
        level: 'local',
        organisationIds: [],
      });
      expect(response.json()).toMatchObject({
        error: { issues: [{ path: 'body.organisationIds' }] },
      });
    });

    it('a date that is not a day is 400 naming body.visitedOn', async () => {
      const response = await owner.post(`${base}/visits`, {
        visitedOn: '2026-02-30',
        level: 'local',
        organisationIds: [ege],
      });
      expect(response.json()).toMatchObject({ error: { issues: [{ path: 'body.visitedOn' }] } });
    });
  });

  it('editing a visit replaces its organisations, people and team, and keeps its follow-ups', async () => {
    const response = await owner.put(`${base}/visits/${visit.id}`, {
      visitedOn: '2026-11-19',
      level: 'local',
      organisationIds: [chamber],
      teamUserIds: [colleague.userId],
      notes: 'Rescheduled.',
    });
    expect(response.statusCode).toBe(200);
    const edited = response.json() as Visit;
    expect(edited).toMatchObject({
      visitedOn: '2026-11-19',
      level: 'local',
      notes: 'Rescheduled.',
      outcomes: '',
    });
    expect(edited.organisations.map((o) => o.name)).toEqual(['İzmir Ticaret Odası']);
    expect(edited.contacts).toEqual([]);
    expect(edited.team.map((m) => m.name)).toEqual(['Can Colleague']);
    expect(edited.followUps).toHaveLength(2);
    const egeDetail = (await owner.get(`${base}/organisations/${ege}`)).json() as {
      visits: unknown[];
    };
    expect(egeDetail.visits).toEqual([]);
  });

  it('editing with an organisation of another project is 400 and leaves the visit as it was', async () => {
    const response = await owner.put(`${base}/visits/${visit.id}`, {
      visitedOn: '2026-11-19',
      level: 'local',
      organisationIds: [foreignOrganisation],
    });
    expect(response.statusCode).toBe(400);
    const after = (await owner.get(`${base}/visits/${visit.id}`)).json() as Visit;
    expect(after.organisations.map((o) => o.name)).toEqual(['İzmir Ticaret Odası']);
  });

  describe('follow-ups', () => {
    it('due yesterday is overdue by 1 day; due today is not overdue', async () => {
      const overdue = await followUps('overdue');
      expect(overdue.map((f) => [f.description, f.daysOverdue])).toEqual([
        ['Send the brochure', 1],
      ]);
      expect(overdue[0]?.organisations).toEqual(['İzmir Ticaret Odası']);
      expect((await followUps('open')).map((f) => f.description)).toEqual([
        'Send the brochure',
        'Call the chamber',
      ]);
    });

    it('three days later, the one due "today" is 3 days overdue', async () => {
      t.setNow(new Date('2026-11-29T09:00:00Z'));
      try {
        expect((await followUps('overdue')).map((f) => [f.description, f.daysOverdue])).toEqual([
          ['Send the brochure', 4],
          ['Call the chamber', 3],
        ]);
      } finally {
        t.setNow(today);
      }
    });

    it('marked done, it is done today and no longer overdue or open', async () => {
      const [late] = await followUps('overdue');
      const response = await owner.patch(`${base}/follow-ups/${late?.id}`, { done: true });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ doneOn: '2026-11-26', daysOverdue: 0 });
      expect(await followUps('overdue')).toEqual([]);
      expect((await followUps('done')).map((f) => f.description)).toEqual(['Send the brochure']);
      expect((await followUps('open')).map((f) => f.description)).toEqual(['Call the chamber']);
      const reopened = await owner.patch(`${base}/follow-ups/${late?.id}`, { done: false });
      expect(reopened.json()).toMatchObject({ doneOn: null, daysOverdue: 1 });
    });

    it('is added to a visit, and refused (404) on a visit of another project', async () => {
      const added = await owner.post(`${base}/visits/${visit.id}/follow-ups`, {
        description: 'Send the minutes',
        dueOn: '2026-12-05',
        assigneeUserId: owner.userId,
      });
      expect(added.statusCode).toBe(201);
      expect(added.json()).toMatchObject({ assigneeName: 'Ayşe Owner', daysOverdue: 0 });
      const other = await createProject(owner, 'Second visit cluster');
      const foreign = await owner.post(`/api/projects/${other}/visits/${visit.id}/follow-ups`, {
        description: 'x',
        dueOn: '2026-12-05',
      });
      expect(foreign.statusCode).toBe(404);
    });

    it('is deleted', async () => {
      const all = await followUps('all');
      const minutes = all.find((f) => f.description === 'Send the minutes');
      expect((await owner.delete(`${base}/follow-ups/${minutes?.id}`)).statusCode).toBe(204);
      expect((await followUps('all')).map((f) => f.description)).not.toContain('Send the minutes');
    });
  });

  it('deleting a visit deletes its follow-ups', async () => {
    const created = (
      await owner.post(`${base}/visits`, {
        visitedOn: '2026-11-22',
        level: 'national',
        organisationIds: [ege],
        followUps: [{ description: 'Temporary', dueOn: '2026-11-01' }],
      })
    ).json() as Visit;
    expect((await owner.delete(`${base}/visits/${created.id}`)).statusCode).toBe(204);
    expect((await owner.get(`${base}/visits/${created.id}`)).statusCode).toBe(404);
    expect((await followUps('all')).map((f) => f.description)).not.toContain('Temporary');
  });

  it('commitment assessments keep their history: the organisation lists both, newest first, and the list shows the latest', async () => {
    const assess = (body: Record<string, unknown>) =>
      owner
        .post(`${base}/organisations/${ege}/commitments`, body)
        .then((r) => expectStatus(r, 201));
    await assess({
      willingness: 4,
      influence: 3,
      assessedOn: '2026-11-20',
      resourcesPledged: 'Meeting room',
    });
    await assess({
      willingness: 2,
      influence: 4,
      assessedOn: '2026-10-01',
      notes: 'Sceptical at first',
    });
    const detail = (await owner.get(`${base}/organisations/${ege}`)).json() as {
      commitments: { willingness: number; assessedOn: string; assessorName: string | null }[];
    };
    expect(detail.commitments.map((c) => [c.assessedOn, c.willingness, c.assessorName])).toEqual([
      ['2026-11-20', 4, 'Ayşe Owner'],
      ['2026-10-01', 2, 'Ayşe Owner'],
    ]);
    const list = (await owner.get(`${base}/organisations?q=ege`)).json() as {
      items: { willingness: number | null; influence: number | null }[];
    };
    expect(list.items[0]).toMatchObject({ willingness: 4, influence: 3 });
  });
});
