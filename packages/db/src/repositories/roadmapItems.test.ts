// The roadmap's items on PGlite and PostgreSQL: merging an assembly (added, refreshed, gone, kept
// dismissed, positions), manual items, dismissing and restoring, refusing while actions link.

import {
  actionInputSchema,
  assembleRoadmapItems,
  manualItemInputSchema,
  manualRoadmapItem,
  projectInputSchema,
  type IsoDate,
  type RoadmapSources,
} from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { createProject, findProjectBySlug } from './projects';
import { insertRoadmapAction } from './roadmapActions';
import {
  findRoadmapItem,
  insertManualItem,
  listRoadmapItems,
  mergeRoadmapItems,
  removeRoadmapItem,
  restoreRoadmapItem,
  roadmapAssembledAt,
  setRoadmapSettings,
} from './roadmapItems';

let database: Database;
let db: Db;
const now = new Date('2026-11-26T10:00:00Z');
const later = new Date('2026-12-01T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const newProject = async (name: string) =>
  (await createProject(db, projectInputSchema.parse({ name }), null)).id;

const factor = (id: string, text: string, weight: number | null) => ({
  id,
  text,
  weight,
  performance: 3,
  quadrant: null,
});

/** Success factors of workshop w2, as assembled. */
function assembled(factors: ReturnType<typeof factor>[]) {
  const sources: RoadmapSources = {
    factors: { workshopId: 'w2', title: 'KBF', closedAt: '2026-04-02T09:00:00Z', items: factors },
  };
  return assembleRoadmapItems(sources);
}

const manual = (id: string, title: string) =>
  manualRoadmapItem(
    id,
    manualItemInputSchema.parse({ kind: 'investment_need', title }),
    '2026-11-26' as IsoDate,
  );

const action = (itemKeys: string[]) =>
  actionInputSchema.parse({
    title: 'Ortak laboratuvar',
    layer: 'resources',
    itemKeys,
    startOn: '2027-01-01',
    endOn: '2027-12-31',
  });

describe('roadmap items', () => {
  it('adds the assembled items in assembly order, each present and not dismissed', async () => {
    const projectId = await newProject('Assembled');
    const merged = await mergeRoadmapItems(
      db,
      projectId,
      assembled([factor('a', 'Nitelikli işgücü', 0.3), factor('b', 'Lojistik', 0.7)]),
      now,
    );
    expect(merged.added).toEqual(['factor:w2:b', 'factor:w2:a']);
    const rows = await listRoadmapItems(db, projectId);
    expect(rows.map((row) => [row.key, row.position, row.sourceState, row.dismissed])).toEqual([
      ['factor:w2:b', 0, 'present', false],
      ['factor:w2:a', 1, 'present', false],
    ]);
    expect(rows[0]?.title).toEqual({ tr: 'Lojistik', en: 'Lojistik' });
    expect(await roadmapAssembledAt(db, projectId)).toEqual(now);
  });

  it('refreshes changed items, marks vanished ones gone and keeps a dismissed item dismissed', async () => {
    const projectId = await newProject('Merged again');
    await mergeRoadmapItems(
      db,
      projectId,
      assembled([factor('a', 'A', 0.5), factor('b', 'B', 0.3), factor('c', 'C', 0.2)]),
      now,
    );
    expect(await removeRoadmapItem(db, projectId, 'factor:w2:b')).toEqual({
      ok: true,
      removed: 'dismissed',
    });
    const merged = await mergeRoadmapItems(
      db,
      projectId,
      assembled([factor('a', 'A renamed', 0.5), factor('b', 'B', 0.3), factor('d', 'D', 0.2)]),
      later,
    );
    expect(merged).toMatchObject({
      added: ['factor:w2:d'],
      updated: ['factor:w2:a'],
      gone: ['factor:w2:c'],
    });
    const rows = await listRoadmapItems(db, projectId);
    expect(rows.map((row) => [row.key, row.sourceState, row.dismissed])).toEqual([
      ['factor:w2:a', 'present', false],
      ['factor:w2:b', 'present', true],
      ['factor:w2:d', 'present', false],
      ['factor:w2:c', 'gone', false],
    ]);
    expect(rows[0]?.title.en).toBe('A renamed');
    expect(await roadmapAssembledAt(db, projectId)).toEqual(later);
  });

  it('keeps manual items through an assembly, after the assembled ones', async () => {
    const projectId = await newProject('Manual');
    const typed = await insertManualItem(
      db,
      projectId,
      manual('8a5b0c1e-0000-4000-8000-000000000001', 'Yeni fuar'),
      now,
    );
    expect(typed).toMatchObject({
      key: 'manual:8a5b0c1e-0000-4000-8000-000000000001',
      position: 0,
    });
    expect(await roadmapAssembledAt(db, projectId)).toBeUndefined();
    await mergeRoadmapItems(db, projectId, assembled([factor('a', 'A', 1)]), later);
    const rows = await listRoadmapItems(db, projectId);
    expect(rows.map((row) => [row.key, row.position])).toEqual([
      ['factor:w2:a', 0],
      ['manual:8a5b0c1e-0000-4000-8000-000000000001', 1],
    ]);
    expect(rows[1]?.updatedAt).toEqual(now);
  });

  it('deletes a manual item and dismisses an assembled one; a dismissed item is restored', async () => {
    const projectId = await newProject('Removed');
    await mergeRoadmapItems(db, projectId, assembled([factor('a', 'A', 1)]), now);
    const key = 'manual:8a5b0c1e-0000-4000-8000-000000000002';
    await insertManualItem(db, projectId, manual(key.slice(7), 'Yeni fuar'), now);
    expect(await removeRoadmapItem(db, projectId, key)).toEqual({ ok: true, removed: 'deleted' });
    expect(await findRoadmapItem(db, projectId, key)).toBeUndefined();
    expect(await removeRoadmapItem(db, projectId, 'factor:w2:a')).toEqual({
      ok: true,
      removed: 'dismissed',
    });
    expect(await removeRoadmapItem(db, projectId, 'factor:w2:a')).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect((await restoreRoadmapItem(db, projectId, 'factor:w2:a'))?.dismissed).toBe(false);
    expect(await restoreRoadmapItem(db, projectId, 'factor:w2:none')).toBeUndefined();
  });

  it('refuses to remove an item an action links, naming the actions, and changes nothing', async () => {
    const projectId = await newProject('Linked');
    await mergeRoadmapItems(db, projectId, assembled([factor('a', 'A', 1)]), now);
    const saved = await insertRoadmapAction(db, projectId, action(['factor:w2:a']), null, now);
    if (!saved.ok) throw new Error('the action was not saved');
    expect(await removeRoadmapItem(db, projectId, 'factor:w2:a')).toEqual({
      ok: false,
      reason: 'linked',
      actions: [{ id: saved.action.id, title: 'Ortak laboratuvar' }],
    });
    expect((await findRoadmapItem(db, projectId, 'factor:w2:a'))?.dismissed).toBe(false);
  });

  it('does not touch another project’s item with the same key', async () => {
    const mine = await newProject('Mine');
    const theirs = await newProject('Theirs');
    await mergeRoadmapItems(db, mine, assembled([factor('a', 'A', 1)]), now);
    await mergeRoadmapItems(db, theirs, assembled([factor('a', 'A', 1)]), now);
    await removeRoadmapItem(db, mine, 'factor:w2:a');
    expect((await findRoadmapItem(db, theirs, 'factor:w2:a'))?.dismissed).toBe(false);
  });

  it('stores the roadmap settings on the project, and null again', async () => {
    const project = await createProject(db, projectInputSchema.parse({ name: 'Settings' }), null);
    const settings = {
      startsOn: '2027-01-01' as IsoDate,
      coverage: { minFactorWeight: 0.1, largeGapScore: 0.5 },
    };
    await setRoadmapSettings(db, project.id, settings, now);
    expect((await findProjectBySlug(db, project.slug))?.roadmapSettings).toEqual(settings);
    await setRoadmapSettings(db, project.id, null, now);
    expect((await findProjectBySlug(db, project.slug))?.roadmapSettings).toBeNull();
  });
});
