// Input-output tables: stored with their cells, listed without them, kept to their project,
// deleted with it; the project's IO settings saved and cleared.

import { projectInputSchema } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import {
  deleteIoTable,
  findIoTable,
  insertIoTable,
  listIoTables,
  updateIoSettings,
} from './ioTables';
import { createProject, deleteProject, findProjectBySlug } from './projects';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const newProject = (name: string) => createProject(db, projectInputSchema.parse({ name }), null);
const table = {
  name: 'BEA 1997',
  fileName: 'IODirectRequirements.txt',
  layout: 'bea',
  suppliers: ['331B', 'V001'],
  industries: ['3315'],
  cells: [
    ['331B', '3315', 0.1188],
    ['V001', '3315', 0.33639],
  ] as [string, string, number][],
  names: { '3315': 'Foundaries' },
  createdBy: null,
};

describe('io tables', () => {
  it('stores a table with its cells and lists it without them, in its project only', async () => {
    const project = await newProject('IO one');
    const other = await newProject('IO two');
    const meta = await insertIoTable(db, project.id, table);
    expect(meta).toMatchObject({ name: 'BEA 1997', layout: 'bea', cellCount: 2 });
    expect(meta).not.toHaveProperty('cells');
    expect((await listIoTables(db, project.id)).map((t) => t.id)).toEqual([meta.id]);
    expect(await listIoTables(db, other.id)).toEqual([]);
    expect((await findIoTable(db, project.id, meta.id))?.cells).toEqual(table.cells);
    expect(await findIoTable(db, other.id, meta.id)).toBeUndefined();
    expect(await deleteIoTable(db, other.id, meta.id)).toBe(false);
    expect(await deleteIoTable(db, project.id, meta.id)).toBe(true);
    expect(await listIoTables(db, project.id)).toEqual([]);
  });

  it('saves and clears the project IO settings', async () => {
    const project = await newProject('IO settings');
    const settings = { ioTableId: crypto.randomUUID(), clusterIndustries: ['3315'] };
    await updateIoSettings(db, project.id, settings);
    expect((await findProjectBySlug(db, project.slug))?.ioSettings).toEqual(settings);
    await updateIoSettings(db, project.id, null);
    expect((await findProjectBySlug(db, project.slug))?.ioSettings).toBeNull();
  });

  it('deletes the tables with their project', async () => {
    const project = await newProject('IO gone');
    const meta = await insertIoTable(db, project.id, table);
    await deleteProject(db, project.id);
    expect(await findIoTable(db, project.id, meta.id)).toBeUndefined();
  });
});
