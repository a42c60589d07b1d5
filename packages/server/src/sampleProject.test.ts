// The sample project's statistics: created with it in one transaction (the generated dataset,
// Kume's NACE division definition, settings focused on İzmir's metal and machinery clusters),
// and replaced, not doubled, by a reset; its roadmap assembled so that every link of its actions
// names a present item. Runs on PGlite and PostgreSQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_SLUG, uncoveredItems } from '@kume/core';
import {
  findProjectBySlug,
  listClusterDefinitions,
  listDatasets,
  listRoadmapActions,
  listRoadmapItems,
  loadDatasetTable,
  roadmapItemOf,
  type Database,
} from '@kume/db';
import { openTestDatabase } from '../../db/test/testDatabase';
import { createSampleProject } from './sampleProject';

const now = new Date('2026-11-26T10:00:00Z');
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** The sample's datasets, definitions and statistics settings as stored. */
async function storedStatistics() {
  const project = (await findProjectBySlug(database.db, SAMPLE_SLUG))!;
  return {
    project,
    datasets: await listDatasets(database.db, project.id),
    definitions: await listClusterDefinitions(database.db, project.id),
    settings: project.statisticsSettings,
  };
}

describe('createSampleProject', () => {
  it('stores the generated dataset and the NACE division definition, and chooses them with İzmir as the focus', async () => {
    await createSampleProject(database.db, now);
    const { project, datasets, definitions, settings } = await storedStatistics();
    expect(datasets).toHaveLength(1);
    const [dataset] = datasets;
    expect(dataset).toMatchObject({
      sourceFormat: 'generic',
      regionCount: 26,
      industryCount: 88,
      years: [2019, 2020, 2021, 2022, 2023],
    });
    expect(dataset!.name).toMatch(/^Örnek veri \/ sample data: generated/);
    expect(dataset!.notes).toContain('TR31 İzmir');
    const table = (await loadDatasetTable(database.db, project.id, dataset!.id))!;
    expect(table.length).toBe(dataset!.rowCount);
    expect(table.regions).toContain('TR31');

    expect(definitions).toHaveLength(1);
    expect(definitions[0]).toMatchObject({
      source: 'kume:nace-rev2-divisions',
      name: 'Kume NACE Rev.2 varsayılanı (2 haneli bölümler)',
    });
    expect(definitions[0]!.entries.find((e) => e.industry === '24')).toMatchObject({
      cluster: 'Upstream Metal Manufacturing',
      clusterName: 'Ana Metal Sanayii',
    });
    expect(settings).toEqual({
      datasetId: dataset!.id,
      definitionId: definitions[0]!.id,
      focusRegion: 'TR31',
      focusClusters: [
        'Upstream Metal Manufacturing',
        'Downstream Metal Products',
        'Production Technology and Heavy Machinery',
      ],
    });
  });

  it('replaces the statistics on a reset: one dataset and one definition, the settings on the new ones', async () => {
    const before = await storedStatistics();
    await createSampleProject(database.db, now, { reset: true });
    const after = await storedStatistics();
    expect(after.project.id).not.toBe(before.project.id);
    expect(after.datasets).toHaveLength(1);
    expect(after.definitions).toHaveLength(1);
    expect(after.datasets[0]!.rowCount).toBe(before.datasets[0]!.rowCount);
    expect(after.settings?.datasetId).toBe(after.datasets[0]!.id);
    expect(after.settings?.definitionId).toBe(after.definitions[0]!.id);
  });

  it('assembles the roadmap: every item an action links is present, from the workshops, the map and the statistics', async () => {
    const project = (await findProjectBySlug(database.db, SAMPLE_SLUG))!;
    const items = (await listRoadmapItems(database.db, project.id)).map(roadmapItemOf);
    const actions = await listRoadmapActions(database.db, project.id);
    expect(actions.length).toBeGreaterThanOrEqual(10);
    const present = new Set(items.filter((i) => i.sourceState === 'present').map((i) => i.key));
    const links = actions.flatMap((a) => a.itemKeys);
    expect(links.filter((key) => !present.has(key))).toEqual([]);
    const kinds = new Set(items.filter((i) => links.includes(i.key)).map((i) => i.kind));
    expect([...kinds].sort()).toEqual([
      'cluster',
      'investment_need',
      'skill_gap',
      'success_factor',
      'value_chain_gap',
      'vision',
    ]);
  });

  it('leaves no success factor weighing 0.1 or more and no large gap without an action', async () => {
    const project = (await findProjectBySlug(database.db, SAMPLE_SLUG))!;
    const items = (await listRoadmapItems(database.db, project.id)).map(roadmapItemOf);
    const actions = await listRoadmapActions(database.db, project.id);
    const factors = items.filter((i) => i.kind === 'success_factor');
    expect(factors.filter((f) => (f.weight ?? 0) >= 0.1).length).toBeGreaterThanOrEqual(4);
    expect(uncoveredItems(items, actions, { minFactorWeight: 0.1 }).map((i) => i.key)).toEqual([]);
  });
});
