// The roadmap's indicators and their measured values: every indicator of a project with its
// action's title, the roadmap-level indicators (created, edited, deleted here; an action's are
// written with the action), the programme presets added once, and values recorded and deleted.

import { and, asc, count, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { sameUnit, type IndicatorInput } from '@kume/core';
import type { Db } from '../database';
import { indicatorValues, roadmapActions, roadmapIndicators } from '../schema/index';

export type IndicatorRow = typeof roadmapIndicators.$inferSelect;
export type IndicatorValueRow = typeof indicatorValues.$inferSelect;

/** An indicator's content as written: core IndicatorInput without the id. */
export type IndicatorContent = Omit<IndicatorInput, 'id'>;

/** An indicator of the project with the title of its action (null for the roadmap's own). */
export interface ProjectIndicator {
  indicator: IndicatorRow;
  actionTitle: string | null;
}

/**
 * Serialises the writes of a project's roadmap-level indicators until the transaction ends, so
 * that two preset requests at once add each programme indicator once.
 */
async function lockRoadmapIndicators(tx: Db, projectId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`indicators:${projectId}`}))`);
}

const columnsOf = (content: IndicatorContent) => ({
  name: content.name,
  unit: content.unit,
  baseline: content.baseline,
  baselineOn: content.baselineOn,
  target: content.target,
  dueOn: content.dueOn,
  presetCode: content.presetCode,
});

/**
 * Every indicator of the project: the actions' first (in the actions' order, each action's in
 * its own order), then the roadmap's in the order they were added.
 */
export async function listProjectIndicators(
  db: Db,
  projectId: string,
): Promise<ProjectIndicator[]> {
  return db
    .select({ indicator: roadmapIndicators, actionTitle: roadmapActions.title })
    .from(roadmapIndicators)
    .leftJoin(roadmapActions, eq(roadmapActions.id, roadmapIndicators.actionId))
    .where(eq(roadmapIndicators.projectId, projectId))
    .orderBy(
      sql`${roadmapIndicators.actionId} is null`,
      asc(roadmapActions.position),
      asc(roadmapActions.createdAt),
      asc(roadmapActions.id),
      asc(roadmapIndicators.position),
      asc(roadmapIndicators.createdAt),
      asc(roadmapIndicators.id),
    );
}

/** An indicator of the project with its action's title, or undefined (unknown, another project's). */
export async function findProjectIndicator(
  db: Db,
  projectId: string,
  id: string,
): Promise<ProjectIndicator | undefined> {
  const [row] = await db
    .select({ indicator: roadmapIndicators, actionTitle: roadmapActions.title })
    .from(roadmapIndicators)
    .leftJoin(roadmapActions, eq(roadmapActions.id, roadmapIndicators.actionId))
    .where(and(eq(roadmapIndicators.projectId, projectId), eq(roadmapIndicators.id, id)));
  return row;
}

async function nextRoadmapPosition(tx: Db, projectId: string): Promise<number> {
  const [row] = await tx
    .select({ last: max(roadmapIndicators.position) })
    .from(roadmapIndicators)
    .where(and(eq(roadmapIndicators.projectId, projectId), isNull(roadmapIndicators.actionId)));
  return (row?.last ?? -1) + 1;
}

/** Adds an indicator of the whole roadmap (no action), after the roadmap's others. */
export async function insertRoadmapIndicator(
  db: Db,
  projectId: string,
  content: IndicatorContent,
): Promise<IndicatorRow> {
  return db.transaction(async (tx) => {
    await lockRoadmapIndicators(tx, projectId);
    const position = await nextRoadmapPosition(tx, projectId);
    const [row] = await tx
      .insert(roadmapIndicators)
      .values({ projectId, actionId: null, position, ...columnsOf(content) })
      .returning();
    return row as IndicatorRow;
  });
}

/**
 * Adds roadmap-level indicators made from presets, in the order given, skipping those whose
 * preset code a roadmap-level indicator of the project already has (an action's indicator with
 * the code does not count). Answers the indicators added.
 */
export async function insertPresetIndicators(
  db: Db,
  projectId: string,
  contents: readonly IndicatorContent[],
): Promise<IndicatorRow[]> {
  return db.transaction(async (tx) => {
    await lockRoadmapIndicators(tx, projectId);
    const used = new Set(
      (
        await tx
          .select({ code: roadmapIndicators.presetCode })
          .from(roadmapIndicators)
          .where(
            and(eq(roadmapIndicators.projectId, projectId), isNull(roadmapIndicators.actionId)),
          )
      ).map((row) => row.code),
    );
    const fresh: IndicatorContent[] = [];
    for (const content of contents) {
      // Without a code there is nothing to match on: always added.
      if (content.presetCode !== null && used.has(content.presetCode)) continue;
      if (content.presetCode !== null) used.add(content.presetCode);
      fresh.push(content);
    }
    if (fresh.length === 0) return [];
    const first = await nextRoadmapPosition(tx, projectId);
    return tx
      .insert(roadmapIndicators)
      .values(
        fresh.map((content, index) => ({
          projectId,
          actionId: null,
          position: first + index,
          ...columnsOf(content),
        })),
      )
      .returning();
  });
}

/** The number of values recorded for each of the indicators (absent: none). */
export async function countIndicatorValues(
  db: Db,
  indicatorIds: readonly string[],
): Promise<Map<string, number>> {
  if (indicatorIds.length === 0) return new Map();
  const rows = await db
    .select({ indicatorId: indicatorValues.indicatorId, values: count() })
    .from(indicatorValues)
    .where(inArray(indicatorValues.indicatorId, [...indicatorIds]))
    .groupBy(indicatorValues.indicatorId);
  return new Map(rows.map((row) => [row.indicatorId, row.values]));
}

/** What an edit or deletion of an indicator came to. */
export type IndicatorChange =
  | { kind: 'not_found' }
  /** The edit changes the unit of an indicator that has values: nothing changed. */
  | { kind: 'unit_has_values'; values: number }
  /** The deletion would take values with it and was not asked to: nothing changed. */
  | { kind: 'has_values'; values: number }
  | { kind: 'done'; indicator: IndicatorRow | null };

/** The indicator, locked until the transaction ends, or undefined. */
async function lockedIndicator(tx: Db, projectId: string, id: string) {
  const [row] = await tx
    .select()
    .from(roadmapIndicators)
    .where(and(eq(roadmapIndicators.projectId, projectId), eq(roadmapIndicators.id, id)))
    .for('update');
  return row;
}

const valueCount = async (tx: Db, indicatorId: string) =>
  (await countIndicatorValues(tx, [indicatorId])).get(indicatorId) ?? 0;

/**
 * Replaces an indicator's content (an action's or the roadmap's; it stays where it is). A new
 * unit is refused once values are recorded, unless it is the same unit spelled otherwise
 * (core sameUnit: "%" and "percent").
 */
export async function updateIndicator(
  db: Db,
  projectId: string,
  id: string,
  content: IndicatorContent,
): Promise<IndicatorChange> {
  return db.transaction(async (tx) => {
    const current = await lockedIndicator(tx, projectId, id);
    if (!current) return { kind: 'not_found' };
    if (!sameUnit(current.unit, content.unit)) {
      const values = await valueCount(tx, id);
      if (values > 0) return { kind: 'unit_has_values', values };
    }
    const [row] = await tx
      .update(roadmapIndicators)
      .set(columnsOf(content))
      .where(eq(roadmapIndicators.id, id))
      .returning();
    return { kind: 'done', indicator: row ?? null };
  });
}

/** Deletes an indicator; with recorded values only when `withValues` (they go with it). */
export async function deleteIndicator(
  db: Db,
  projectId: string,
  id: string,
  withValues: boolean,
): Promise<IndicatorChange> {
  return db.transaction(async (tx) => {
    const current = await lockedIndicator(tx, projectId, id);
    if (!current) return { kind: 'not_found' };
    const values = await valueCount(tx, id);
    if (values > 0 && !withValues) return { kind: 'has_values', values };
    await tx.delete(roadmapIndicators).where(eq(roadmapIndicators.id, id));
    return { kind: 'done', indicator: null };
  });
}

/** A value as recorded (core IndicatorValueInput without the indicator's id). */
export interface IndicatorValueContent {
  on: string;
  value: number;
  unit: string;
  note: string;
}

/** What recording a value came to: refused when its unit is not the indicator's (core sameUnit). */
export type ValueRecording =
  | { kind: 'not_found' }
  | { kind: 'wrong_unit'; indicator: IndicatorRow }
  | { kind: 'done'; value: IndicatorValueRow };

/**
 * Records a measured value of an indicator of the project. The unit is checked with the
 * indicator locked, so an edit of the unit cannot slip in between.
 */
export async function insertIndicatorValue(
  db: Db,
  projectId: string,
  indicatorId: string,
  content: IndicatorValueContent,
  recordedBy: string | null,
  now: Date,
): Promise<ValueRecording> {
  return db.transaction(async (tx) => {
    const indicator = await lockedIndicator(tx, projectId, indicatorId);
    if (!indicator) return { kind: 'not_found' };
    if (!sameUnit(indicator.unit, content.unit)) return { kind: 'wrong_unit', indicator };
    const [row] = await tx
      .insert(indicatorValues)
      .values({
        projectId,
        indicatorId,
        measuredOn: content.on,
        value: content.value,
        unit: content.unit,
        note: content.note,
        recordedBy,
        createdAt: now,
      })
      .returning();
    return { kind: 'done', value: row as IndicatorValueRow };
  });
}

/** Deletes a value of the indicator; false when there is no such value in the project. */
export async function deleteIndicatorValue(
  db: Db,
  projectId: string,
  indicatorId: string,
  valueId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(indicatorValues)
    .where(
      and(
        eq(indicatorValues.projectId, projectId),
        eq(indicatorValues.indicatorId, indicatorId),
        eq(indicatorValues.id, valueId),
      ),
    )
    .returning({ id: indicatorValues.id });
  return deleted.length > 0;
}

/**
 * Every value recorded in the project (or of the given indicators), oldest first: by the day
 * measured, then the moment recorded, so the later of two values on one day comes last.
 */
export async function listIndicatorValues(
  db: Db,
  projectId: string,
  indicatorIds?: readonly string[],
): Promise<IndicatorValueRow[]> {
  if (indicatorIds?.length === 0) return [];
  return db
    .select()
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.projectId, projectId),
        indicatorIds ? inArray(indicatorValues.indicatorId, [...indicatorIds]) : undefined,
      ),
    )
    .orderBy(
      asc(indicatorValues.measuredOn),
      asc(indicatorValues.createdAt),
      asc(indicatorValues.id),
    );
}
