// Datasets (stored as bytes), cluster definitions and relatedness matrices, on PGlite and
// PostgreSQL.

import { projectInputSchema, StatsTableBuilder } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { createProject, findProjectBySlug } from './projects';
import {
  deleteClusterDefinition,
  deleteDataset,
  deleteRelatednessMatrix,
  findClusterDefinition,
  findRelatednessMatrix,
  insertClusterDefinition,
  insertDataset,
  insertRelatednessMatrix,
  listClusterDefinitions,
  listDatasets,
  listRelatednessMatrices,
  loadDatasetTable,
  updateClusterDefinition,
  updateStatisticsSettings,
} from './statistics';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const newProject = (name: string) => createProject(db, projectInputSchema.parse({ name }), null);

function bigTable(rows: number) {
  const builder = new StatsTableBuilder();
  for (let i = 0; i < rows; i += 1) {
    builder.push(
      builder.regionId(`R${i % 50}`),
      builder.industryId(`${100000 + (i % 997)}`),
      2000 + (i % 12),
      i * 1.5,
      i % 7,
      i % 3 === 0 ? NaN : i,
      i % 11 === 0 ? 68 : 0,
    );
  }
  return builder.build();
}

describe('datasets', () => {
  it('stores a 200,000-row table as bytes and reads every value back', async () => {
    const project = await newProject('Datasets');
    const table = bigTable(200_000);
    const meta = await insertDataset(db, project.id, {
      name: 'CBP',
      fileName: 'cbp.csv',
      sourceFormat: 'cbp',
      table,
      createdBy: null,
    });
    expect(meta).toMatchObject({
      rowCount: 200_000,
      regionCount: 50,
      industryCount: 997,
      years: Array.from({ length: 12 }, (_, i) => 2000 + i),
    });
    expect(await loadDatasetTable(db, project.id, meta.id)).toEqual(table);
  });

  it('lists without the data, and keeps datasets inside their project', async () => {
    const a = await newProject('Datasets A');
    const b = await newProject('Datasets B');
    const meta = await insertDataset(db, a.id, {
      name: 'Small',
      fileName: 's.csv',
      sourceFormat: 'generic',
      table: bigTable(10),
      createdBy: null,
    });
    const listed = await listDatasets(db, a.id);
    expect(listed.map((d) => d.name)).toEqual(['Small']);
    expect(listed[0]).not.toHaveProperty('data');
    expect(await loadDatasetTable(db, b.id, meta.id)).toBeUndefined();
    expect(await deleteDataset(db, b.id, meta.id)).toBe(false);
    expect(await deleteDataset(db, a.id, meta.id)).toBe(true);
    expect(await listDatasets(db, a.id)).toEqual([]);
  });
});

describe('cluster definitions', () => {
  it('are created, listed, edited and deleted per project', async () => {
    const project = await newProject('Definitions');
    const entries = [
      {
        industry: '331511',
        cluster: 'metal',
        clusterName: 'Metalworking',
        type: 'traded' as const,
      },
      { industry: '722511', cluster: 'hospitality', type: 'local' as const },
    ];
    const definition = await insertClusterDefinition(db, project.id, {
      name: 'US benchmark',
      entries,
      createdBy: null,
    });
    expect((await listClusterDefinitions(db, project.id)).map((d) => d.name)).toEqual([
      'US benchmark',
    ]);
    const edited = await updateClusterDefinition(db, project.id, definition.id, {
      entries: entries.slice(0, 1),
      name: 'Edited',
    });
    expect(edited?.entries).toEqual(entries.slice(0, 1));
    expect((await findClusterDefinition(db, project.id, definition.id))?.name).toBe('Edited');
    expect(await deleteClusterDefinition(db, project.id, definition.id)).toBe(true);
    expect(await findClusterDefinition(db, project.id, definition.id)).toBeUndefined();
  });
});

describe('relatedness matrices', () => {
  const pairs = [
    { cluster: '1', related: '3', score: 1.25, percentile: 95 },
    { cluster: '3', related: '1', score: 1.25, percentile: 95 },
    { cluster: '1', related: '7', score: 0.02, percentile: 12.5 },
  ];

  it('keep their pairs and cluster names, and list without the pairs', async () => {
    const project = await newProject('Matrices');
    const meta = await insertRelatednessMatrix(db, project.id, {
      name: 'US relatedness',
      fileName: 'relatedClusters.csv',
      pairs,
      clusterNames: { '1': 'Aerospace', '3': 'Apparel', '7': 'Coal Mining' },
      createdBy: null,
    });
    expect(meta).toMatchObject({ name: 'US relatedness', pairCount: 3 });
    const listed = await listRelatednessMatrices(db, project.id);
    expect(listed.map((m) => m.id)).toEqual([meta.id]);
    expect(listed[0]).not.toHaveProperty('pairs');
    const found = await findRelatednessMatrix(db, project.id, meta.id);
    expect(found?.pairs).toEqual(pairs);
    expect(found?.clusterNames).toEqual({ '1': 'Aerospace', '3': 'Apparel', '7': 'Coal Mining' });
  });

  it('stay inside their project and are deleted with it', async () => {
    const a = await newProject('Matrices A');
    const b = await newProject('Matrices B');
    const meta = await insertRelatednessMatrix(db, a.id, {
      name: 'M',
      fileName: 'm.csv',
      pairs,
      clusterNames: {},
      createdBy: null,
    });
    expect(await findRelatednessMatrix(db, b.id, meta.id)).toBeUndefined();
    expect(await deleteRelatednessMatrix(db, b.id, meta.id)).toBe(false);
    expect(await deleteRelatednessMatrix(db, a.id, meta.id)).toBe(true);
    expect(await listRelatednessMatrices(db, a.id)).toEqual([]);
  });
});

it('statistics settings are kept on the project', async () => {
  const project = await newProject('Settings');
  await updateStatisticsSettings(db, project.id, {
    focusRegion: '35',
    year: 2011,
    focusClusters: ['metal'],
  });
  expect((await findProjectBySlug(db, project.slug))?.statisticsSettings).toEqual({
    focusRegion: '35',
    year: 2011,
    focusClusters: ['metal'],
  });
});
