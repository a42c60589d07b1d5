// Repository contract for the roadmap's indicators and values: roadmap-level indicators created,
// edited (the unit kept once values exist) and deleted (values only when asked), presets added
// once per code, values recorded in the indicator's unit and listed oldest first, every indicator
// listed with its action's title; nothing reaches another project's. Runs on PGlite and PostgreSQL.

import { projectInputSchema, type IsoDate } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { roadmapActions, roadmapIndicators } from '../schema/index';
import { createProject } from './projects';
import {
  countIndicatorValues,
  deleteIndicator,
  deleteIndicatorValue,
  findProjectIndicator,
  insertIndicatorValue,
  insertPresetIndicators,
  insertRoadmapIndicator,
  listIndicatorValues,
  listProjectIndicators,
  updateIndicator,
  type IndicatorContent,
} from './roadmapIndicators';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const now = new Date('2026-11-26T10:00:00Z');
const day = (text: string) => text as IsoDate;

function content(name: string, extra: Partial<IndicatorContent> = {}): IndicatorContent {
  return {
    name,
    unit: 'firms',
    baseline: 10,
    baselineOn: day('2026-01-01'),
    target: 30,
    dueOn: day('2028-12-31'),
    presetCode: null,
    ...extra,
  };
}

let made = 0;
async function project() {
  made += 1;
  return createProject(db, projectInputSchema.parse({ name: `Gösterge ${made}` }), null);
}

const value = (on: string, amount: number, unit = 'firms') => ({
  on,
  value: amount,
  unit,
  note: '',
});

describe('roadmap indicators', () => {
  it('lists the actions’ indicators first, in the actions’ order, with their titles, then the roadmap’s', async () => {
    const { id: projectId } = await project();
    const roadmapLevel = await insertRoadmapIndicator(db, projectId, content('Active firms'));
    const [second, first] = await db
      .insert(roadmapActions)
      .values([
        {
          projectId,
          title: 'Second action',
          layer: 'market',
          startOn: '2027-01-01',
          endOn: '2027-06-30',
          position: 1,
        },
        {
          projectId,
          title: 'First action',
          layer: 'market',
          startOn: '2027-01-01',
          endOn: '2027-06-30',
          position: 0,
        },
      ])
      .returning();
    await db.insert(roadmapIndicators).values([
      { projectId, actionId: second!.id, ...content('Of the second') },
      { projectId, actionId: first!.id, ...content('Of the first') },
    ]);
    const listed = await listProjectIndicators(db, projectId);
    expect(listed.map((i) => [i.indicator.name, i.actionTitle])).toEqual([
      ['Of the first', 'First action'],
      ['Of the second', 'Second action'],
      ['Active firms', null],
    ]);
    expect(roadmapLevel.actionId).toBeNull();
    const other = await project();
    expect(await listProjectIndicators(db, other.id)).toEqual([]);
    expect(await findProjectIndicator(db, other.id, roadmapLevel.id)).toBeUndefined();
  });

  it('adds each preset code once: a second call skips the codes the roadmap already has', async () => {
    const { id: projectId } = await project();
    const presets = [
      content('Active firms', { presetCode: 'kdp_active_firms' }),
      content('New products', { presetCode: 'kdp_new_products' }),
    ];
    const added = await insertPresetIndicators(db, projectId, presets);
    expect(added.map((i) => i.presetCode)).toEqual(['kdp_active_firms', 'kdp_new_products']);
    expect(added.map((i) => i.position)).toEqual([0, 1]);
    const again = await insertPresetIndicators(db, projectId, [
      ...presets,
      content('Shared facilities', { presetCode: 'kdp_shared_facilities' }),
    ]);
    expect(again.map((i) => i.presetCode)).toEqual(['kdp_shared_facilities']);
    expect(await listProjectIndicators(db, projectId)).toHaveLength(3);
  });

  it('adds a preset once when two requests race', async () => {
    const { id: projectId } = await project();
    const preset = [content('Active firms', { presetCode: 'kdp_active_firms' })];
    const [one, two] = await Promise.all([
      insertPresetIndicators(db, projectId, preset),
      insertPresetIndicators(db, projectId, preset),
    ]);
    expect((one?.length ?? 0) + (two?.length ?? 0)).toBe(1);
    expect(await listProjectIndicators(db, projectId)).toHaveLength(1);
  });

  it('records values in the indicator’s unit, spelled any way, and lists them oldest first', async () => {
    const { id: projectId } = await project();
    const indicator = await insertRoadmapIndicator(db, projectId, content('Share', { unit: '%' }));
    const later = await insertIndicatorValue(
      db,
      projectId,
      indicator.id,
      value('2027-06-30', 40, 'yüzde'),
      null,
      now,
    );
    const earlier = await insertIndicatorValue(
      db,
      projectId,
      indicator.id,
      value('2027-01-31', 20, 'percent'),
      null,
      now,
    );
    expect([later.kind, earlier.kind]).toEqual(['done', 'done']);
    const values = await listIndicatorValues(db, projectId);
    expect(values.map((v) => [v.measuredOn, v.value, v.unit])).toEqual([
      ['2027-01-31', 20, 'percent'],
      ['2027-06-30', 40, 'yüzde'],
    ]);
    expect((await countIndicatorValues(db, [indicator.id])).get(indicator.id)).toBe(2);
  });

  it('refuses a value in another unit and stores nothing', async () => {
    const { id: projectId } = await project();
    const indicator = await insertRoadmapIndicator(db, projectId, content('Firms'));
    const outcome = await insertIndicatorValue(
      db,
      projectId,
      indicator.id,
      value('2027-01-31', 5, '%'),
      null,
      now,
    );
    expect(outcome.kind).toBe('wrong_unit');
    expect(await listIndicatorValues(db, projectId)).toEqual([]);
    const elsewhere = await project();
    const missing = await insertIndicatorValue(
      db,
      elsewhere.id,
      indicator.id,
      value('2027-01-31', 5),
      null,
      now,
    );
    expect(missing.kind).toBe('not_found');
  });

  it('edits an indicator but keeps the unit of one with values (another spelling is fine)', async () => {
    const { id: projectId } = await project();
    const indicator = await insertRoadmapIndicator(db, projectId, content('Share', { unit: '%' }));
    await insertIndicatorValue(
      db,
      projectId,
      indicator.id,
      value('2027-01-31', 20, '%'),
      null,
      now,
    );
    const refused = await updateIndicator(
      db,
      projectId,
      indicator.id,
      content('Share', { unit: 'firms' }),
    );
    expect(refused).toEqual({ kind: 'unit_has_values', values: 1 });
    const renamed = await updateIndicator(
      db,
      projectId,
      indicator.id,
      content('Renamed', { unit: 'Percent', target: 50 }),
    );
    expect(renamed.kind === 'done' && renamed.indicator).toMatchObject({
      name: 'Renamed',
      unit: 'Percent',
      target: 50,
    });
    const empty = await insertRoadmapIndicator(db, projectId, content('Empty'));
    const changed = await updateIndicator(
      db,
      projectId,
      empty.id,
      content('Empty', { unit: 'TRY' }),
    );
    expect(changed.kind === 'done' && changed.indicator?.unit).toBe('TRY');
  });

  it('deletes an indicator with values only when asked, taking the values with it', async () => {
    const { id: projectId } = await project();
    const indicator = await insertRoadmapIndicator(db, projectId, content('Firms'));
    await insertIndicatorValue(db, projectId, indicator.id, value('2027-01-31', 12), null, now);
    expect(await deleteIndicator(db, projectId, indicator.id, false)).toEqual({
      kind: 'has_values',
      values: 1,
    });
    expect(await findProjectIndicator(db, projectId, indicator.id)).toBeDefined();
    expect((await deleteIndicator(db, projectId, indicator.id, true)).kind).toBe('done');
    expect(await findProjectIndicator(db, projectId, indicator.id)).toBeUndefined();
    expect(await listIndicatorValues(db, projectId)).toEqual([]);
    expect((await deleteIndicator(db, projectId, indicator.id, true)).kind).toBe('not_found');
  });

  it('deletes one value of an indicator of the project, no other', async () => {
    const { id: projectId } = await project();
    const indicator = await insertRoadmapIndicator(db, projectId, content('Firms'));
    const kept = await insertIndicatorValue(
      db,
      projectId,
      indicator.id,
      value('2027-01-31', 12),
      null,
      now,
    );
    const gone = await insertIndicatorValue(
      db,
      projectId,
      indicator.id,
      value('2027-02-28', 14),
      null,
      now,
    );
    if (kept.kind !== 'done' || gone.kind !== 'done') throw new Error('values not recorded');
    const other = await project();
    expect(await deleteIndicatorValue(db, other.id, indicator.id, gone.value.id)).toBe(false);
    expect(await deleteIndicatorValue(db, projectId, indicator.id, gone.value.id)).toBe(true);
    expect((await listIndicatorValues(db, projectId)).map((v) => v.id)).toEqual([kept.value.id]);
    expect(await listIndicatorValues(db, projectId, [])).toEqual([]);
  });
});
