// Personal links through the API: issued with urls shown once, listed with their state and no
// url, re-issued (the old token stops working, the draft moves along), revoked.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';
import {
  issueTokens,
  openFirmQuestionnaire,
  type QuestionnaireFixture,
} from '../../test/fieldStudyFixtures';

interface Link {
  id: string;
  organisationId: string;
  organisationName: string;
  url: string | null;
  status: string;
}

describe('respondent links', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let q: QuestionnaireFixture;
  let ege: string;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Link cluster');
    ege = await addOrganisation(owner, slug, { name: 'Ege Döküm', type: 'firm' });
    q = await openFirmQuestionnaire(owner, slug);
    base = `/api/projects/${slug}/questionnaires/${q.id}/links`;
  });
  afterAll(() => t.close());

  const list = async () => expectStatus(await owner.get(base), 200).json() as Link[];

  it('issues links whose url carries a 43-character token; the list shows no url', async () => {
    const created = expectStatus(
      await owner.post(base, { organisationIds: [ege] }),
      201,
    ).json() as {
      links: Link[];
    };
    expect(created.links).toEqual([
      expect.objectContaining({ organisationName: 'Ege Döküm', status: 'not_started' }),
    ]);
    expect(created.links[0]?.url).toMatch(/^\/r\/[A-Za-z0-9_-]{43}$/);
    expect(await list()).toEqual([expect.objectContaining({ url: null, status: 'not_started' })]);
  });

  it('re-issuing revokes the old token and keeps the draft under the new one', async () => {
    const first = (await issueTokens(owner, slug, q.id, [ege])).get(ege) ?? '';
    expectStatus(
      await t.anonymous().put(`/api/respond/${first}`, { data: { firm_name: 'Kept' } }),
      200,
    );
    expect((await list())[0]?.status).toBe('draft');
    const second = (await issueTokens(owner, slug, q.id, [ege])).get(ege) ?? '';
    expect((await t.anonymous().get(`/api/respond/${first}`)).statusCode).toBe(404);
    const form = expectStatus(await t.anonymous().get(`/api/respond/${second}`), 200).json() as {
      data: Record<string, unknown>;
    };
    expect(form.data.firm_name).toBe('Kept');
    expect(await list()).toHaveLength(1);
  });

  it('an organisation of another project is refused and nothing is issued', async () => {
    const other = await createProject(owner, 'Other link cluster');
    const foreign = await addOrganisation(owner, other, { name: 'Foreign', type: 'firm' });
    const response = await owner.post(base, { organisationIds: [ege, foreign] });
    expect(response.statusCode).toBe(400);
    expect(await list()).toHaveLength(1);
  });

  it('a revoked link leaves the list and a second revoke is 404', async () => {
    const [link] = await list();
    expectStatus(await owner.delete(`${base}/${link?.id}`), 204);
    expect(await list()).toEqual([]);
    expect((await owner.delete(`${base}/${link?.id}`)).statusCode).toBe(404);
  });
});
