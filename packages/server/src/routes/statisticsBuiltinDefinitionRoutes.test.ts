// The NACE Rev.2 default through the API: added to a project as its own definition (classes or
// divisions, English or Turkish names), then used by the cluster analysis on small NACE tables.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { addDataset, statisticsUrl } from '../../test/statisticsFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';

interface DefinitionView {
  id: string;
  name: string;
  source: string;
  clusterCount: number;
  tradedCount: number;
  localCount: number;
  industryCount: number;
  entries: { industry: string; cluster: string; clusterName?: string; type: string }[];
}
interface Portfolio {
  totals: { traded: number; local: number; all: number };
  rows: { cluster: string; employment: number; lq: number | null }[];
}

/**
 * Two regions, four NACE classes written as TÜİK and Eurostat do ('24.51', 'C29.10'): casting of
 * iron (Upstream Metal Manufacturing), motor vehicles (Automotive), food retail and public
 * administration (local). Traded employment is A 400, B 400; upstream metal 300 + 100 = 400, so
 * LQ(A, upstream metal) = (300 / 400) / (400 / 800) = 1.5 and LQ(B) = 0.5.
 */
const NACE_CLASSES = [
  'region,industry,year,employment,establishments',
  'A,24.51,2022,300,6',
  'A,C29.10,2022,100,2',
  'A,47.11,2022,200,40',
  'A,84.11,2022,100,5',
  'B,24.51,2022,100,2',
  'B,C29.10,2022,300,3',
  'B,47.11,2022,300,50',
  'B,84.11,2022,100,5',
].join('\n');

/** The same jobs in a 2-digit table, as many regional tables publish them. */
const NACE_DIVISIONS = NACE_CLASSES.replaceAll('24.51', 'C24')
  .replaceAll('C29.10', '29')
  .replaceAll('47.11', '47')
  .replaceAll('84.11', '84');

describe('adding a shipped cluster definition', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  const add = (body: Record<string, unknown>) =>
    owner.post(`/api/projects/${slug}/statistics/definitions/builtin`, body);
  const portfolio = async (datasetId: string, definitionId: string, region: string) =>
    expectStatus(
      await owner.get(statisticsUrl(slug, 'clusters', { datasetId, definitionId, region })),
      200,
    ).json() as Portfolio;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'NACE default');
  });
  afterAll(() => t.close());

  it('adds the class definition with Turkish names: 615 classes, 51 traded and 17 local clusters', async () => {
    const definition = expectStatus(
      await add({ definition: 'nace-rev2-classes', language: 'tr' }),
      201,
    ).json() as DefinitionView;
    expect(definition).toMatchObject({
      name: 'Kume NACE Rev.2 varsayılanı (4 haneli sınıflar)',
      source: 'kume:nace-rev2-classes',
      industryCount: 615,
      clusterCount: 68,
      tradedCount: 51,
      localCount: 17,
    });
    expect(definition.entries.find((entry) => entry.industry === '2451')).toEqual({
      industry: '2451',
      cluster: 'Upstream Metal Manufacturing',
      clusterName: 'Ana Metal Sanayii',
      type: 'traded',
    });
    const listed = expectStatus(
      await owner.get(`/api/projects/${slug}/statistics/definitions`),
      200,
    ).json() as { id: string }[];
    expect(listed.map((item) => item.id)).toContain(definition.id);
  });

  it('runs the cluster analysis with it on a 4-digit NACE table: LQs by hand, local jobs apart', async () => {
    const definitionId = (
      expectStatus(await add({ definition: 'nace-rev2-classes' }), 201).json() as DefinitionView
    ).id;
    const datasetId = await addDataset(owner, slug, NACE_CLASSES, 'nace-classes.csv');
    const a = await portfolio(datasetId, definitionId, 'A');
    expect(a.totals).toEqual({ traded: 400, local: 300, all: 700 });
    const metal = a.rows.find((row) => row.cluster === 'Upstream Metal Manufacturing');
    expect(metal?.employment).toBe(300);
    expect(metal?.lq).toBeCloseTo(1.5, 12);
    const b = await portfolio(datasetId, definitionId, 'B');
    expect(b.rows.find((row) => row.cluster === 'Automotive')?.lq).toBeCloseTo(
      300 / 400 / (400 / 800),
      12,
    );
    const overview = expectStatus(
      await owner.get(statisticsUrl(slug, 'clusters', { datasetId, definitionId })),
      200,
    ).json() as { uncovered: unknown[] };
    expect(overview.uncovered).toEqual([]);
  });

  it('adds the division definition under a chosen name and analyses a 2-digit table with it', async () => {
    const definition = expectStatus(
      await add({ definition: 'nace-rev2-divisions', name: 'NACE 2-digit' }),
      201,
    ).json() as DefinitionView;
    expect(definition).toMatchObject({ name: 'NACE 2-digit', industryCount: 88 });
    const datasetId = await addDataset(owner, slug, NACE_DIVISIONS, 'nace-divisions.csv');
    const a = await portfolio(datasetId, definition.id, 'A');
    expect(a.totals).toEqual({ traded: 400, local: 300, all: 700 });
    expect(a.rows.find((row) => row.cluster === 'Upstream Metal Manufacturing')?.lq).toBeCloseTo(
      1.5,
      12,
    );
  });

  it('refuses an unknown shipped definition and a viewer', async () => {
    expect((await add({ definition: 'nace-rev2.1' })).statusCode).toBe(400);
    const viewer = await t.signUp('viewer@example.com');
    expect(
      (
        await viewer.post(`/api/projects/${slug}/statistics/definitions/builtin`, {
          definition: 'nace-rev2-classes',
        })
      ).statusCode,
    ).toBe(404);
  });
});
