// The quota tracker through the API: distinct SMEs reached by responses, interviews and focus
// groups together, each once; large firms, institutions and drafts do not count.

import { findUserByEmail, schema } from '@kume/db';
import { createSampleProject } from '../sampleProject';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectIdOf, storeQuestionnaire, storeResponses } from '../../test/analysisFixtures';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { quotaSchema } from './fieldStudyRoutes';
import type { z } from 'zod';

type QuotaView = z.output<typeof quotaSchema>;

describe('field study quota', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Quota cluster');
    const add = async (key: string, organisation: Record<string, unknown>) => {
      ids[key] = await addOrganisation(owner, slug, organisation);
    };
    await add('answeredAndInterviewed', {
      name: 'Ege Döküm',
      type: 'firm',
      employees: 8,
      valueChainStage: 'Casting',
      district: 'Torbalı',
    });
    await add('focusGroup', {
      name: 'Gediz Makina',
      type: 'firm',
      employees: 40,
      district: 'Bornova',
    });
    await add('draftOnly', {
      name: 'Taslak Firma',
      type: 'firm',
      employees: 20,
      district: 'Bornova',
    });
    await add('large', { name: 'Büyük Fabrika', type: 'firm', employees: 900, district: 'Aliağa' });
    await add('university', { name: 'Ege Üniversitesi', type: 'university' });
    const questionnaireId = await storeQuestionnaire(t, slug);
    await storeResponses(t, slug, questionnaireId, [
      { organisationId: ids.answeredAndInterviewed, answers: { stage: 'casting' } },
      { organisationId: ids.large, answers: { stage: 'casting' } },
      { organisationId: ids.university, answers: {} },
    ]);
    await t.database.db.insert(schema.responses).values({
      projectId: await projectIdOf(t, slug),
      questionnaireId,
      organisationId: ids.draftOnly,
      channel: 'link',
      status: 'draft',
      answers: { stage: 'machining' },
    });
    const interview = (kind: string, organisationIds: (string | undefined)[]) =>
      owner.post(`/api/projects/${slug}/interviews`, {
        kind,
        heldOn: '2026-11-20',
        title: kind,
        participants: organisationIds.map((organisationId) => ({ organisationId })),
      });
    expectStatus(await interview('interview', [ids.answeredAndInterviewed]), 201);
    expectStatus(await interview('focus_group', [ids.focusGroup, ids.large, ids.university]), 201);
  });
  afterAll(() => t.close());

  const quota = async (query = '') =>
    expectStatus(
      await owner.get(`/api/projects/${slug}/field-study/quota${query}`),
      200,
    ).json() as QuotaView;

  it('counts an SME reached two ways once; large firms, institutions and drafts not at all', async () => {
    const view = await quota();
    expect(view.progress).toMatchObject({
      target: 30,
      reached: 2,
      remaining: 28,
      smesInRegistry: 3,
    });
    expect(view.sources).toEqual({ responses: 1, interviews: 1, focusGroups: 1 });
    const byName = Object.fromEntries(view.reached.map((r) => [r.name, r]));
    expect(Object.keys(byName).sort()).toEqual(
      ['Büyük Fabrika', 'Ege Döküm', 'Ege Üniversitesi', 'Gediz Makina'].sort(),
    );
    expect(byName['Ege Döküm']).toMatchObject({
      countsAsSme: true,
      sources: ['response', 'interview'],
    });
    expect(byName['Gediz Makina']).toMatchObject({ countsAsSme: true, sources: ['focus_group'] });
    expect(byName['Büyük Fabrika']).toMatchObject({
      countsAsSme: false,
      sources: ['response', 'focus_group'],
    });
    expect(byName['Ege Üniversitesi']?.countsAsSme).toBe(false);
  });

  it('breaks the target down by segment and names the gaps', async () => {
    const view = await quota('?target=3');
    expect(view.progress.target).toBe(3);
    const bornova = view.progress.bySegment.district.find((d) => d.value === 'Bornova');
    expect(bornova).toMatchObject({ inRegistry: 2, reached: 1, target: 2, gap: 1 });
    expect(view.progress.gaps).toContainEqual({
      segment: 'district',
      value: 'Bornova',
      missing: 1,
      kind: 'more',
    });
  });

  it('refuses a target outside 1..1000', async () => {
    for (const target of ['0', '1001', 'many']) {
      const response = await owner.get(`/api/projects/${slug}/field-study/quota?target=${target}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].path).toBe('querystring.target');
    }
  });

  it('the sample project reaches the quota of 30 SMEs through its filled field study', async () => {
    const user = await findUserByEmail(t.database.db, 'owner@example.com');
    const result = await createSampleProject(t.database.db, new Date('2026-03-01T10:00:00Z'), {
      owner: user ? { id: user.id, email: user.email } : null,
    });
    expect(result?.counts).toMatchObject({ questionnaires: 1, interviews: expect.any(Number) });
    expect(result?.counts.responses).toBeGreaterThanOrEqual(32);
    const view = expectStatus(
      await owner.get(`/api/projects/${result?.project.slug}/field-study/quota`),
      200,
    ).json() as QuotaView;
    expect(view.progress.reached).toBeGreaterThanOrEqual(30);
    expect(view.sources.focusGroups).toBeGreaterThan(0);
    expect(view.sources.interviews).toBeGreaterThan(0);
    // The dashboard ticks the field study's step with the same count.
    const dashboard = expectStatus(
      await owner.get(`/api/projects/${result?.project.slug}`),
      200,
    ).json() as { stages: { stage: string; steps: { id: string; done: boolean }[] }[] };
    const fieldStudy = dashboard.stages.find((stage) => stage.stage === 'field_study');
    expect(fieldStudy?.steps.find((step) => step.id === 'reach_30_smes')?.done).toBe(true);
  });

  it('leaves the dashboard step open while fewer than 30 SMEs are reached', async () => {
    const slug = await createProject(owner, 'Quota dashboard cluster');
    const dashboard = expectStatus(await owner.get(`/api/projects/${slug}`), 200).json() as {
      stages: { stage: string; steps: { id: string; done: boolean }[] }[];
    };
    const fieldStudy = dashboard.stages.find((stage) => stage.stage === 'field_study');
    expect(fieldStudy?.steps.find((step) => step.id === 'reach_30_smes')?.done).toBe(false);
  });
});
