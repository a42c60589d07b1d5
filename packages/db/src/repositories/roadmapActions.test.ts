// The action plan on PGlite and PostgreSQL: actions with their indicators, references checked in
// the transaction, the indicator rules of an edit (kept, created, deleted; values protect them).

import {
  actionInputSchema,
  assembleRoadmapItems,
  organisationInputSchema,
  projectInputSchema,
  type ActionInputRaw,
} from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { indicatorValues } from '../schema/index';
import { insertOrganisations } from './organisations';
import { countIndicatorValues } from './roadmapIndicators';
import { createProject } from './projects';
import {
  deleteRoadmapAction,
  insertRoadmapAction,
  listActionIndicators,
  listRoadmapActions,
  updateRoadmapAction,
  type SaveActionOutcome,
} from './roadmapActions';
import { mergeRoadmapItems, removeRoadmapItem } from './roadmapItems';

let database: Database;
let db: Db;
let projectId: string;
let ownerId: string;
let strangerOrganisation: string;
const now = new Date('2026-11-26T10:00:00Z');

const indicator = (fields: Record<string, unknown> = {}) => ({
  name: 'Ortak projeye katılan firma',
  unit: 'firms',
  baseline: 2,
  baselineOn: '2026-12-01',
  target: 12,
  dueOn: '2028-12-01',
  ...fields,
});

const input = (fields: Partial<ActionInputRaw> = {}) =>
  actionInputSchema.parse({
    title: 'Ortak test laboratuvarı',
    layer: 'resources',
    itemKeys: ['factor:w2:a'],
    startOn: '2027-01-01',
    endOn: '2027-12-31',
    ...fields,
  });

/** The saved action's id, failing the test when the save was refused. */
function saved(outcome: SaveActionOutcome): string {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome.action.id;
}

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  projectId = (await createProject(db, projectInputSchema.parse({ name: 'Plan' }), null)).id;
  const other = (await createProject(db, projectInputSchema.parse({ name: 'Other' }), null)).id;
  const organisation = async (name: string, project: string) => {
    const [row] = await insertOrganisations(db, project, [
      { organisation: organisationInputSchema.parse({ name, type: 'firm' }), contacts: [] },
    ]);
    return row?.id ?? '';
  };
  ownerId = await organisation('Ege Döküm', projectId);
  strangerOrganisation = await organisation('Başka Firma', other);
  await mergeRoadmapItems(
    db,
    projectId,
    assembleRoadmapItems({
      factors: {
        workshopId: 'w2',
        title: 'KBF',
        closedAt: '2026-04-02T09:00:00Z',
        items: [
          { id: 'a', text: 'A', weight: 0.6, performance: 2, quadrant: null },
          { id: 'b', text: 'B', weight: 0.4, performance: 4, quadrant: null },
        ],
      },
    }),
    now,
  );
});
afterAll(() => database.close());

describe('roadmap actions', () => {
  it('stores an action after the others with its indicators in order', async () => {
    const first = saved(await insertRoadmapAction(db, projectId, input(), null, now));
    const second = saved(
      await insertRoadmapAction(
        db,
        projectId,
        input({
          title: 'Eğitim programı',
          ownerOrganisationId: ownerId,
          indicators: [indicator(), indicator({ name: 'Eğitilen kişi', unit: 'people' })],
        }),
        null,
        now,
      ),
    );
    const actions = await listRoadmapActions(db, projectId);
    expect(actions.map((a) => a.id).slice(0, 2)).toEqual([first, second]);
    expect(actions[1]).toMatchObject({ ownerOrganisationId: ownerId, itemKeys: ['factor:w2:a'] });
    const indicators = await listActionIndicators(db, second);
    expect(indicators.map((i) => [i.name, i.position, i.baselineOn])).toEqual([
      ['Ortak projeye katılan firma', 0, '2026-12-01'],
      ['Eğitilen kişi', 1, '2026-12-01'],
    ]);
  });

  it('refuses item keys the roadmap lacks or dismissed, and organisations of another project', async () => {
    await mergeRoadmapItems(
      db,
      projectId,
      assembleRoadmapItems({
        factors: {
          workshopId: 'w2',
          title: 'KBF',
          closedAt: '2026-04-02T09:00:00Z',
          items: [
            { id: 'a', text: 'A', weight: 0.5, performance: 2, quadrant: null },
            { id: 'b', text: 'B', weight: 0.3, performance: 4, quadrant: null },
            { id: 'c', text: 'C', weight: 0.2, performance: 4, quadrant: null },
          ],
        },
      }),
      now,
    );
    await removeRoadmapItem(db, projectId, 'factor:w2:c');
    const before = (await listRoadmapActions(db, projectId)).length;
    const outcome = await insertRoadmapAction(
      db,
      projectId,
      input({
        itemKeys: ['factor:w2:a', 'gap:empty_stage:x', 'factor:w2:c'],
        ownerOrganisationId: strangerOrganisation,
        partnerOrganisationIds: [ownerId, '0b6f8e0e-0000-4000-8000-00000000000f'],
      }),
      null,
      now,
    );
    expect(outcome).toEqual({
      ok: false,
      reason: 'invalid',
      issues: [
        { path: 'itemKeys.1', message: 'no roadmap item has the key gap:empty_stage:x' },
        {
          path: 'itemKeys.2',
          message: 'the item factor:w2:c was deleted from the roadmap; restore it first',
        },
        {
          path: 'ownerOrganisationId',
          message: `no organisation of the project has the id ${strangerOrganisation}`,
        },
        {
          path: 'partnerOrganisationIds.1',
          message: 'no organisation of the project has the id 0b6f8e0e-0000-4000-8000-00000000000f',
        },
      ],
    });
    expect(await listRoadmapActions(db, projectId)).toHaveLength(before);
  });

  it('keeps indicators by id, creates those without and deletes the missing ones', async () => {
    const id = saved(
      await insertRoadmapAction(
        db,
        projectId,
        input({ indicators: [indicator({ name: 'Kept' }), indicator({ name: 'Dropped' })] }),
        null,
        now,
      ),
    );
    const [kept] = await listActionIndicators(db, id);
    saved(
      await updateRoadmapAction(
        db,
        projectId,
        id,
        input({
          title: 'Renamed',
          status: 'in_progress',
          indicators: [indicator({ name: 'New' }), indicator({ id: kept?.id, name: 'Kept too' })],
        }),
        now,
      ),
    );
    const after = await listActionIndicators(db, id);
    expect(after.map((i) => [i.name, i.position])).toEqual([
      ['New', 0],
      ['Kept too', 1],
    ]);
    expect(after[1]?.id).toBe(kept?.id);
    const [action] = (await listRoadmapActions(db, projectId)).filter((a) => a.id === id);
    expect(action).toMatchObject({ title: 'Renamed', status: 'in_progress' });
  });

  it('refuses to delete an indicator with values, or change its unit, and writes nothing', async () => {
    const id = saved(
      await insertRoadmapAction(
        db,
        projectId,
        input({ indicators: [indicator({ name: 'Measured' })] }),
        null,
        now,
      ),
    );
    const [measured] = await listActionIndicators(db, id);
    const indicatorId = measured?.id ?? '';
    for (const value of [3, 4, 5])
      await db.insert(indicatorValues).values({
        projectId,
        indicatorId,
        measuredOn: `2027-0${value}-01`,
        value,
        unit: 'firms',
      });

    const dropped = await updateRoadmapAction(db, projectId, id, input({ title: 'X' }), now);
    expect(dropped).toEqual({
      ok: false,
      reason: 'indicator_has_values',
      indicator: { id: indicatorId, name: 'Measured' },
      values: 3,
    });
    const retyped = await updateRoadmapAction(
      db,
      projectId,
      id,
      input({ title: 'X', indicators: [indicator({ id: indicatorId, unit: '%' })] }),
      now,
    );
    expect(retyped).toEqual({
      ok: false,
      reason: 'invalid',
      issues: [
        {
          path: 'indicators.0.unit',
          message:
            'the indicator "Measured" has 3 recorded values in firms; its unit cannot change',
        },
      ],
    });
    const [action] = (await listRoadmapActions(db, projectId)).filter((a) => a.id === id);
    expect(action?.title).toBe('Ortak test laboratuvarı');
    expect(await listActionIndicators(db, id)).toEqual([measured]);
    // The same unit spelled otherwise is no change.
    saved(
      await updateRoadmapAction(
        db,
        projectId,
        id,
        input({ indicators: [indicator({ id: indicatorId, name: 'Measured', unit: 'Firms' })] }),
        now,
      ),
    );
  });

  it('refuses an indicator id of another action', async () => {
    const other = saved(
      await insertRoadmapAction(db, projectId, input({ indicators: [indicator()] }), null, now),
    );
    const [foreign] = await listActionIndicators(db, other);
    const id = saved(await insertRoadmapAction(db, projectId, input(), null, now));
    const outcome = await updateRoadmapAction(
      db,
      projectId,
      id,
      input({ indicators: [indicator({ id: foreign?.id })] }),
      now,
    );
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'invalid',
      issues: [{ path: 'indicators.0.id' }],
    });
    expect(await listActionIndicators(db, other)).toHaveLength(1);
  });

  it('deletes an action with its indicators and values, saying how many', async () => {
    const id = saved(
      await insertRoadmapAction(
        db,
        projectId,
        input({ indicators: [indicator(), indicator({ name: 'Second' })] }),
        null,
        now,
      ),
    );
    const [first] = await listActionIndicators(db, id);
    await db.insert(indicatorValues).values({
      projectId,
      indicatorId: first?.id ?? '',
      measuredOn: '2027-02-01',
      value: 4,
      unit: 'firms',
    });
    expect(await deleteRoadmapAction(db, projectId, id)).toEqual({ indicators: 2, values: 1 });
    expect(await listActionIndicators(db, id)).toEqual([]);
    expect(await countIndicatorValues(db, [first?.id ?? ''])).toEqual(new Map());
    expect(await deleteRoadmapAction(db, projectId, id)).toBeUndefined();
  });

  it('never loses a link when an item is removed while an action linking it is saved', async () => {
    for (let round = 0; round < 5; round += 1) {
      const project = (
        await createProject(db, projectInputSchema.parse({ name: `Race ${round}` }), null)
      ).id;
      await mergeRoadmapItems(
        db,
        project,
        assembleRoadmapItems({
          factors: {
            workshopId: 'w9',
            title: 'KBF',
            closedAt: '2026-04-02T09:00:00Z',
            items: [{ id: 'a', text: 'A', weight: 1, performance: 2, quadrant: null }],
          },
        }),
        now,
      );
      const [removed, linked] = await Promise.all([
        removeRoadmapItem(db, project, 'factor:w9:a'),
        insertRoadmapAction(db, project, input({ itemKeys: ['factor:w9:a'] }), null, now),
      ]);
      // Exactly one wins: the item is dismissed and the action refused, or the reverse.
      expect(removed.ok).toBe(!linked.ok);
      if (linked.ok) expect(removed).toMatchObject({ reason: 'linked' });
      else expect(linked).toMatchObject({ reason: 'invalid', issues: [{ path: 'itemKeys.0' }] });
    }
  });

  it('answers not_found for an action of another project', async () => {
    const id = saved(await insertRoadmapAction(db, projectId, input(), null, now));
    const other = (await createProject(db, projectInputSchema.parse({ name: 'Third' }), null)).id;
    expect(await updateRoadmapAction(db, other, id, input(), now)).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(await deleteRoadmapAction(db, other, id)).toBeUndefined();
  });
});
