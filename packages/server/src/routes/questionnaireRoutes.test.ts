// Questionnaires through the API: templates, creating from one, opening only when both languages
// are complete, keeping answered questions, the public link and its QR code, deleting.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Questionnaire } from '@kume/core';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';
import { issueTokens, openFirmQuestionnaire, surveyData } from '../../test/fieldStudyFixtures';

interface View {
  id: string;
  status: string;
  kind: string;
  definition: Questionnaire;
  answeredQuestionIds: string[];
  publicLink: string | null;
  submittedCount: number;
  linkCount: number;
}

describe('questionnaires', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Questionnaire cluster');
    base = `/api/projects/${slug}/questionnaires`;
  });
  afterAll(() => t.close());

  it('lists the three templates with their question counts', async () => {
    const templates = expectStatus(
      await owner.get(`/api/projects/${slug}/questionnaire-templates`),
      200,
    ).json() as { kind: string; questionCount: number; title: { tr: string; en: string } }[];
    expect(templates.map((x) => x.kind)).toEqual([
      'firm_interview',
      'institution_interview',
      'focus_group',
    ]);
    for (const template of templates) {
      expect(template.questionCount).toBeGreaterThan(3);
      expect(template.title.tr).not.toBe('');
    }
  });

  it('creates a draft from a template and lists it', async () => {
    const created = expectStatus(
      await owner.post(base, { template: 'firm_interview' }),
      201,
    ).json() as View;
    expect(created).toMatchObject({ status: 'draft', kind: 'firm_interview', publicLink: null });
    const list = expectStatus(await owner.get(base), 200).json() as View[];
    expect(list.map((x) => x.id)).toContain(created.id);
    expect((await owner.post(base, {})).statusCode).toBe(400);
  });

  it('refuses to open with a missing translation, naming its path', async () => {
    const created = expectStatus(
      await owner.post(base, { template: 'focus_group' }),
      201,
    ).json() as View;
    const definition = structuredClone(created.definition);
    const question = definition.pages[0]?.questions[0];
    if (!question) throw new Error('the template has no question');
    question.title.tr = '';
    const refused = await owner.put(`${base}/${created.id}`, { definition, status: 'open' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      error: { issues: [{ path: 'definition.pages.0.questions.0.title.tr' }] },
    });
    const saved = await owner.put(`${base}/${created.id}`, { definition });
    expect((saved.json() as View).status).toBe('draft');
  });

  it('refuses to remove a question that submitted responses answered (409 naming it)', async () => {
    const q = await openFirmQuestionnaire(owner, slug);
    const firm = await addOrganisation(owner, slug, { name: 'Answering Firm', type: 'firm' });
    const token = (await issueTokens(owner, slug, q.id, [firm])).get(firm);
    expectStatus(
      await t.anonymous().post(`/api/respond/${token}/submit`, { data: surveyData(q.definition) }),
      200,
    );
    const view = expectStatus(await owner.get(`${base}/${q.id}`), 200).json() as View;
    expect(view.answeredQuestionIds).toContain('firm_name');
    expect(view.submittedCount).toBe(1);
    const definition = structuredClone(q.definition);
    const page = definition.pages[0];
    if (!page) throw new Error('no page');
    page.questions = page.questions.filter((x) => x.id !== 'firm_name');
    const refused = await owner.put(`${base}/${q.id}`, { definition });
    expect(refused.statusCode).toBe(409);
    expect((refused.json() as { error: { message: string } }).error.message).toContain(
      '"firm_name"',
    );
    expectStatus(await owner.put(`${base}/${q.id}`, { definition: q.definition }), 200);
  });

  it('turns the public link on and off; its QR code is SVG only while on', async () => {
    const q = await openFirmQuestionnaire(owner, slug);
    const on = expectStatus(
      await owner.post(`${base}/${q.id}/public-link`, { enabled: true }),
      200,
    ).json() as { publicLink: string };
    expect(on.publicLink).toMatch(/^\/q\/[A-Za-z0-9_-]{22}$/);
    const again = expectStatus(
      await owner.post(`${base}/${q.id}/public-link`, { enabled: true }),
      200,
    ).json() as { publicLink: string };
    expect(again.publicLink).toBe(on.publicLink);
    const qr = expectStatus(await owner.get(`${base}/${q.id}/public-qr.svg`), 200);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toMatch(/^<svg/);
    expectStatus(await owner.post(`${base}/${q.id}/public-link`, { enabled: false }), 200);
    expect((await owner.get(`${base}/${q.id}/public-qr.svg`)).statusCode).toBe(404);
  });

  it('rejects a closing date before the opening date', async () => {
    const q = await openFirmQuestionnaire(owner, slug);
    const response = await owner.put(`${base}/${q.id}`, {
      definition: q.definition,
      opensOn: '2026-12-10',
      closesOn: '2026-12-01',
    });
    expect(response.statusCode).toBe(400);
  });

  it('deletes a questionnaire with its responses and relations', async () => {
    const q = await openFirmQuestionnaire(owner, slug);
    const [a, b] = [
      await addOrganisation(owner, slug, { name: 'Deleted A', type: 'firm' }),
      await addOrganisation(owner, slug, { name: 'Deleted B', type: 'firm' }),
    ];
    const token = (await issueTokens(owner, slug, q.id, [a])).get(a);
    expectStatus(
      await t.anonymous().post(`/api/respond/${token}/submit`, {
        data: surveyData(q.definition, [{ organisationId: b }]),
      }),
      200,
    );
    const relations = async () =>
      (
        expectStatus(await owner.get(`/api/projects/${slug}/relations`), 200).json() as {
          source: { name: string };
        }[]
      ).filter((r) => r.source.name === 'Deleted A');
    expect(await relations()).toHaveLength(1);
    expectStatus(await owner.delete(`${base}/${q.id}`), 204);
    expect((await owner.get(`${base}/${q.id}`)).statusCode).toBe(404);
    expect(await relations()).toHaveLength(0);
    expect((await t.anonymous().get(`/api/respond/${token}`)).statusCode).toBe(404);
  });
});
