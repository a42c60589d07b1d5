// The respondent's routes: a personal link opens one form, saves drafts, submits once (also when
// 20 submissions race), and its relations join the cluster map with provenance; closed, unknown,
// revoked and tampered links, oversized and hostile answers get clear, uniform answers.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';
import {
  issueTokens,
  openFirmQuestionnaire,
  surveyData,
  type QuestionnaireFixture,
} from '../../test/fieldStudyFixtures';

interface Relation {
  source: { name: string; needsReview: boolean };
  target: { name: string; needsReview: boolean };
  relationType: string;
  confirmed: boolean;
  reportedBy: { name: string } | null;
  responseId: string | null;
  questionnaireId: string | null;
  questionId: string | null;
}

describe('respondent routes', () => {
  let t: TestApp;
  let owner: Agent;
  let respondent: Agent;
  let slug: string;
  let q: QuestionnaireFixture;
  let ege: string;
  let anadolu: string;

  const respond = (token: string) => `/api/respond/${token}`;
  const newToken = async (organisationId: string) =>
    (await issueTokens(owner, slug, q.id, [organisationId])).get(organisationId) ?? '';
  const relations = async () =>
    expectStatus(await owner.get(`/api/projects/${slug}/relations`), 200).json() as Relation[];

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    respondent = t.anonymous();
    slug = await createProject(owner, 'Respond cluster');
    ege = await addOrganisation(owner, slug, { name: 'Ege Döküm', type: 'firm' });
    anadolu = await addOrganisation(owner, slug, { name: 'Anadolu Talaş', type: 'firm' });
    const other = await createProject(owner, 'Other cluster');
    await addOrganisation(owner, other, { name: 'Secret Other Firm', type: 'firm' });
    q = await openFirmQuestionnaire(owner, slug);
  });
  afterAll(() => t.close());

  it('a personal link opens its form with the project organisations to pick, and nothing else', async () => {
    const token = await newToken(ege);
    const response = expectStatus(await respondent.get(respond(token)), 200);
    const form = response.json() as {
      survey: unknown;
      organisationName: string;
      status: string;
      data: object;
      languages: string[];
      title: { en: string };
    };
    expect(form).toMatchObject({ organisationName: 'Ege Döküm', status: 'draft', data: {} });
    expect(form.languages).toEqual(['tr', 'en']);
    expect(form.title.en).toBe(q.definition.title.en);
    expect(JSON.stringify(form.survey)).toContain('Anadolu Talaş');
    expect(response.body).not.toContain('Secret Other Firm');
  });

  it('a draft is saved and restored; a <script> answer is kept verbatim as JSON text', async () => {
    const token = await newToken(anadolu);
    const hostile = '<script>alert(1)</script> & "quotes"';
    const data = { firm_name: hostile };
    expectStatus(await respondent.put(respond(token), { data }), 200);
    const form = expectStatus(await respondent.get(respond(token)), 200);
    expect((form.json() as { data: Record<string, unknown> }).data.firm_name).toBe(hostile);
    expect(form.headers['content-type']).toContain('application/json');
    const list = expectStatus(
      await owner.get(`/api/projects/${slug}/questionnaires/${q.id}/responses`),
      200,
    ).json() as { id: string; status: string }[];
    const draft = list.find((r) => r.status === 'draft');
    const one = expectStatus(
      await owner.get(`/api/projects/${slug}/questionnaires/${q.id}/responses/${draft?.id}`),
      200,
    ).json() as { answers: Record<string, unknown> };
    expect(one.answers.firm_name).toBe(hostile);
  });

  it('submits once: relations with provenance, a new partner flagged, the registry filled; a second submission is 409', async () => {
    const reporter = await addOrganisation(owner, slug, { name: 'Kaynak Makine', type: 'firm' });
    const token = await newToken(reporter);
    const data = surveyData(q.definition, [
      { organisationId: ege, relationType: 'supplier', sharePercent: 30, location: 'same_city' },
      { organisationName: 'Yeni Kalıp Atölyesi', relationType: 'supplier' },
    ]);
    const first = await respondent.post(`${respond(token)}/submit`, { data });
    expect(first.statusCode).toBe(200);
    const second = await respondent.post(`${respond(token)}/submit`, { data });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ error: { code: 'already_submitted' } });
    expect((await respondent.put(respond(token), { data })).statusCode).toBe(409);

    const reported = (await relations()).filter((r) => r.reportedBy?.name === 'Kaynak Makine');
    expect(reported.map((r) => [r.target.name, r.relationType, r.target.needsReview])).toEqual([
      ['Ege Döküm', 'supplier', false],
      ['Yeni Kalıp Atölyesi', 'supplier', true],
    ]);
    expect(reported[0]).toMatchObject({ questionnaireId: q.id, confirmed: false });
    expect(reported[0]?.responseId).toEqual(expect.any(String));
    expect(reported[0]?.questionId).toEqual(expect.any(String));
    const created = expectStatus(
      await owner.get(`/api/projects/${slug}/organisations?q=Yeni Kalıp`),
      200,
    ).json() as { items: { type: string; needsReview: boolean; source: string }[] };
    expect(created.items).toEqual([
      expect.objectContaining({ type: 'firm', needsReview: true, source: 'field_study' }),
    ]);
    const registry = expectStatus(
      await owner.get(`/api/projects/${slug}/organisations/${reporter}`),
      200,
    ).json() as { employees: number | null; district: string | null; valueChainStage: string };
    expect(registry.employees).toBe(40);
    expect(registry.district).toBe('Answer to district');
    expect(registry.valueChainStage).toBe(
      q.definition.pages.flatMap((p) => p.questions).find((x) => x.id === 'value_chain_stage')
        ?.choices?.[0]?.text.en,
    );
  });

  it('a relation reported by both sides is confirmed on both', async () => {
    const a = await addOrganisation(owner, slug, { name: 'Mutual A', type: 'firm' });
    const b = await addOrganisation(owner, slug, { name: 'Mutual B', type: 'firm' });
    const tokens = await issueTokens(owner, slug, q.id, [a, b]);
    const submit = (from: string, to: string, relationType: string) =>
      respondent.post(`${respond(tokens.get(from) ?? '')}/submit`, {
        data: surveyData(q.definition, [
          { organisationId: to, relationType: relationType as 'supplier' },
        ]),
      });
    expectStatus(await submit(a, b, 'supplier'), 200);
    const before = (await relations()).find((r) => r.source.name === 'Mutual A');
    expect(before?.confirmed).toBe(false);
    expectStatus(await submit(b, a, 'customer'), 200);
    const mutual = (await relations()).filter((r) => r.source.name.startsWith('Mutual'));
    expect(mutual.map((r) => [r.source.name, r.relationType, r.confirmed])).toEqual([
      ['Mutual A', 'supplier', true],
      ['Mutual B', 'customer', true],
    ]);
  });

  it('20 submissions at once on one token store exactly one', async () => {
    const racer = await addOrganisation(owner, slug, { name: 'Racer Firm', type: 'firm' });
    const token = await newToken(racer);
    const data = surveyData(q.definition, [{ organisationId: ege }]);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => respondent.post(`${respond(token)}/submit`, { data })),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([200, ...Array<number>(19).fill(409)]);
    const list = expectStatus(
      await owner.get(`/api/projects/${slug}/questionnaires/${q.id}/responses`),
      200,
    ).json() as { organisationName: string | null; status: string }[];
    expect(list.filter((r) => r.organisationName === 'Racer Firm')).toEqual([
      expect.objectContaining({ status: 'submitted' }),
    ]);
    expect((await relations()).filter((r) => r.source.name === 'Racer Firm')).toHaveLength(1);
  });

  it('unknown, tampered and revoked tokens get the same 404', async () => {
    const token = await newToken(ege);
    const links = expectStatus(
      await owner.get(`/api/projects/${slug}/questionnaires/${q.id}/links`),
      200,
    ).json() as { id: string; organisationId: string }[];
    const linkId = links.find((l) => l.organisationId === ege)?.id;
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const unknown = await respondent.get(respond('x'.repeat(43)));
    expect((await respondent.get(respond(tampered))).body).toBe(unknown.body);
    expect((await respondent.put(respond(tampered), { data: {} })).body).toBe(unknown.body);
    expectStatus(await respondent.get(respond(token)), 200);
    expectStatus(
      await owner.delete(`/api/projects/${slug}/questionnaires/${q.id}/links/${linkId}`),
      204,
    );
    const revoked = await respondent.get(respond(token));
    expect(revoked.statusCode).toBe(404);
    expect(revoked.body).toBe(unknown.body);
    expect(unknown.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('a closed or not yet open questionnaire answers 410 saying so', async () => {
    const later = await openFirmQuestionnaire(owner, slug, {
      opensOn: '2026-12-01',
      closesOn: '2026-12-31',
    });
    const tokens = await issueTokens(owner, slug, later.id, [ege]);
    const url = respond(tokens.get(ege) ?? '');
    const early = await respondent.get(url);
    expect(early.statusCode).toBe(410);
    expect(early.json()).toMatchObject({ error: { code: 'not_open' } });
    expect((early.json() as { error: { message: string } }).error.message).toContain('2026-12-01');
    t.setNow(new Date('2026-12-15T10:00:00Z'));
    expectStatus(await respondent.get(url), 200);
    t.setNow(new Date('2027-01-01T10:00:00Z'));
    const late = await respondent.put(url, { data: {} });
    expect(late.statusCode).toBe(410);
    expect(late.json()).toMatchObject({ error: { code: 'closed' } });
    t.setNow(new Date('2026-11-26T10:00:00Z'));
    const base = `/api/projects/${slug}/questionnaires/${q.id}`;
    const token = await newToken(anadolu);
    expectStatus(await owner.put(base, { definition: q.definition, status: 'closed' }), 200);
    const closed = await respondent.post(`${respond(token)}/submit`, { data: {} });
    expect(closed.statusCode).toBe(410);
    expect((closed.json() as { error: { message: string } }).error.message).toContain('closed');
    expectStatus(await owner.put(base, { definition: q.definition, status: 'open' }), 200);
  });

  it('an oversized request is 413 with a clear message; a text over 5,000 characters is 400 naming it', async () => {
    const token = await newToken(ege);
    const huge = await respondent.put(respond(token), { data: { firm_name: 'x'.repeat(400_000) } });
    expect(huge.statusCode).toBe(413);
    expect((huge.json() as { error: { message: string } }).error.message).toMatch(/too large.*KB/);
    const long = await respondent.put(respond(token), { data: { firm_name: 'x'.repeat(5_001) } });
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({
      error: {
        code: 'validation',
        issues: [expect.objectContaining({ path: 'answers.firm_name' })],
      },
    });
  });

  it('a submission missing required answers is 400 with their paths and stays a draft', async () => {
    const token = await newToken(anadolu);
    const response = await respondent.post(`${respond(token)}/submit`, { data: {} });
    expect(response.statusCode).toBe(400);
    const issues = (response.json() as { error: { issues: { path: string }[] } }).error.issues;
    expect(issues.map((i) => i.path)).toContain('answers.firm_name');
    expectStatus(await respondent.put(respond(token), { data: { firm_name: 'Later' } }), 200);
  });

  it('a token reaches only its own form: not another questionnaire, not the project routes', async () => {
    const token = await newToken(ege);
    const withToken = { authorization: `Bearer ${token}`, cookie: `kume_session=${token}` };
    for (const url of [
      `/api/projects/${slug}`,
      `/api/projects/${slug}/questionnaires/${q.id}/responses`,
      `/api/projects/${slug}/relations`,
    ]) {
      const response = await respondent.request('GET', url, undefined, withToken);
      expect(response.statusCode).toBe(401);
    }
    const form = expectStatus(await respondent.get(respond(token)), 200).json() as {
      title: { en: string };
    };
    expect(form.title.en).toBe(q.definition.title.en);
  });

  it('a facilitator signed in in the same browser answers without a CSRF header', async () => {
    const token = await newToken(anadolu);
    const noCsrf = { 'x-csrf-token': '' };
    const saved = await owner.request(
      'PUT',
      respond(token),
      { data: { firm_name: 'Own' } },
      noCsrf,
    );
    expect(saved.statusCode).toBe(200);
  });

  it('the public link starts an answer whose firm name names the organisation (matched folded)', async () => {
    const base = `/api/projects/${slug}/questionnaires/${q.id}`;
    const { publicLink } = expectStatus(
      await owner.post(`${base}/public-link`, { enabled: true }),
      200,
    ).json() as { publicLink: string };
    const code = publicLink.replace('/q/', '');
    const { token } = expectStatus(
      await respondent.post(`/api/respond/public/${code}/start`),
      201,
    ).json() as { token: string };
    const form = expectStatus(await respondent.get(respond(token)), 200).json() as {
      organisationName: string | null;
    };
    expect(form.organisationName).toBeNull();
    const data = surveyData(q.definition, [{ organisationId: anadolu }], {
      firm_name: 'EGE DÖKÜM',
    });
    expectStatus(await respondent.post(`${respond(token)}/submit`, { data }), 200);
    const fromEge = (await relations()).filter(
      (r) => r.source.name === 'Ege Döküm' && r.target.name === 'Anadolu Talaş',
    );
    expect(fromEge).toHaveLength(1);
    const unknown = await respondent.post('/api/respond/public/nope/start');
    expect(unknown.statusCode).toBe(404);
    expectStatus(await owner.post(`${base}/public-link`, { enabled: false }), 200);
    expect((await respondent.post(`/api/respond/public/${code}/start`)).statusCode).toBe(404);
  });
});

describe('respondent rate limits', () => {
  it('starting answers through a public link is limited per address (429 past the limit)', async () => {
    const t = await createTestApp({ respondentRateLimit: { requests: 100, starts: 2 } });
    try {
      const owner = await t.signUp('owner@example.com');
      const slug = await createProject(owner, 'Limited cluster');
      const q = await openFirmQuestionnaire(owner, slug);
      const { publicLink } = expectStatus(
        await owner.post(`/api/projects/${slug}/questionnaires/${q.id}/public-link`, {
          enabled: true,
        }),
        200,
      ).json() as { publicLink: string };
      const start = () => t.anonymous().post(`/api/respond/public/${publicLink.slice(3)}/start`);
      expect([(await start()).statusCode, (await start()).statusCode]).toEqual([201, 201]);
      const refused = await start();
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    } finally {
      await t.close();
    }
  });
});
