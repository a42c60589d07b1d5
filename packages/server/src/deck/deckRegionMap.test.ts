// The deck's region map from a project's statistics and imported maps: none without a map that
// matches the dataset, then the best-matching newest map with the focus cluster's LQ per region,
// the same numbers as the LQ-by-region chart. Runs on PGlite and PostgreSQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectBySlug, type ProjectRow } from '@kume/db';
import { addGeography, unitSquare } from '../../test/geographyFixtures';
import { createProject, expectStatus } from '../../test/projectFixtures';
import {
  addDataset,
  addDefinition,
  LQ_2015,
  SMALL_DEFINITION,
} from '../../test/statisticsFixtures';
import { createTestApp, type Agent, type TestApp } from '../../test/testApp';
import { createStatisticsCaches } from '../statistics/clusterAnalysis';
import { deckStatistics } from './deckStatistics';

const caches = createStatisticsCaches();
let t: TestApp;
let owner: Agent;
let slug: string;

/** Squares side by side from 27° E, 38° N, one per code, with NUTS-style properties (names when given). */
function squares(codes: string[], names?: string[]) {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: codes.map((code, index) => ({
      type: 'Feature',
      properties: names ? { NUTS_ID: code, NUTS_NAME: names[index] } : { NUTS_ID: code },
      geometry: { type: 'Polygon', coordinates: unitSquare(27 + index, 38) },
    })),
  });
}

const project = async (): Promise<ProjectRow> => (await findProjectBySlug(t.database.db, slug))!;
const statistics = async () =>
  (await deckStatistics(t.database.db, caches, await project(), 'en'))!;

/** LQ of farming in region B in 2015, by hand: (100 / 400) / (560 / 1160). */
const LQ_FARM_B = 100 / 400 / (560 / 1160);

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('map-owner@example.com');
  slug = await createProject(owner, 'Map cluster');
  const datasetId = await addDataset(owner, slug);
  const definitionId = await addDefinition(owner, slug, SMALL_DEFINITION);
  expectStatus(
    await owner.put(`/api/projects/${slug}/statistics/settings`, {
      datasetId,
      definitionId,
      focusRegion: 'A',
      focusClusters: ['farm'],
    }),
    200,
  );
});
afterAll(() => t.close());

describe('deckStatistics: the region map', () => {
  it('has no map while the project has none that matches half of the dataset’s regions', async () => {
    expect((await statistics()).regionMap).toBeNull();
    await addGeography(owner, slug, squares(['X', 'Y', 'A']), { name: 'Elsewhere' });
    const stats = await statistics();
    expect(stats.regionMap).toBeNull();
    expect(stats.lqByRegion?.regions.length).toBeGreaterThan(0);
  });

  it('puts the focus cluster’s LQs on the map matching half the regions, named by the map, ours marked', async () => {
    await addGeography(owner, slug, squares(['A', 'B'], ['İzmir', 'Aydın']), { name: 'Aegean' });
    const stats = await statistics();
    const map = stats.regionMap;
    expect(map?.mapName).toBe('Aegean');
    expect(map?.clusterName).toBe('Farming');
    expect(map?.regions.map((region) => [region.code, region.name, region.focus])).toEqual([
      ['A', 'İzmir', true],
      ['B', 'Aydın', false],
    ]);
    expect(map?.regions[0]?.lq).toBeCloseTo(LQ_2015.farm.A, 10);
    expect(map?.regions[1]?.lq).toBeCloseTo(LQ_FARM_B, 10);
    // The same numbers as the chart of the LQ by region.
    for (const region of map?.regions ?? [])
      expect(stats.lqByRegion?.regions.find((one) => one.name === region.name)?.lq).toBe(region.lq);
    // Two unit squares at 38.5° N: the map is twice as wide as high, less the cosine.
    const points = map?.regions.flatMap((region) => region.rings.flat()) ?? [];
    expect(Math.max(...points.map(([x]) => x))).toBe(1);
    expect(Math.max(...points.map(([, y]) => y))).toBeCloseTo(
      1 / (2 * Math.cos((38.5 * Math.PI) / 180)),
      3,
    );
  });

  it('takes a map that matches more regions, keeps its shapes without data, and the newest of equals', async () => {
    await addGeography(owner, slug, squares(['A', 'B', 'C', 'Z']), { name: 'Wider' });
    const wider = (await statistics()).regionMap;
    expect(wider?.mapName).toBe('Wider');
    expect(wider?.regions.map((region) => region.code)).toEqual(['A', 'B', 'C', 'Z']);
    expect(wider?.regions[2]?.lq).toBeCloseTo(LQ_2015.farm.C, 10);
    // A map without names: the regions take the names other maps give their codes, or the code.
    expect(wider?.regions.map((region) => region.name)).toEqual(['İzmir', 'Aydın', 'C', 'Z']);
    expect(wider?.regions[3]).toMatchObject({ code: 'Z', lq: null, focus: false });

    await addGeography(owner, slug, squares(['A', 'B', 'C', 'Q']), { name: 'As wide, newer' });
    expect((await statistics()).regionMap?.mapName).toBe('As wide, newer');
    // A code written another way ("a " for "A") still matches its region.
    await addGeography(owner, slug, squares(['a ', 'B', 'C', 'D']), { name: 'All four' });
    const all = (await statistics()).regionMap;
    expect(all?.mapName).toBe('All four');
    expect(all?.regions.map((region) => [region.code, region.focus])).toEqual([
      ['A', true],
      ['B', false],
      ['C', false],
      ['D', false],
    ]);
  });
});
