// Deriving cluster definitions through the API on a generated dataset with planted clusters:
// the derivation finds them, the comparison with the planted definition gives ARI 1, the saved
// definition works in the cluster analysis; bad input is answered with the engine's message.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, expectStatus, uploadForm } from '../../test/projectFixtures';
import { addDataset, addDefinition, statisticsUrl } from '../../test/statisticsFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { CompareAnswer, DeriveAnswer } from '../statistics/deriveDefinitionsSchemas';

const BLOCKS = 3;
const SIZE = 4;
const REGIONS = 12;

/** Block b's industries: 4-digit codes b1 01 .. b1 04 ("1101", ..., "3304"). */
const codeOf = (block: number, i: number) => `${block + 1}${block + 1}0${i + 1}`;
const plantedCodes = (block: number) => Array.from({ length: SIZE }, (_, i) => codeOf(block, i));

/**
 * REGIONS regions x BLOCKS x SIZE industries in 2015 (and 2010): block b's industries employ 500
 * to 550 in the regions r with r mod BLOCKS = b and 20 to 70 elsewhere (seeded noise), so the
 * industries of a block are co-located and the blocks are the clusters to find.
 */
function plantedDataset(regions = REGIONS): string {
  let state = 7;
  const noise = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * 50);
  };
  const lines = ['region,industry,year,employment,establishments'];
  for (const year of [2010, 2015])
    for (let r = 0; r < regions; r++)
      for (let b = 0; b < BLOCKS; b++)
        for (let i = 0; i < SIZE; i++) {
          const jobs = (r % BLOCKS === b ? 500 : 20) + noise();
          lines.push(
            `R${String(r + 1).padStart(2, '0')},${codeOf(b, i)},${year},${jobs},${Math.ceil(jobs / 10)}`,
          );
        }
  return lines.join('\n');
}

/** The planted clusters; `localBlock`: that block's cluster is local. */
function plantedDefinition(localBlock = -1): string {
  const lines = ['industry,cluster,type,cluster_name'];
  for (let b = 0; b < BLOCKS; b++)
    for (const code of plantedCodes(b))
      lines.push(`${code},P${b + 1},${b === localBlock ? 'local' : 'traded'},Planted ${b + 1}`);
  return lines.join('\n');
}

/** A long-layout IO table linking the industries of each block. */
function plantedIoTable(): string {
  const lines = ['supplier,industry,coefficient'];
  for (let b = 0; b < BLOCKS; b++)
    for (const supplier of plantedCodes(b))
      for (const buyer of plantedCodes(b))
        if (supplier !== buyer) lines.push(`${supplier},${buyer},0.1`);
  return lines.join('\n');
}

/** Clusters as sets of codes, sorted, for comparison regardless of order and codes. */
const partition = (clusters: { industries: string[] }[]) =>
  clusters.map((cluster) => [...cluster.industries].sort().join(' ')).sort();
const planted = Array.from({ length: BLOCKS }, (_, b) => plantedCodes(b).join(' ')).sort();

describe('deriving cluster definitions', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let datasetId: string;
  let definitionId: string;
  const derive = (body: Record<string, unknown>) =>
    owner.post(`/api/projects/${slug}/statistics/derive`, { datasetId, ...body });
  const derived = async (body: Record<string, unknown>) =>
    expectStatus(await derive(body), 200).json() as DeriveAnswer;
  const addIoTable = async (content: string, fileName = 'io.csv') =>
    (
      expectStatus(
        await owner.request(
          'POST',
          `/api/projects/${slug}/io-tables`,
          uploadForm(fileName, content),
        ),
        201,
      ).json() as { id: string }
    ).id;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Derive');
    datasetId = await addDataset(owner, slug, plantedDataset(), 'planted.csv');
    definitionId = await addDefinition(owner, slug, plantedDefinition(), 'planted-clusters.csv');
  });
  afterAll(() => t.close());

  it('lists the code levels of the dataset with their numbers of industries', async () => {
    const answer = expectStatus(
      await owner.get(statisticsUrl(slug, 'derive/levels', { datasetId })),
      200,
    ).json() as { levels: { digits: number; industries: number }[] };
    expect(answer.levels).toEqual([{ digits: 4, industries: BLOCKS * SIZE }]);
  });

  it('recovers the planted clusters by hierarchical clustering, largest first, with the heat map in their order', async () => {
    const answer = await derived({ method: 'hierarchical', clusters: 3 });
    expect(answer.year).toBe(2015);
    expect(answer.industries).toHaveLength(BLOCKS * SIZE);
    expect(answer.measures.map((m) => m.name)).toEqual([
      'co-location of employment (share)',
      'co-location of establishments (share)',
    ]);
    expect(answer.results).toHaveLength(1);
    const [best] = answer.results;
    expect(best!.parameters).toMatchObject({ method: 'hierarchical', k: 3 });
    expect(partition(best!.clusters)).toEqual(planted);
    expect(best!.clusters.map((c) => c.code)).toEqual(['D01', 'D02', 'D03']);
    expect(best!.scores.vsCluster).toBe(1);
    expect(best!.scores.vsIndustry).toBe(1);
    // Named after its two largest industries (no names known: their codes) and the rest.
    const first = best!.clusters[0]!;
    expect(first.name).toBe(`${first.industries[0]}, ${first.industries[1]} +2`);

    const { heatmap } = answer;
    expect(heatmap.by).toBe('industry');
    expect(heatmap.codes).toEqual(best!.clusters.flatMap((c) => c.industries));
    expect(heatmap.clusterStarts).toEqual([0, 4, 8]);
    const n = heatmap.codes.length;
    expect(heatmap.values).toHaveLength(n * n);
    expect(heatmap.values[0]).toBe(100);
    // Pairs inside a cluster are the most related: every one above every pair across clusters.
    const inside = heatmap.values.filter((_, cell) => {
      const a = Math.floor(cell / n);
      const b = cell % n;
      return a !== b && Math.floor(a / SIZE) === Math.floor(b / SIZE);
    });
    const across = heatmap.values.filter(
      (_, cell) => Math.floor(Math.floor(cell / n) / SIZE) !== Math.floor((cell % n) / SIZE),
    );
    expect(Math.min(...(inside as number[]))).toBeGreaterThan(Math.max(...(across as number[])));
  });

  it('ranks a grid of all three methods by score and answers at most ten results', async () => {
    const answer = await derived({ method: 'grid', clusters: 'auto' });
    expect(answer.results.length).toBeGreaterThan(1);
    expect(answer.results.length).toBeLessThanOrEqual(10);
    const scores = answer.results.map((r) => r.scores.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(answer.results.map((r) => r.parameters.method)).size).toBeGreaterThan(1);
  });

  it('clusters only the traded industries of a definition, with input-output links from an IO table', async () => {
    const tradedId = await addDefinition(owner, slug, plantedDefinition(2), 'two-traded.csv');
    const ioTableId = await addIoTable(plantedIoTable());
    const answer = await derived({
      method: 'kmeans',
      clusters: 2,
      keep: 'traded',
      definitionId: tradedId,
      ioTableId,
    });
    expect(answer.industries.map((i) => i.code).sort()).toEqual(
      [...plantedCodes(0), ...plantedCodes(1)].sort(),
    );
    expect(answer.measures.map((m) => m.name)).toContain('input-output');
    expect(partition(answer.results[0]!.clusters)).toEqual(
      [plantedCodes(0).join(' '), plantedCodes(1).join(' ')].sort(),
    );
  });

  it('compares derived clusters with the planted definition: ARI 1 and nothing moved; a moved industry is named', async () => {
    const answer = await derived({ method: 'hierarchical', clusters: 3 });
    const clusters = answer.results[0]!.clusters.map(({ code, industries }) => ({
      code,
      industries,
    }));
    const compare = (body: Record<string, unknown>) =>
      owner.post(`/api/projects/${slug}/statistics/derive/compare`, body);
    const same = expectStatus(
      await compare({ definitionId, clusters }),
      200,
    ).json() as CompareAnswer;
    expect(same).toEqual({ ari: 1, common: BLOCKS * SIZE, moved: [] });

    // One industry of the first cluster moved to the second.
    const [a, b, ...rest] = clusters;
    const mover = a!.industries[0]!;
    const edited = [
      { code: a!.code, industries: a!.industries.slice(1) },
      { code: b!.code, industries: [...b!.industries, mover] },
      ...rest,
    ];
    const moved = expectStatus(
      await compare({ definitionId, clusters: edited }),
      200,
    ).json() as CompareAnswer;
    expect(moved.ari).toBeLessThan(1);
    expect(moved.moved).toEqual([{ industry: mover, from: `P${Number(mover[0])}`, to: b!.code }]);

    const twice = expectStatus(
      await compare({ definitionId, clusters: [a, { code: b!.code, industries: [mover] }] }),
      400,
    ).json() as { error: { message: string } };
    expect(twice.error.message).toBe(
      `industry ${mover} is in cluster ${a!.code} and in cluster ${b!.code}`,
    );
  });

  it('saves the clusters as a project definition that the cluster analysis uses', async () => {
    const answer = await derived({ method: 'hierarchical', clusters: 3 });
    const clusters = answer.results[0]!.clusters.map((cluster, i) => ({
      code: cluster.code,
      name: `Renamed ${i + 1}`,
      type: i === 2 ? ('local' as const) : ('traded' as const),
      industries: cluster.industries,
    }));
    const saved = expectStatus(
      await owner.post(`/api/projects/${slug}/statistics/definitions/derived`, {
        name: 'Derived 2015',
        clusters,
      }),
      201,
    ).json() as { id: string; source: string; clusterCount: number; tradedCount: number };
    expect(saved).toMatchObject({ clusterCount: 3, tradedCount: 2 });
    const overview = expectStatus(
      await owner.get(
        statisticsUrl(slug, 'clusters', { datasetId, definitionId: saved.id, region: 'R01' }),
      ),
      200,
    ).json() as {
      totals: { traded: number; local: number };
      rows: { cluster: string; clusterName: string; type: string; employment: number }[];
    };
    const rows = overview.rows.map(({ cluster, clusterName, type }) => ({
      cluster,
      clusterName,
      type,
    }));
    expect(rows.sort((a, b) => (a.cluster < b.cluster ? -1 : 1))).toEqual([
      { cluster: 'D01', clusterName: 'Renamed 1', type: 'traded' },
      { cluster: 'D02', clusterName: 'Renamed 2', type: 'traded' },
      { cluster: 'D03', clusterName: 'Renamed 3', type: 'local' },
    ]);
    const local = overview.rows.find((row) => row.cluster === 'D03')!;
    expect(overview.totals.local).toBe(local.employment);
  });

  it('refuses to save an industry in two clusters, an empty cluster or a name given twice, naming the place', async () => {
    const save = (clusters: unknown[]) =>
      owner.post(`/api/projects/${slug}/statistics/definitions/derived`, { name: 'Bad', clusters });
    const issues = async (clusters: unknown[]) =>
      (
        expectStatus(await save(clusters), 400).json() as {
          error: { issues: { path: string; message: string }[] };
        }
      ).error.issues;
    expect(
      await issues([
        { code: 'A', name: 'A', type: 'traded', industries: ['1101', '1102'] },
        { code: 'B', name: 'B', type: 'traded', industries: ['2201', '1102'] },
      ]),
    ).toEqual([
      {
        path: 'body.clusters.1.industries.1',
        message: 'industry 1102 is in cluster A and in cluster B',
      },
    ]);
    expect(
      await issues([
        { code: 'A', name: 'A', type: 'traded', industries: ['1101'] },
        { code: 'B', name: 'B', type: 'traded', industries: [] },
      ]),
    ).toEqual([{ path: 'body.clusters.1.industries', message: 'cluster B (B) has no industries' }]);
    expect(
      await issues([
        { code: 'A', name: 'Metal', type: 'traded', industries: ['1101'] },
        { code: 'B', name: 'metal', type: 'traded', industries: ['1102'] },
      ]),
    ).toEqual([
      { path: 'body.clusters.1.name', message: 'the name "metal" is also the name of cluster A' },
    ]);
  });

  it('answers bad input with clear messages', async () => {
    const message = async (body: Record<string, unknown>, status = 400) =>
      (expectStatus(await derive(body), status).json() as { error: { message: string } }).error
        .message;
    expect(
      await message(
        { datasetId: '7d6f1a52-57a4-4f2e-9d0c-0f4bb1d1e000', method: 'kmeans', clusters: 2 },
        404,
      ),
    ).toBe('dataset not found');
    expect(await message({ method: 'hierarchical', clusters: 13 })).toBe(
      '13 clusters is more than the 12 industries to cluster',
    );
    expect(await message({ method: 'hierarchical', clusters: 3, year: 2020 })).toBe(
      '2020 is not a year of the dataset (2010, 2015)',
    );
    expect(await message({ method: 'hierarchical', clusters: 3, keep: 'traded' })).toMatch(
      /definitionId: choose the definition/,
    );
    const oneRegion = await addDataset(owner, slug, plantedDataset(1), 'one-region.csv');
    expect(await message({ datasetId: oneRegion, method: 'hierarchical', clusters: 3 })).toMatch(
      /needs at least 3 regions with data, 1 of 1 have any/,
    );
    const elsewhere = await addIoTable('331B,3315,5,0.1188000\n', 'bea.txt');
    expect(await message({ method: 'hierarchical', clusters: 3, ioTableId: elsewhere })).toMatch(
      /fewer than 2 industries are in the input-output table \(0 of 12\)/,
    );
  });
});
