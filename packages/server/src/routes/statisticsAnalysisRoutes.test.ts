// Shift-share, related clusters and relatedness density of one region, on the hand-made dataset
// of the statistics fixtures (strong: A in farm, D in metal).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, expectStatus } from '../../test/projectFixtures';
import {
  addDataset,
  addDefinition,
  addRelatedness,
  statisticsUrl,
} from '../../test/statisticsFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';

/** The US Cluster Mapping layout: numbered clusters, names beside them, a self pair. */
const MATRIX = [
  'cluster_code,cluster_code_2,cluster_name,cluster_name_2,cr_all,cr_all_pc',
  '1,2,Farming,Metalworking,1.5,95',
  '2,1,Metalworking,Farming,1.5,95',
  '1,3,Farming,Retail,0.1,20',
  '3,1,Retail,Farming,0.1,20',
  '1,1,Farming,Farming,2.0,99',
  '9,1,Shipbuilding,Farming,1.9,99',
].join('\n');

interface ShiftShareRow {
  cluster: string;
  startEmployment: number;
  endEmployment: number;
  change: number;
  nationalShare: number;
  industryMix: number;
  regionalShare: number;
  homotheticEmployment: number | null;
  allocation: number | null;
}

describe('region analyses', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let datasetId: string;
  let definitionId: string;
  let relatednessId: string;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Region analyses');
    datasetId = await addDataset(owner, slug);
    definitionId = await addDefinition(owner, slug);
    relatednessId = await addRelatedness(owner, slug, MATRIX);
  });
  afterAll(() => t.close());

  describe('shift-share', () => {
    const shiftShare = (query: Record<string, string | number>) =>
      owner.get(statisticsUrl(slug, 'shift-share', { datasetId, definitionId, ...query }));

    it('splits the change of A in farm as computed by hand, and the parts add up to the change', async () => {
      const result = expectStatus(await shiftShare({ region: 'A' }), 200).json() as {
        fromYear: number;
        year: number;
        rows: ShiftShareRow[];
      };
      expect(result).toMatchObject({ fromYear: 2010, year: 2015 });
      const nationGrowth = 2360 / 2160 - 1;
      const farmGrowth = 560 / 460 - 1;
      const farm = result.rows.find((row) => row.cluster === 'farm')!;
      expect(farm).toMatchObject({ startEmployment: 300, endEmployment: 400, change: 100 });
      expect(farm.nationalShare).toBeCloseTo(300 * nationGrowth, 9);
      expect(farm.industryMix).toBeCloseTo(300 * (farmGrowth - nationGrowth), 9);
      expect(farm.homotheticEmployment).toBeCloseTo((900 * 460) / 2160, 9);
      for (const row of result.rows)
        expect(row.nationalShare + row.industryMix + row.regionalShare).toBeCloseTo(row.change, 9);
      expect(result.rows.map((row) => row.cluster)).toEqual(['farm', 'metal', 'retail']);
    });

    it('needs two different years and a region of the dataset', async () => {
      const same = await shiftShare({ region: 'A', fromYear: 2015, year: 2015 });
      expect(same.json()).toMatchObject({ error: { issues: [{ path: 'querystring.fromYear' }] } });
      const unknown = await shiftShare({ region: 'Q' });
      expect(unknown.json()).toMatchObject({ error: { issues: [{ path: 'querystring.region' }] } });
      expect((await shiftShare({})).statusCode).toBe(400);
    });
  });

  describe('related clusters', () => {
    const related = (query: Record<string, string | number>) =>
      owner.get(
        statisticsUrl(slug, 'related', { datasetId, definitionId, relatednessId, ...query }),
      );

    it('A is strong in farm: metal, related at the 95th percentile, is its missing neighbour', async () => {
      const result = expectStatus(await related({ region: 'A' }), 200).json();
      expect(result).toEqual({
        region: 'A',
        year: 2015,
        strong: ['farm'],
        nodes: [
          expect.objectContaining({
            cluster: 'farm',
            clusterName: 'Farming',
            strong: true,
            employment: 400,
          }),
          expect.objectContaining({ cluster: 'metal', strong: false, employment: 100 }),
          expect.objectContaining({ cluster: 'retail', strong: false, employment: 500 }),
        ],
        links: [{ source: 'farm', target: 'metal', score: 1.5, percentile: 95 }],
        missing: [
          {
            strongCluster: 'farm',
            relatedCluster: 'metal',
            relatedClusterName: 'Metalworking',
            score: 1.5,
            percentile: 95,
          },
        ],
      });
    });

    it('a lower percentile brings in weaker links and neighbours; a region with no strong cluster misses none', async () => {
      const low = expectStatus(await related({ region: 'D', percentile: 10 }), 200).json() as {
        strong: string[];
        links: unknown[];
        missing: { relatedCluster: string }[];
      };
      expect(low.strong).toEqual(['metal']);
      expect(low.links).toHaveLength(2);
      expect(low.missing.map((m) => m.relatedCluster)).toEqual(['farm']);
      const none = expectStatus(await related({ region: 'B' }), 200).json() as {
        missing: unknown[];
      };
      expect(none.missing).toEqual([]);
    });

    it('an unknown matrix is not found', async () => {
      const response = await related({
        region: 'A',
        relatednessId: '00000000-0000-4000-8000-000000000000',
      });
      expect(response.statusCode).toBe(404);
    });
  });

  describe('relatedness density', () => {
    it("lists only industries A is not specialised in (RCA < 1), densest first, with A's RCA", async () => {
      const result = expectStatus(
        await owner.get(statisticsUrl(slug, 'density', { datasetId, definitionId, region: 'A' })),
        200,
      ).json() as {
        year: number;
        opportunities: { industry: string; density: number; rca: number }[];
      };
      expect(result.year).toBe(2015);
      const rca = Object.fromEntries(result.opportunities.map((o) => [o.industry, o.rca]));
      expect(Object.keys(rca).sort()).toEqual(['222', '333']);
      expect(rca['222']).toBeCloseTo(100 / 1050 / (600 / 2410), 12);
      expect(rca['333']).toBeCloseTo(500 / 1050 / (1200 / 2410), 12);
      const densities = result.opportunities.map((o) => o.density);
      expect(densities).toEqual([...densities].sort((a, b) => b - a));
    });

    it('honours the limit, and works without a definition', async () => {
      const result = expectStatus(
        await owner.get(statisticsUrl(slug, 'density', { datasetId, region: 'A', limit: 1 })),
        200,
      ).json() as { opportunities: unknown[] };
      expect(result.opportunities).toHaveLength(1);
    });
  });
});
