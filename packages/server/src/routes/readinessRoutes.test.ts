// The readiness gate through the API: a project of 1 chamber, 1 university and 20 firms, all
// visited, goes from no-go to go as commitments are recorded; thresholds and a recorded decision
// change the outcome; the power-interest grid shows the assessed organisations.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';

interface Check {
  id: string;
  met: boolean;
  actual: number | null;
  required: number;
  missing: number;
}
interface Readiness {
  criteriaOutcome: 'go' | 'no_go';
  outcome: 'go' | 'no_go';
  basis: 'decision' | 'criteria';
  decisionDiffersFromCriteria: boolean;
  checks: Check[];
  counts: Record<string, number>;
  thresholds: Record<string, unknown>;
  decisions: { decision: string; decidedOn: string; note: string; decidedBy: string | null }[];
}

describe('readiness gate', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let base: string;
  let chamber: string;
  let university: string;
  const firms: string[] = [];

  const readiness = async () =>
    expectStatus(await owner.get(`${base}/readiness`), 200).json() as Readiness;
  /** The unmet checks with what is missing: the reasons of a no-go. */
  const reasons = (r: Readiness) => r.checks.filter((c) => !c.met).map((c) => [c.id, c.missing]);
  const assess = async (id: string, willingness: number, assessedOn = '2026-11-20') =>
    expectStatus(
      await owner.post(`${base}/organisations/${id}/commitments`, {
        willingness,
        influence: willingness === 5 ? 5 : 3,
        assessedOn,
      }),
      201,
    );

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-11-26T10:00:00Z') });
    owner = await t.signUp('owner@example.com', { name: 'Ayşe Owner' });
    slug = await createProject(owner, 'Gate cluster');
    base = `/api/projects/${slug}`;
    chamber = await addOrganisation(owner, slug, { name: 'İzmir Ticaret Odası', type: 'chamber' });
    university = await addOrganisation(owner, slug, {
      name: 'Ege Üniversitesi',
      type: 'university',
    });
    for (let i = 1; i <= 20; i += 1)
      firms.push(await addOrganisation(owner, slug, { name: `Döküm Firması ${i}`, type: 'firm' }));
    expectStatus(
      await owner.post(`${base}/visits`, {
        visitedOn: '2026-11-10',
        level: 'local',
        organisationIds: [chamber, university, ...firms],
      }),
      201,
    );
  });
  afterAll(() => t.close());

  it('starts at no-go with every check unmet and what each misses', async () => {
    const r = await readiness();
    expect(r).toMatchObject({ criteriaOutcome: 'no_go', outcome: 'no_go', basis: 'criteria' });
    expect(r.counts).toEqual({
      organisations: 22,
      visited: 22,
      assessed: 0,
      committed: 0,
      committedVisited: 0,
    });
    expect(reasons(r)).toEqual([
      ['committed_chambers', 1],
      ['committed_universities', 1],
      ['committed_firms', 20],
      ['committed_share_of_visited', 11],
    ]);
  });

  it('a committed chamber and university meet their checks; the firms remain the reason', async () => {
    await assess(chamber, 5);
    await assess(university, 4);
    const r = await readiness();
    expect(r.outcome).toBe('no_go');
    expect(reasons(r)).toEqual([
      ['committed_firms', 20],
      ['committed_share_of_visited', 9],
    ]);
  });

  it('19 committed firms meet the share but not the 20 firms; a willingness of 3 does not count', async () => {
    for (const firm of firms.slice(0, 19)) await assess(firm, 4);
    await assess(firms[19] ?? '', 3);
    const r = await readiness();
    expect(r.outcome).toBe('no_go');
    expect(reasons(r)).toEqual([['committed_firms', 1]]);
    expect(r.checks.find((c) => c.id === 'committed_share_of_visited')).toMatchObject({
      met: true,
      actual: 21 / 22,
    });
    expect(r.counts).toMatchObject({ assessed: 22, committed: 21 });
  });

  it('a newer assessment of the 20th firm at 4 turns the gate to go', async () => {
    await assess(firms[19] ?? '', 4, '2026-11-25');
    const r = await readiness();
    expect(r).toMatchObject({ criteriaOutcome: 'go', outcome: 'go', basis: 'criteria' });
    expect(reasons(r)).toEqual([]);
    expect((await owner.get(base)).json()).toMatchObject({
      summary: { gate: 'go', committed: 22 },
    });
  });

  it('raising the firm threshold to 25 turns it back to no-go, 5 firms missing; the defaults restore go', async () => {
    const raised = expectStatus(
      await owner.put(`${base}/readiness/thresholds`, { minCommittedFirms: 25 }),
      200,
    ).json() as Readiness;
    expect(raised.outcome).toBe('no_go');
    expect(reasons(raised)).toEqual([['committed_firms', 5]]);
    expect(raised.thresholds).toMatchObject({ minCommittedFirms: 25, minCommittedChambers: 1 });
    expect((await readiness()).thresholds).toMatchObject({ minCommittedFirms: 25 });

    const stricter = expectStatus(
      await owner.put(`${base}/readiness/thresholds`, { committedWillingness: 5 }),
      200,
    ).json() as Readiness;
    expect(reasons(stricter)).toEqual([
      ['committed_universities', 1],
      ['committed_firms', 20],
      ['committed_share_of_visited', 10],
    ]);

    const restored = expectStatus(
      await owner.put(`${base}/readiness/thresholds`, {}),
      200,
    ).json() as Readiness;
    expect(restored.outcome).toBe('go');
  });

  it('thresholds out of range are 400 naming the field', async () => {
    const response = await owner.put(`${base}/readiness/thresholds`, {
      minCommittedShareOfVisited: 1.5,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { issues: [{ path: 'body.minCommittedShareOfVisited' }] },
    });
  });

  it("a recorded no-go decision sets the outcome, with basis 'decision', against the criteria", async () => {
    const response = await owner.post(`${base}/readiness/decisions`, {
      decision: 'no_go',
      decidedOn: '2026-11-26',
      note: 'Wait for the chamber board meeting',
    });
    expect(response.statusCode).toBe(201);
    const r = response.json() as Readiness;
    expect(r).toMatchObject({
      criteriaOutcome: 'go',
      outcome: 'no_go',
      basis: 'decision',
      decisionDiffersFromCriteria: true,
    });
    expect(r.decisions).toEqual([
      expect.objectContaining({
        decision: 'no_go',
        decidedOn: '2026-11-26',
        note: 'Wait for the chamber board meeting',
        decidedBy: 'Ayşe Owner',
      }),
    ]);
  });

  it('a later go decision takes over and agrees with the criteria', async () => {
    await owner.post(`${base}/readiness/decisions`, { decision: 'go', decidedOn: '2026-11-27' });
    const r = await readiness();
    expect(r).toMatchObject({
      outcome: 'go',
      basis: 'decision',
      decisionDiffersFromCriteria: false,
    });
    expect(r.decisions.map((d) => d.decision)).toEqual(['go', 'no_go']);
  });

  it('the power-interest grid shows only assessed organisations, with their latest scores', async () => {
    await addOrganisation(owner, slug, {
      name: 'Not Yet Assessed',
      type: 'ngo',
    });
    const grid = expectStatus(await owner.get(`${base}/power-interest`), 200).json() as {
      id: string;
      name: string;
      influence: number;
      willingness: number;
      assessedOn: string;
    }[];
    expect(grid).toHaveLength(22);
    expect(grid.map((p) => p.name)).not.toContain('Not Yet Assessed');
    expect(grid.find((p) => p.id === chamber)).toMatchObject({ influence: 5, willingness: 5 });
    expect(grid.find((p) => p.id === firms[19])).toMatchObject({
      willingness: 4,
      assessedOn: '2026-11-25',
    });
  });
});
