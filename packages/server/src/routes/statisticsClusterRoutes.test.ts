// The cluster analysis routes on a hand-made dataset with known location quotients and strong
// clusters: a region's portfolio, a cluster's ranking, the overview, a benchmark region, the
// cache after a definition edit, and the export against `kume stats clusters`.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, expectStatus } from '../../test/projectFixtures';
import {
  addDataset,
  addDefinition,
  cliClusters,
  DATASET_WITH_NATION,
  LQ_2015,
  repositoryRoot,
  SMALL_DATASET,
  SMALL_DEFINITION,
  statisticsUrl,
} from '../../test/statisticsFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';

interface Row {
  region: string;
  cluster: string;
  year: number;
  employment: number;
  lq: number | null;
  strong: boolean;
  employmentCagr: number | null;
  employmentRank: number | null;
}
interface Portfolio {
  region: string;
  year: number;
  fromYear: number;
  nationalGrowth: number | null;
  clusterStrength: number | null;
  totals: { traded: number; local: number; all: number };
  rows: Row[];
}

describe('cluster analysis routes', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let datasetId: string;
  let definitionId: string;
  const clusters = (query: Record<string, string | number | undefined>) =>
    owner.get(statisticsUrl(slug, 'clusters', { datasetId, definitionId, ...query }));

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Cluster analysis');
    datasetId = await addDataset(owner, slug);
    definitionId = await addDefinition(owner, slug);
  });
  afterAll(() => t.close());

  it("a region's portfolio: LQs by hand, strong only where the rule says, growth from the first year", async () => {
    const portfolio = expectStatus(await clusters({ region: 'A' }), 200).json() as Portfolio;
    expect(portfolio).toMatchObject({
      region: 'A',
      year: 2015,
      fromYear: 2010,
      totals: { traded: 500, local: 500, all: 1050 },
    });
    expect(portfolio.clusterStrength).toBeCloseTo(400 / 500, 12);
    // National employment at the definition's level: 2160 + 0 uncovered in 2010, 2360 + 50 in 2015.
    expect(portfolio.nationalGrowth).toBeCloseTo(Math.pow(2410 / 2160, 1 / 5) - 1, 12);
    const farm = portfolio.rows.find((row) => row.cluster === 'farm')!;
    expect(farm.lq).toBeCloseTo(LQ_2015.farm.A, 12);
    expect(farm).toMatchObject({ strong: true, employment: 400, employmentRank: 1 });
    expect(farm.employmentCagr).toBeCloseTo(Math.pow(400 / 300, 1 / 5) - 1, 12);
    expect(portfolio.rows.map((row) => [row.cluster, row.strong])).toEqual([
      ['farm', true],
      ['metal', false],
      ['retail', false],
    ]);
  });

  it('a cluster ranking lists every region with employment, largest first, and strong flags by the rule', async () => {
    const ranking = expectStatus(await clusters({ cluster: 'metal', year: 2015 }), 200).json() as {
      clusterName: string;
      type: string;
      rows: Row[];
    };
    expect(ranking).toMatchObject({ clusterName: 'Metalworking', type: 'traded' });
    expect(ranking.rows.map((row) => [row.region, row.employment, row.strong])).toEqual([
      ['B', 300, false],
      ['D', 150, true],
      ['A', 100, false],
      ['C', 50, false],
    ]);
    expect(ranking.rows[1]?.lq).toBeCloseTo(LQ_2015.metal.D, 12);
  });

  it('the overview has every region with its strong count, the clusters, and the uncovered codes', async () => {
    const overview = expectStatus(await clusters({}), 200).json() as {
      year: number;
      regions: { region: string; strongCount: number; traded: number; all: number }[];
      clusters: { code: string; name: string; type: string }[];
      uncovered: { industry: string; employment: number }[];
    };
    expect(overview.year).toBe(2015);
    expect(overview.regions.map((r) => [r.region, r.strongCount, r.traded])).toEqual([
      ['A', 1, 500],
      ['B', 0, 400],
      ['C', 0, 100],
      ['D', 1, 160],
    ]);
    expect(overview.clusters).toEqual([
      { code: 'farm', name: 'Farming', type: 'traded' },
      { code: 'metal', name: 'Metalworking', type: 'traded' },
      { code: 'retail', name: 'Retail', type: 'local' },
    ]);
    expect(overview.uncovered).toEqual([{ industry: '999', employment: 50 }]);
  });

  it('a benchmark region is the nation: LQs against it, and it is neither output nor ranked', async () => {
    const withNation = await addDataset(owner, slug, DATASET_WITH_NATION, 'nation.csv');
    const url = (query: Record<string, string>) =>
      statisticsUrl(slug, 'clusters', { datasetId: withNation, definitionId, ...query });
    const portfolio = expectStatus(
      await owner.get(url({ region: 'A', benchmark: 'US' })),
      200,
    ).json() as Portfolio;
    const farm = portfolio.rows.find((row) => row.cluster === 'farm')!;
    expect(farm.lq).toBeCloseTo(400 / 500 / (1000 / 4000), 12);
    // The nation did not grow: the US rows are equal in both years.
    expect(portfolio.nationalGrowth).toBe(0);
    const ranking = expectStatus(
      await owner.get(url({ cluster: 'farm', benchmark: 'US' })),
      200,
    ).json() as { rows: Row[] };
    expect(ranking.rows.map((row) => row.region)).toEqual(['A', 'B', 'C', 'D']);
    const asRegion = await owner.get(url({ region: 'US', benchmark: 'US' }));
    expect(asRegion.statusCode).toBe(400);
    const unknown = await owner.get(url({ benchmark: 'XX' }));
    expect(unknown.json()).toMatchObject({
      error: { code: 'validation', issues: [{ path: 'querystring.benchmark' }] },
    });
  });

  it('bad queries name the parameter', async () => {
    const cases: [Record<string, string | number>, string][] = [
      [{ year: 1999 }, 'querystring.year'],
      [{ fromYear: 2011 }, 'querystring.fromYear'],
      [{ region: 'Z' }, 'querystring.region'],
      [{ cluster: 'none' }, 'querystring.cluster'],
    ];
    for (const [query, path] of cases) {
      const response = await clusters(query);
      expect(response.statusCode, path).toBe(400);
      expect(response.json()).toMatchObject({ error: { issues: [{ path }] } });
    }
    const missing = await owner.get(statisticsUrl(slug, 'clusters', { datasetId }));
    expect(missing.statusCode).toBe(400);
    const foreign = await clusters({ definitionId: '00000000-0000-4000-8000-000000000000' });
    expect(foreign.statusCode).toBe(404);
  });

  it('after a definition edit the results follow the new definition, not the cache', async () => {
    const before = expectStatus(await clusters({ region: 'B' }), 200).json() as Portfolio;
    expect(before.rows.find((row) => row.cluster === 'farm')?.employment).toBe(100);
    expectStatus(
      await owner.put(`/api/projects/${slug}/statistics/definitions/${definitionId}`, {
        name: 'Farm and metal together',
        entries: [
          { industry: '111', cluster: 'farm', type: 'traded' },
          { industry: '222', cluster: 'farm', type: 'traded' },
          { industry: '333', cluster: 'retail', type: 'local' },
        ],
      }),
      200,
    );
    const after = expectStatus(await clusters({ region: 'B' }), 200).json() as Portfolio;
    expect(after.rows.map((row) => [row.cluster, row.employment])).toEqual([
      ['farm', 400],
      ['retail', 400],
    ]);
    expect(
      (await owner.delete(`/api/projects/${slug}/statistics/definitions/${definitionId}`))
        .statusCode,
    ).toBe(204);
    expect((await clusters({ region: 'B' })).statusCode).toBe(404);
    definitionId = await addDefinition(owner, slug);
  });

  describe('export', () => {
    let folder: string;
    beforeAll(() => {
      folder = mkdtempSync(join(tmpdir(), 'kume-export-'));
      writeFileSync(join(folder, 'data.csv'), SMALL_DATASET);
      writeFileSync(join(folder, 'clusters.csv'), SMALL_DEFINITION);
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    const exportUrl = (query: Record<string, string | number>) =>
      statisticsUrl(slug, 'clusters/export', { datasetId, definitionId, ...query });

    it('CSV equals `kume stats clusters` for the same inputs, byte for byte after the BOM', async () => {
      const response = await owner.get(exportUrl({ year: 2015, fromYear: 2010, format: 'csv' }));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain('clusters-2015.csv');
      const cli = await cliClusters(join(folder, 'data.csv'), join(folder, 'clusters.csv'), [
        '--year',
        '2015',
        '--from-year',
        '2010',
      ]);
      expect(response.body.startsWith('\uFEFFregion,cluster,year,type,employment,')).toBe(true);
      expect(response.body.slice(1)).toBe(cli);
    });

    it('JSON of all years equals the CLI JSON without --year', async () => {
      const response = await owner.get(
        exportUrl({ fromYear: 2010, format: 'json', allYears: 'true' }),
      );
      const cli = await cliClusters(join(folder, 'data.csv'), join(folder, 'clusters.csv'), [
        '--from-year',
        '2010',
        '--format',
        'json',
      ]);
      expect(response.json()).toEqual(JSON.parse(cli));
      expect((response.json() as unknown[]).length).toBe(24);
    });

    it('XLSX has the same heading row and booleans, one sheet', async () => {
      const response = await owner.get(exportUrl({ format: 'xlsx' }));
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      const cli = await cliClusters(join(folder, 'data.csv'), join(folder, 'clusters.csv'), [
        '--year',
        '2015',
        '--from-year',
        '2010',
      ]);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(
        cli.split('\n')[0]!.split(','),
      );
      expect(sheet.rowCount).toBe(13);
      expect(sheet.getRow(2).getCell(11).value).toBe(true);
    });

    it('neutralises region codes a spreadsheet would run as a formula', async () => {
      const id = await addDataset(
        owner,
        slug,
        'region,industry,year,employment,establishments\n=HYPERLINK(1),111,2015,5,1\nB,222,2015,5,1\n',
        'hostile.csv',
      );
      const response = await owner.get(
        statisticsUrl(slug, 'clusters/export', { datasetId: id, definitionId, format: 'csv' }),
      );
      expect(response.body).toContain("\n'=HYPERLINK(1),farm,2015,");
    });
  });
});

describe('the US CBP state file with the US benchmark crosswalk (../shared/data)', () => {
  const data = join(repositoryRoot, '../shared/data/cbp-state-naics/cbp_state_naics_2000_2011.csv');
  const crosswalk = join(
    repositoryRoot,
    '../shared/data/cluster-definitions/NAICS_crosswalks_to_Cluster_system__Emsi_NAICS_to_Porter_Cluster.csv',
  );
  let present = true;
  try {
    readFileSync(crosswalk);
    readFileSync(data, { flag: 'r' }).subarray(0, 1);
  } catch {
    present = false;
  }

  it.skipIf(!present)(
    'California (06) in 2011 has the clusters and strong flags the CLI gives (needs ../shared/data)',
    async () => {
      const t = await createTestApp();
      try {
        const owner = await t.signUp('analyst@example.com');
        const slug = await createProject(owner, 'CBP states');
        const datasetId = await addDataset(owner, slug, readFileSync(data), 'cbp.csv');
        const definitionId = await addDefinition(
          owner,
          slug,
          readFileSync(crosswalk, 'utf8'),
          'crosswalk.csv',
        );
        const portfolio = expectStatus(
          await owner.get(
            statisticsUrl(slug, 'clusters', { datasetId, definitionId, region: '06', year: 2011 }),
          ),
          200,
        ).json() as Portfolio;
        const cli = (
          JSON.parse(
            await cliClusters(data, crosswalk, ['--year', '2011', '--format', 'json']),
          ) as {
            region: string;
            cluster: string;
            employment: number;
            lq: number | null;
            strong: boolean;
          }[]
        ).filter((row) => row.region === '06');
        expect(portfolio.rows.length).toBeGreaterThan(50);
        expect(
          portfolio.rows.map((row) => [row.cluster, row.employment, row.lq, row.strong]),
        ).toEqual(cli.map((row) => [row.cluster, row.employment, row.lq, row.strong]));
      } finally {
        await t.close();
      }
    },
    300_000,
  );
});
