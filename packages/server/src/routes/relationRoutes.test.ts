// Relations through the API: added by hand (never confirming), listed with provenance, deleted;
// deleting one side of a confirmed pair unconfirms the other.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';
import { issueTokens, openFirmQuestionnaire, surveyData } from '../../test/fieldStudyFixtures';

interface Relation {
  id: string;
  source: { name: string };
  target: { name: string };
  confirmed: boolean;
  reportedBy: { name: string } | null;
  responseId: string | null;
}

describe('relations', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let a: string;
  let b: string;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Relation cluster');
    a = await addOrganisation(owner, slug, { name: 'Firm A', type: 'firm' });
    b = await addOrganisation(owner, slug, { name: 'Firm B', type: 'firm' });
  });
  afterAll(() => t.close());

  const list = async () =>
    expectStatus(await owner.get(`/api/projects/${slug}/relations`), 200).json() as Relation[];

  it('a facilitator adds a relation by hand: no reporter, not confirmed by a reverse one', async () => {
    const url = `/api/projects/${slug}/relations`;
    const created = expectStatus(
      await owner.post(url, {
        sourceOrganisationId: a,
        targetOrganisationId: b,
        relationType: 'supplier',
      }),
      201,
    ).json() as Relation;
    expect(created).toMatchObject({ reportedBy: null, responseId: null, confirmed: false });
    expectStatus(
      await owner.post(url, {
        sourceOrganisationId: b,
        targetOrganisationId: a,
        relationType: 'customer',
      }),
      201,
    );
    expect((await list()).map((r) => r.confirmed)).toEqual([false, false]);
    const same = await owner.post(url, {
      sourceOrganisationId: a,
      targetOrganisationId: a,
      relationType: 'supplier',
    });
    expect(same.statusCode).toBe(400);
    for (const relation of await list())
      expectStatus(await owner.delete(`${url}/${relation.id}`), 204);
    expect(await list()).toEqual([]);
  });

  it('deleting one side of a confirmed pair unconfirms the other', async () => {
    const q = await openFirmQuestionnaire(owner, slug);
    const tokens = await issueTokens(owner, slug, q.id, [a, b]);
    for (const [from, to, relationType] of [
      [a, b, 'rd_partner'],
      [b, a, 'rd_partner'],
    ] as const)
      expectStatus(
        await t.anonymous().post(`/api/respond/${tokens.get(from)}/submit`, {
          data: surveyData(q.definition, [{ organisationId: to, relationType }]),
        }),
        200,
      );
    const pair = await list();
    expect(pair.map((r) => r.confirmed)).toEqual([true, true]);
    expect(pair.map((r) => r.reportedBy?.name)).toEqual(['Firm A', 'Firm B']);
    expectStatus(await owner.delete(`/api/projects/${slug}/relations/${pair[0]?.id}`), 204);
    expect((await list()).map((r) => [r.source.name, r.confirmed])).toEqual([['Firm B', false]]);
  });
});
