// The self-assessment routes on PGlite and PostgreSQL: Kume's default list, the project's own list
// (thresholds checked) and back, assessments answered against the list they copy in, two of them
// compared, and who may do what.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMemberRole } from '@kume/db';
import { DEFAULT_SELF_ASSESSMENT_INDICATORS, type SelfAssessmentIndicatorRaw } from '@kume/core';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { SelfAssessmentRecord, SelfAssessmentView } from '../roadmap/selfAssessmentView';

let t: TestApp;
let owner: Agent;
let viewer: Agent;
let member: Agent;
let stranger: Agent;
let slug: string;
const url = (path: string, project = slug) => `/api/projects/${project}/roadmap${path}`;

const members: SelfAssessmentIndicatorRaw = {
  id: 'members',
  area: 'structure',
  name: { tr: 'Üye sayısı', en: 'Members' },
  unit: { tr: 'kuruluş', en: 'organisations' },
  thresholds: { bronze: 10, silver: 20, gold: 40 },
  evidence: { tr: 'Üye listesi', en: 'The member list' },
};
const dependence: SelfAssessmentIndicatorRaw = {
  id: 'largest_source_share',
  area: 'financing',
  name: { tr: 'En büyük kaynak payı', en: 'Largest funding source' },
  unit: { tr: '%', en: '%' },
  direction: 'lower',
  thresholds: { bronze: 90, silver: 70, gold: 50 },
  evidence: { tr: '', en: '' },
};

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('owner@example.com');
  viewer = await t.signUp('viewer@example.com');
  member = await t.signUp('member@example.com');
  stranger = await t.signUp('stranger@example.com');
  slug = await createProject(owner, 'Self-assessment');
  const project = expectStatus(await owner.get(`/api/projects/${slug}`), 200).json() as {
    id: string;
  };
  await setMemberRole(t.database.db, project.id, viewer.userId ?? '', 'viewer');
  await setMemberRole(t.database.db, project.id, member.userId ?? '', 'member');
});
afterAll(() => t.close());

const issuesOf = (response: { json(): unknown }) =>
  (response.json() as { error: { issues: { path: string; message: string }[] } }).error.issues;

async function assess(project: string, assessedOn: string, answers: unknown[], title?: string) {
  return expectStatus(
    await owner.post(url('/self-assessments', project), { assessedOn, answers, title }),
    201,
  ).json() as SelfAssessmentRecord;
}

describe('the indicator list', () => {
  it('starts with Kume’s default list and no assessments', async () => {
    const view = expectStatus(
      await viewer.get(url('/self-assessment')),
      200,
    ).json() as SelfAssessmentView;
    expect(view.isDefault).toBe(true);
    expect(view.indicators.map((i) => i.id)).toEqual(
      DEFAULT_SELF_ASSESSMENT_INDICATORS.map((i) => i.id),
    );
    expect(view.assessments).toEqual([]);
    expect(view.comparison).toBeNull();
  });

  it('stores the project’s own list and goes back to the defaults', async () => {
    const listSlug = await createProject(owner, 'Own list');
    const own = expectStatus(
      await owner.put(url('/self-assessment/indicators', listSlug), {
        indicators: [members, dependence],
      }),
      200,
    ).json() as SelfAssessmentView;
    expect(own.isDefault).toBe(false);
    expect(own.indicators.map((i) => [i.id, i.direction])).toEqual([
      ['members', 'higher'],
      ['largest_source_share', 'lower'],
    ]);
    const reset = expectStatus(
      await owner.delete(url('/self-assessment/indicators', listSlug)),
      200,
    ).json() as SelfAssessmentView;
    expect(reset.isDefault).toBe(true);
    expect(reset.indicators).toHaveLength(DEFAULT_SELF_ASSESSMENT_INDICATORS.length);
  });

  it('refuses thresholds in the wrong order with core’s message, at the indicator', async () => {
    const response = await owner.put(url('/self-assessment/indicators'), {
      indicators: [members, { ...dependence, thresholds: { bronze: 50, silver: 70, gold: 90 } }],
    });
    expect(response.statusCode).toBe(400);
    expect(issuesOf(response)).toEqual([
      {
        path: 'body.indicators.1.thresholds',
        message: 'the thresholds must fall from bronze to gold when lower is better',
      },
    ]);
    const view = expectStatus(
      await owner.get(url('/self-assessment')),
      200,
    ).json() as SelfAssessmentView;
    expect(view.isDefault).toBe(true);
  });
});

describe('assessments', () => {
  let assessedSlug: string;
  beforeAll(async () => {
    assessedSlug = await createProject(owner, 'Assessed');
    expectStatus(
      await owner.put(url('/self-assessment/indicators', assessedSlug), {
        indicators: [members, dependence],
      }),
      200,
    );
  });

  it('refuses an answer naming an indicator the list does not have, at its place', async () => {
    const response = await owner.post(url('/self-assessments', assessedSlug), {
      assessedOn: '2026-11-01',
      answers: [
        { indicatorId: 'members', value: 12 },
        { indicatorId: 'sme_share', value: 40 },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(issuesOf(response)).toEqual([
      {
        path: 'body.answers.1.indicatorId',
        message: 'no indicator of the list has the id sme_share',
      },
    ]);
  });

  it('scores an assessment against the list it copies in', async () => {
    const record = await assess(
      assessedSlug,
      '2025-11-01',
      [
        { indicatorId: 'members', value: 12, evidence: 'list of 2025' },
        { indicatorId: 'largest_source_share', value: 80 },
      ],
      'First',
    );
    expect(record).toMatchObject({ assessedOn: '2025-11-01', title: 'First' });
    expect(record.indicators.map((i) => i.id)).toEqual(['members', 'largest_source_share']);
    expect(
      record.score.indicators.map((s) => [s.indicator.id, s.level, s.evidenceMissing]),
    ).toEqual([
      ['members', 'bronze', false],
      ['largest_source_share', 'bronze', true],
    ]);
  });

  it('compares the last two assessments: which indicators improved and which fell', async () => {
    await assess(assessedSlug, '2026-11-01', [
      { indicatorId: 'members', value: 25, evidence: 'list of 2026' },
      { indicatorId: 'largest_source_share', value: 95 },
    ]);
    const view = expectStatus(
      await owner.get(url('/self-assessment', assessedSlug)),
      200,
    ).json() as SelfAssessmentView;
    expect(view.assessments.map((a) => a.assessedOn)).toEqual(['2025-11-01', '2026-11-01']);
    expect(view.comparison).toMatchObject({
      improved: ['members'],
      fell: ['largest_source_share'],
      improvedAreas: ['structure'],
    });
  });

  it('keeps an assessment’s own list when the project’s changes, and edits it against that list', async () => {
    const record = await assess(assessedSlug, '2026-11-20', [
      { indicatorId: 'members', value: 30 },
    ]);
    expectStatus(
      await owner.put(url('/self-assessment/indicators', assessedSlug), {
        indicators: [{ ...members, id: 'member_count' }],
      }),
      200,
    );
    const edited = expectStatus(
      await owner.put(url(`/self-assessments/${record.id}`, assessedSlug), {
        assessedOn: '2026-11-21',
        answers: [{ indicatorId: 'members', value: 45 }],
      }),
      200,
    ).json() as SelfAssessmentRecord;
    expect(edited).toMatchObject({ assessedOn: '2026-11-21', title: '' });
    expect(edited.indicators.map((i) => i.id)).toEqual(['members', 'largest_source_share']);
    expect(edited.score.overall.counts.gold).toBe(1);
    const refused = await owner.put(url(`/self-assessments/${record.id}`, assessedSlug), {
      assessedOn: '2026-11-21',
      answers: [{ indicatorId: 'member_count', value: 45 }],
    });
    expect(refused.statusCode).toBe(400);
  });

  it('deletes an assessment', async () => {
    const record = await assess(assessedSlug, '2026-11-22', []);
    expect(
      (await owner.delete(url(`/self-assessments/${record.id}`, assessedSlug))).statusCode,
    ).toBe(204);
    expect(
      (await owner.delete(url(`/self-assessments/${record.id}`, assessedSlug))).statusCode,
    ).toBe(404);
    const view = expectStatus(
      await owner.get(url('/self-assessment', assessedSlug)),
      200,
    ).json() as SelfAssessmentView;
    expect(view.assessments.map((a) => a.id)).not.toContain(record.id);
  });
});

describe('who may do what', () => {
  it('viewers and members read but get 403 on every write', async () => {
    const record = await assess(slug, '2026-11-01', []);
    for (const agent of [viewer, member]) {
      const answers = [
        await agent.put(url('/self-assessment/indicators'), { indicators: [members] }),
        await agent.delete(url('/self-assessment/indicators')),
        await agent.post(url('/self-assessments'), { assessedOn: '2026-11-01', answers: [] }),
        await agent.put(url(`/self-assessments/${record.id}`), {
          assessedOn: '2026-11-01',
          answers: [],
        }),
        await agent.delete(url(`/self-assessments/${record.id}`)),
      ];
      expect(answers.map((a) => a.statusCode)).toEqual([403, 403, 403, 403, 403]);
    }
    expectStatus(await member.get(url('/self-assessment')), 200);
  });

  it('hides the project from a stranger (404), and an assessment from another project', async () => {
    const record = await assess(slug, '2026-11-02', []);
    expect((await stranger.get(url('/self-assessment'))).statusCode).toBe(404);
    const otherSlug = await createProject(stranger, 'Elsewhere');
    const foreign = await stranger.put(url(`/self-assessments/${record.id}`, otherSlug), {
      assessedOn: '2026-11-01',
      answers: [],
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (await stranger.delete(url(`/self-assessments/${record.id}`, otherSlug))).statusCode,
    ).toBe(404);
  });
});
