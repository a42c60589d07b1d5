// Projects (cluster initiatives): creating with a slug from the name, the dashboard of the five
// stages with its summary, editing and deleting.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMemberRole } from '@kume/db';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';

interface Dashboard {
  id: string;
  slug: string;
  role: string;
  stages: {
    stage: string;
    status: string;
    progress: number;
    steps: { id: string; done: boolean }[];
  }[];
  summary: Record<string, number | string>;
}

describe('projects', () => {
  let t: TestApp;
  let owner: Agent;
  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-11-26T10:00:00Z') });
    owner = await t.signUp('owner@example.com');
  });
  afterAll(() => t.close());

  describe('creating', () => {
    it('makes the slug from a Turkish name and the creator its owner', async () => {
      const response = await owner.post('/api/projects', {
        name: 'İzmir Döküm ve Makine Kümesi',
        sector: 'Döküm',
        region: 'İzmir',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        slug: 'izmir-dokum-ve-makine-kumesi',
        name: 'İzmir Döküm ve Makine Kümesi',
        role: 'owner',
        languages: ['tr', 'en'],
        isSample: false,
      });
    });

    it('gives a second project of the same name the slug with "-2"', async () => {
      const response = await owner.post('/api/projects', { name: 'İzmir Döküm ve Makine Kümesi' });
      expect(response.json()).toMatchObject({ slug: 'izmir-dokum-ve-makine-kumesi-2' });
      const slugs = ((await owner.get('/api/projects')).json() as { slug: string }[]).map(
        (p) => p.slug,
      );
      expect(slugs).toEqual(
        expect.arrayContaining(['izmir-dokum-ve-makine-kumesi', 'izmir-dokum-ve-makine-kumesi-2']),
      );
    });

    it('refuses a project without a name, naming the field', async () => {
      const response = await owner.post('/api/projects', { name: '   ' });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: { code: 'validation', issues: [{ path: 'body.name' }] },
      });
    });
  });

  describe('the dashboard', () => {
    let slug: string;
    beforeAll(async () => {
      slug = await createProject(owner, 'Dashboard cluster');
    });

    it('lists the five stages in order, none started, on a new project', async () => {
      const dashboard = expectStatus(
        await owner.get(`/api/projects/${slug}`),
        200,
      ).json() as Dashboard;
      expect(dashboard.stages.map((s) => [s.stage, s.status])).toEqual([
        ['stakeholder_visits', 'not_started'],
        ['field_study', 'not_started'],
        ['information_day', 'not_started'],
        ['workshops', 'not_started'],
        ['roadmap', 'not_started'],
      ]);
      expect(dashboard.summary).toEqual({
        organisations: 0,
        visits: 0,
        assessed: 0,
        committed: 0,
        overdueFollowUps: 0,
        gate: 'no_go',
        gateBasis: 'criteria',
      });
    });

    it('counts organisations, visits, assessments, commitments and overdue follow-ups as stage 1 goes on', async () => {
      const firm = await addOrganisation(owner, slug, { name: 'Ege Döküm', type: 'firm' });
      const chamber = await addOrganisation(owner, slug, {
        name: 'İzmir Ticaret Odası',
        type: 'chamber',
      });
      expectStatus(
        await owner.post(`/api/projects/${slug}/visits`, {
          visitedOn: '2026-11-20',
          level: 'local',
          organisationIds: [firm, chamber],
          followUps: [
            { description: 'Send the brochure', dueOn: '2026-11-25' },
            { description: 'Call back', dueOn: '2026-11-26' },
          ],
        }),
        201,
      );
      for (const [id, willingness] of [
        [firm, 5],
        [chamber, 2],
      ] as const)
        expectStatus(
          await owner.post(`/api/projects/${slug}/organisations/${id}/commitments`, {
            willingness,
            influence: 3,
            assessedOn: '2026-11-21',
          }),
          201,
        );
      const dashboard = (await owner.get(`/api/projects/${slug}`)).json() as Dashboard;
      expect(dashboard.summary).toEqual({
        organisations: 2,
        visits: 1,
        assessed: 2,
        committed: 1,
        overdueFollowUps: 1,
        gate: 'no_go',
        gateBasis: 'criteria',
      });
      const stage1 = dashboard.stages[0];
      expect(stage1?.status).toBe('in_progress');
      expect(stage1?.progress).toBeCloseTo(3 / 5);
      expect(stage1?.steps.filter((s) => s.done).map((s) => s.id)).toEqual([
        'register_organisations',
        'log_visits',
        'assess_commitment',
      ]);
    });

    it('a recorded go decision finishes stage 1 and sets the gate by decision', async () => {
      expectStatus(
        await owner.post(`/api/projects/${slug}/readiness/decisions`, {
          decision: 'go',
          decidedOn: '2026-11-26',
        }),
        201,
      );
      const dashboard = (await owner.get(`/api/projects/${slug}`)).json() as Dashboard;
      expect(dashboard.summary).toMatchObject({ gate: 'go', gateBasis: 'decision' });
      expect(dashboard.stages[0]?.steps.find((s) => s.id === 'record_go_decision')?.done).toBe(
        true,
      );
    });
  });

  describe('editing', () => {
    it('changes the fields sent and keeps the others', async () => {
      const slug = await createProject(owner, 'Edit cluster');
      const response = await owner.patch(`/api/projects/${slug}`, {
        description: 'HVAC-R firms of Manisa',
        languages: ['en'],
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        slug,
        name: 'Edit cluster',
        region: 'İzmir',
        description: 'HVAC-R firms of Manisa',
        languages: ['en'],
      });
    });

    it('refuses an empty list of languages, naming the field', async () => {
      const slug = await createProject(owner, 'Language cluster');
      const response = await owner.patch(`/api/projects/${slug}`, { languages: [] });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { issues: [{ path: 'body.languages' }] } });
    });
  });

  describe('deleting', () => {
    it('only an owner may delete a project: a facilitator gets 403', async () => {
      const slug = await createProject(owner, 'Kept cluster');
      const facilitator = await t.signUp('facilitator@example.com');
      const project = (await owner.get(`/api/projects/${slug}`)).json() as Dashboard;
      await setMemberRole(t.database.db, project.id, facilitator.userId ?? '', 'facilitator');
      expect((await facilitator.delete(`/api/projects/${slug}`)).statusCode).toBe(403);
      expect((await owner.get(`/api/projects/${slug}`)).statusCode).toBe(200);
    });

    it('the owner deletes the project with its data; it is gone from the list and answers 404', async () => {
      const slug = await createProject(owner, 'Deleted cluster');
      const organisationId = await addOrganisation(owner, slug, {
        name: 'Gone Firm',
        type: 'firm',
      });
      expect((await owner.delete(`/api/projects/${slug}`)).statusCode).toBe(204);
      expect((await owner.get(`/api/projects/${slug}`)).statusCode).toBe(404);
      expect(
        (await owner.get(`/api/projects/${slug}/organisations/${organisationId}`)).statusCode,
      ).toBe(404);
      const slugs = ((await owner.get('/api/projects')).json() as { slug: string }[]).map(
        (p) => p.slug,
      );
      expect(slugs).not.toContain(slug);
    });
  });
});
