// Input-output tables through the API: import with a names file, bad rows refused with their
// place, delete; the map's IO settings, the suppliers' LQs and the weak-supplier gaps, on small
// inline data and on BEA's 1997 table with the US CBP state file (../shared/data).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, expectStatus, uploadForm } from '../../test/projectFixtures';
import { addDataset, repositoryRoot } from '../../test/statisticsFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { ClusterMapView } from '../apiTypes';
import type { IoView } from '../clusterMap/supplierGaps';

/** A form with the table and, optionally, a names file. */
function tableForm(table: string, fileName: string, names?: string, options?: object) {
  const form = uploadForm(fileName, table, options as Record<string, unknown> | undefined);
  if (names !== undefined) form.append('names', new Blob([names]), 'names.csv');
  return form;
}

const SMALL_TABLE = [
  'supplier,industry,coefficient',
  '3313,3315,0.2',
  '4200,3315,0.1',
  'V001,3315,0.4',
  '3315,3315,0.05',
  '9999,3315,0.005',
].join('\n');

/** Region A has little of 3313 and of 42: LQ 10/200 / (110/400) and 100/300 / (400/800). */
const SMALL_DATASET = [
  'region,industry,year,employment,establishments',
  'A,3315,2020,100,1',
  'A,3313,2020,10,1',
  'A,3320,2020,90,1',
  'A,33,2020,200,1',
  'A,42,2020,100,1',
  'B,3315,2020,10,1',
  'B,3313,2020,100,1',
  'B,3320,2020,90,1',
  'B,33,2020,200,1',
  'B,42,2020,300,1',
].join('\n');

describe('io tables and the map supplier gaps', () => {
  let t: TestApp;
  let owner: Agent;
  let viewer: Agent;
  let slug: string;
  const url = (path = '') => `/api/projects/${slug}/io-tables${path}`;
  const post = (form: FormData, agent = owner) => agent.request('POST', url(), form);

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    viewer = await t.signUp('viewer@example.com');
    slug = await createProject(owner, 'Foundry IO');
  });
  afterAll(() => t.close());

  it('imports a long table with a names file and lists its columns with names', async () => {
    const created = expectStatus(
      await post(tableForm(SMALL_TABLE, 'small.csv', 'code,name\n3315,Foundries\n3313,Alumina\n')),
      201,
    ).json() as { id: string; layout: string; cellCount: number };
    expect(created).toMatchObject({ layout: 'long', cellCount: 5, name: 'small' });
    const list = expectStatus(await owner.get(url()), 200).json() as {
      id: string;
      industries: { code: string; name: string | null }[];
    }[];
    expect(list[0]).toMatchObject({
      id: created.id,
      industries: [{ code: '3315', name: 'Foundries' }],
    });
  });

  it('refuses bad rows naming file, line and column, and stores nothing', async () => {
    const before = (expectStatus(await owner.get(url()), 200).json() as unknown[]).length;
    const response = await post(
      tableForm('supplier,industry,coefficient\n3313,3315,x\n,3315,0.1\n', 'bad.csv'),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: {
        code: 'validation',
        message: 'nothing was imported: 2 errors: bad.csv:2:3: coefficient: "x" is not a number',
        issues: [
          { path: 'bad.csv:2:3', message: 'coefficient: "x" is not a number' },
          { path: 'bad.csv:3:1', message: 'supplier is empty' },
        ],
      },
    });
    expect((expectStatus(await owner.get(url()), 200).json() as unknown[]).length).toBe(before);
  });

  it('a viewer can read the tables but not import one', async () => {
    const project = expectStatus(await owner.get(`/api/projects/${slug}`), 200).json() as {
      id: string;
    };
    const { setMemberRole } = await import('@kume/db');
    await setMemberRole(t.database.db, project.id, viewer.userId ?? '', 'viewer');
    expect((await viewer.get(url())).statusCode).toBe(200);
    expect((await post(tableForm(SMALL_TABLE, 'v.csv'), viewer)).statusCode).toBe(403);
  });

  it('refuses IO settings naming no table of the project or an industry that is no column', async () => {
    const [table] = expectStatus(await owner.get(url()), 200).json() as { id: string }[];
    const put = (body: Record<string, unknown>) =>
      owner.put(`/api/projects/${slug}/cluster-map/io-settings`, body);
    const noTable = await put({ ioTableId: crypto.randomUUID(), clusterIndustries: ['3315'] });
    expect(noTable.json()).toMatchObject({ error: { issues: [{ path: 'body.ioTableId' }] } });
    const noColumn = await put({ ioTableId: table!.id, clusterIndustries: ['3315', '2451'] });
    expect(noColumn.statusCode).toBe(400);
    expect(noColumn.json()).toMatchObject({
      error: {
        issues: [{ path: 'body.clusterIndustries', message: expect.stringContaining('2451') }],
      },
    });
  });

  it('lists every top supplier as not assessed until the project has statistics', async () => {
    const [table] = expectStatus(await owner.get(url()), 200).json() as { id: string }[];
    const view = expectStatus(
      await owner.put(`/api/projects/${slug}/cluster-map/io-settings`, {
        ioTableId: table!.id,
        clusterIndustries: ['3315'],
        excludedRows: ['V001'],
      }),
      200,
    ).json() as NonNullable<IoView>;
    expect(view.statistics).toEqual({ status: 'no_dataset' });
    expect(view.suppliers.map((s) => [s.industry, s.name, s.status])).toEqual([
      ['3313', 'Alumina', 'not_assessed'],
      ['4200', null, 'not_assessed'],
      ['9999', null, 'below_threshold'],
    ]);
    const map = expectStatus(
      await owner.get(`/api/projects/${slug}/cluster-map`),
      200,
    ).json() as ClusterMapView;
    expect(map.io).toEqual(view);
    expect(map.gaps.filter((g) => g.kind === 'weak_supplier_industry')).toEqual([]);
  });

  it("ranks the suppliers weak in the focus region among the map's gaps, with their evidence", async () => {
    const datasetId = await addDataset(owner, slug, SMALL_DATASET, 'small-stats.csv');
    expectStatus(
      await owner.put(`/api/projects/${slug}/statistics/settings`, { datasetId, focusRegion: 'A' }),
      200,
    );
    const map = expectStatus(
      await owner.get(`/api/projects/${slug}/cluster-map`),
      200,
    ).json() as ClusterMapView;
    const lq3313 = 10 / 200 / (110 / 400);
    const lq42 = 100 / 300 / (400 / 800);
    expect(map.io?.statistics).toMatchObject({ status: 'ready', region: 'A', year: 2020 });
    expect(
      map.io?.suppliers.map((s) => [s.industry, s.matchedIndustry, s.match, s.status]),
    ).toEqual([
      ['3313', '3313', 'exact', 'weak'],
      ['4200', '42', 'prefix', 'weak'],
      ['9999', null, null, 'below_threshold'],
    ]);
    expect(map.io?.suppliers[0]?.locationQuotient).toBeCloseTo(lq3313, 12);
    expect(map.io?.suppliers[1]?.locationQuotient).toBeCloseTo(lq42, 12);
    const weak = map.gaps.filter((g) => g.kind === 'weak_supplier_industry');
    expect(weak.map((g) => g.industry)).toEqual(['3313', '4200']);
    expect(weak[0]?.evidence).toEqual({ coefficient: 0.2, locationQuotient: lq3313 });
    expect(weak[0]?.score).toBeCloseTo(0.9 * (1 - lq3313), 12);
    expect(weak[1]?.score).toBeCloseTo(0.9 * 0.5 * (1 - lq42), 12);
    expect(weak[0]?.suggestion.en).toContain('Alumina');
  });

  it('deleting the table clears the IO settings that use it', async () => {
    const [table] = expectStatus(await owner.get(url()), 200).json() as { id: string }[];
    expect((await owner.delete(url(`/${table!.id}`))).statusCode).toBe(204);
    expect((await owner.delete(url(`/${table!.id}`))).statusCode).toBe(404);
    const map = expectStatus(
      await owner.get(`/api/projects/${slug}/cluster-map`),
      200,
    ).json() as ClusterMapView;
    expect(map.io).toBeNull();
  });
});

describe("BEA's 1997 table and the US CBP state file (../shared/data)", () => {
  const bea = join(repositoryRoot, '../shared/data/bea-io-1997');
  const cbp = join(repositoryRoot, '../shared/data/cbp-state-naics/cbp_state_naics_2000_2011.csv');
  let present = true;
  try {
    readFileSync(join(bea, 'IO-CodeSummary.txt'));
    readFileSync(cbp, { flag: 'r' }).subarray(0, 1);
  } catch {
    present = false;
  }

  it.skipIf(!present)(
    'a foundry cluster (BEA 3315) in California (06), 2011, has weak-supplier gaps where the LQ is below 1 (needs ../shared/data)',
    async () => {
      const t = await createTestApp();
      try {
        const owner = await t.signUp('analyst@example.com');
        const slug = await createProject(owner, 'Foundries');
        const datasetId = await addDataset(owner, slug, readFileSync(cbp), 'cbp.csv');
        const form = tableForm(
          readFileSync(join(bea, 'IODirectRequirements.txt'), 'utf8'),
          'IODirectRequirements.txt',
          readFileSync(join(bea, 'IO-CodeSummary.txt'), 'utf8'),
        );
        const table = expectStatus(
          await owner.request('POST', `/api/projects/${slug}/io-tables`, form),
          201,
        ).json() as { id: string; layout: string; cellCount: number };
        expect(table.layout).toBe('bea');
        expectStatus(
          await owner.put(`/api/projects/${slug}/statistics/settings`, {
            datasetId,
            focusRegion: '06',
            year: 2011,
          }),
          200,
        );
        expectStatus(
          await owner.put(`/api/projects/${slug}/cluster-map/io-settings`, {
            ioTableId: table.id,
            clusterIndustries: ['3315'],
          }),
          200,
        );
        const map = expectStatus(
          await owner.get(`/api/projects/${slug}/cluster-map`),
          200,
        ).json() as ClusterMapView;
        const io = map.io!;
        expect(io.effectiveExcludedRows).toEqual(['S003', 'S004', 'V001', 'V002', 'V003']);
        expect(io.suppliers[0]).toMatchObject({
          industry: '331B',
          name: 'Nonferrous metal production and processing',
          coefficient: 0.1188,
          matchedIndustry: '331',
          match: 'prefix',
        });
        const weak = io.suppliers.filter((s) => s.status === 'weak');
        const gaps = map.gaps.filter((g) => g.kind === 'weak_supplier_industry');
        expect(weak.length).toBeGreaterThan(0);
        expect(gaps.map((g) => g.industry).sort()).toEqual(weak.map((s) => s.industry).sort());
        for (const gap of gaps) {
          const supplier = io.suppliers.find((s) => s.industry === gap.industry)!;
          expect(gap.evidence.locationQuotient).toBe(supplier.locationQuotient);
          expect(gap.evidence.locationQuotient).toBeLessThan(1);
        }
        // Every listed supplier is either judged or says why not; none is dropped.
        expect(io.suppliers).toHaveLength(15);
      } finally {
        await t.close();
      }
    },
    240_000,
  );
});
