// Imported map shapes (geographies), on PGlite and PostgreSQL: the gzipped shapes come back byte
// for byte, lists leave them out, and each geography stays inside its project.

import { gunzipSync, gzipSync } from 'node:zlib';
import { projectInputSchema } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import {
  deleteGeography,
  insertGeography,
  listGeographies,
  loadGeographyShapes,
} from './geographies';
import { createProject, deleteProject } from './projects';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const newProject = (name: string) => createProject(db, projectInputSchema.parse({ name }), null);

/** About 2 MB of GeoJSON-like text, 1,000 regions: large enough to span many pages. */
function bigShapes() {
  const features = Array.from({ length: 1000 }, (_, i) => ({
    type: 'Feature',
    id: `R${i}`,
    properties: { name: `Bölge ${i}` },
    geometry: {
      type: 'Polygon',
      coordinates: [Array.from({ length: 100 }, (_, j) => [i / 10 + j / 1000, j / 1000])],
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

const input = (shapes: string, name = 'NUTS 2') => ({
  name,
  fileName: 'nuts2.geojson',
  idProperty: 'NUTS_ID',
  nameProperty: 'NUTS_NAME',
  regions: [
    { id: 'TR31', name: 'İzmir' },
    { id: 'TR32', name: null },
  ],
  shapes: gzipSync(shapes),
  createdBy: null,
});

describe('geographies', () => {
  it('give back their gzipped shapes byte for byte, and their regions in order', async () => {
    const project = await newProject('Maps');
    const text = bigShapes();
    const meta = await insertGeography(db, project.id, input(text));
    expect(meta).toMatchObject({
      name: 'NUTS 2',
      idProperty: 'NUTS_ID',
      nameProperty: 'NUTS_NAME',
      featureCount: 2,
      regions: [
        { id: 'TR31', name: 'İzmir' },
        { id: 'TR32', name: null },
      ],
    });
    const loaded = await loadGeographyShapes(db, project.id, meta.id);
    expect(gunzipSync(loaded!.shapes).toString('utf8')).toBe(text);
    expect(loaded!.createdAt).toEqual(meta.createdAt);
  });

  it('list newest first, without the shapes', async () => {
    const project = await newProject('Maps list');
    const first = await insertGeography(db, project.id, input('{}', 'First'));
    const second = await insertGeography(db, project.id, input('{}', 'Second'));
    const listed = await listGeographies(db, project.id);
    expect(listed.map((g) => g.id).sort()).toEqual([first.id, second.id].sort());
    expect(listed[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(listed[1]!.createdAt.getTime());
    expect(listed[0]).not.toHaveProperty('shapes');
  });

  it('stay inside their project', async () => {
    const a = await newProject('Maps A');
    const b = await newProject('Maps B');
    const meta = await insertGeography(db, a.id, input('{}'));
    expect(await listGeographies(db, b.id)).toEqual([]);
    expect(await loadGeographyShapes(db, b.id, meta.id)).toBeUndefined();
    expect(await deleteGeography(db, b.id, meta.id)).toBe(false);
    expect(await deleteGeography(db, a.id, meta.id)).toBe(true);
    expect(await deleteGeography(db, a.id, meta.id)).toBe(false);
    expect(await listGeographies(db, a.id)).toEqual([]);
  });

  it('go with their project when it is deleted', async () => {
    const project = await newProject('Maps deleted');
    const meta = await insertGeography(db, project.id, input('{}'));
    await deleteProject(db, project.id);
    expect(await loadGeographyShapes(db, project.id, meta.id)).toBeUndefined();
  });
});
