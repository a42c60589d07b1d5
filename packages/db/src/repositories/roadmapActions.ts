// The action plan of a project's roadmap: actions with their indicators, created and edited in one
// transaction each after checking what they name (roadmap items, organisations), listed in plan
// order, deleted with their indicators and recorded values.

import { and, asc, eq, inArray, max } from 'drizzle-orm';
import { sameUnit, type ActionInput, type IndicatorInput } from '@kume/core';
import type { Db } from '../database';
import { organisations, roadmapActions, roadmapIndicators, roadmapItems } from '../schema/index';
import { countIndicatorValues } from './roadmapIndicators';

export type RoadmapActionRow = typeof roadmapActions.$inferSelect;
export type RoadmapIndicatorRow = typeof roadmapIndicators.$inferSelect;

/** A problem with an action's input that only the database can see; `path` is within the input. */
export interface ActionIssue {
  /** Dotted, as the API reports it without the `body.` prefix: `itemKeys.2`, `indicators.0.unit`. */
  path: string;
  message: string;
}

export type SaveActionOutcome =
  | { ok: true; action: RoadmapActionRow }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'invalid'; issues: ActionIssue[] }
  /** An indicator the input leaves out has recorded values: nothing was written. */
  | {
      ok: false;
      reason: 'indicator_has_values';
      indicator: { id: string; name: string };
      values: number;
    };

/** The project's actions in plan order (position, then when they were created). */
export async function listRoadmapActions(db: Db, projectId: string): Promise<RoadmapActionRow[]> {
  return db
    .select()
    .from(roadmapActions)
    .where(eq(roadmapActions.projectId, projectId))
    .orderBy(asc(roadmapActions.position), asc(roadmapActions.createdAt), asc(roadmapActions.id));
}

/** The project's action with this id, or undefined. */
export async function findRoadmapAction(
  db: Db,
  projectId: string,
  id: string,
): Promise<RoadmapActionRow | undefined> {
  const [row] = await db
    .select()
    .from(roadmapActions)
    .where(and(eq(roadmapActions.projectId, projectId), eq(roadmapActions.id, id)));
  return row;
}

/** The indicators of an action in their order. */
export async function listActionIndicators(
  db: Db,
  actionId: string,
): Promise<RoadmapIndicatorRow[]> {
  return db
    .select()
    .from(roadmapIndicators)
    .where(eq(roadmapIndicators.actionId, actionId))
    .orderBy(asc(roadmapIndicators.position), asc(roadmapIndicators.createdAt));
}

/**
 * What the input names that the project lacks: item keys without an item (or of a dismissed
 * item), an owner or partners that are no organisation of the project. The items and the
 * organisations found are share-locked until the transaction ends, so an item cannot be deleted
 * (removeRoadmapItem locks it for update) while an action is being linked to it.
 */
async function referenceIssues(
  tx: Db,
  projectId: string,
  input: ActionInput,
): Promise<ActionIssue[]> {
  const issues: ActionIssue[] = [];
  const items = input.itemKeys.length
    ? await tx
        .select({ key: roadmapItems.key, dismissed: roadmapItems.dismissed })
        .from(roadmapItems)
        .where(
          and(eq(roadmapItems.projectId, projectId), inArray(roadmapItems.key, input.itemKeys)),
        )
        .for('share')
    : [];
  const itemByKey = new Map(items.map((item) => [item.key, item]));
  input.itemKeys.forEach((key, index) => {
    const item = itemByKey.get(key);
    if (!item)
      issues.push({ path: `itemKeys.${index}`, message: `no roadmap item has the key ${key}` });
    else if (item.dismissed)
      issues.push({
        path: `itemKeys.${index}`,
        message: `the item ${key} was deleted from the roadmap; restore it first`,
      });
  });

  const named = [
    ...(input.ownerOrganisationId ? [input.ownerOrganisationId] : []),
    ...input.partnerOrganisationIds,
  ];
  const found = named.length
    ? await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.projectId, projectId), inArray(organisations.id, named)))
        .for('share')
    : [];
  const known = new Set(found.map((row) => row.id));
  const missing = (id: string) => `no organisation of the project has the id ${id}`;
  if (input.ownerOrganisationId && !known.has(input.ownerOrganisationId))
    issues.push({ path: 'ownerOrganisationId', message: missing(input.ownerOrganisationId) });
  input.partnerOrganisationIds.forEach((id, index) => {
    if (!known.has(id))
      issues.push({ path: `partnerOrganisationIds.${index}`, message: missing(id) });
  });
  return issues;
}

/** The action's own columns from its input. */
function actionColumns(input: ActionInput) {
  return {
    title: input.title,
    objective: input.objective,
    layer: input.layer,
    horizon: input.horizon,
    itemKeys: [...input.itemKeys],
    ownerOrganisationId: input.ownerOrganisationId,
    partnerOrganisationIds: [...input.partnerOrganisationIds],
    startOn: input.startOn,
    endOn: input.endOn,
    budget: input.budget,
    currency: input.currency,
    fundingSource: input.fundingSource,
    status: input.status,
  };
}

/** An indicator's columns from its input, at `position` in the action's list. */
function indicatorColumns(indicator: IndicatorInput, position: number) {
  return {
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline,
    baselineOn: indicator.baselineOn,
    target: indicator.target,
    dueOn: indicator.dueOn,
    presetCode: indicator.presetCode,
    position,
  };
}

/**
 * Stores a new action after the others with its indicators (ids of the input's indicators are
 * ignored: new ones are given), in one transaction; refused with the issues when it names items or
 * organisations the project lacks.
 */
export async function insertRoadmapAction(
  db: Db,
  projectId: string,
  input: ActionInput,
  createdBy: string | null,
  now: Date,
): Promise<SaveActionOutcome> {
  return db.transaction(async (tx): Promise<SaveActionOutcome> => {
    const issues = await referenceIssues(tx, projectId, input);
    if (issues.length > 0) return { ok: false, reason: 'invalid', issues };
    const [last] = await tx
      .select({ position: max(roadmapActions.position) })
      .from(roadmapActions)
      .where(eq(roadmapActions.projectId, projectId));
    const [action] = await tx
      .insert(roadmapActions)
      .values({
        projectId,
        ...actionColumns(input),
        position: (last?.position ?? -1) + 1,
        createdBy,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const row = action as RoadmapActionRow;
    if (input.indicators.length > 0)
      await tx.insert(roadmapIndicators).values(
        input.indicators.map((indicator, position) => ({
          projectId,
          actionId: row.id,
          ...indicatorColumns(indicator, position),
          createdAt: now,
        })),
      );
    return { ok: true, action: row };
  });
}

/**
 * Replaces an action and its indicators in one transaction under the action's row lock. The
 * input's indicators are matched by id: an id of this action's indicator keeps it (updated), no id
 * makes a new one, an id of none of its indicators is an issue; indicators the input leaves out are
 * deleted. Refused, with nothing written: references the project lacks (issues); a changed unit
 * (core sameUnit) of an indicator with recorded values (an issue at its unit); an indicator left
 * out that has recorded values (indicator_has_values, the first in the action's order).
 */
export async function updateRoadmapAction(
  db: Db,
  projectId: string,
  id: string,
  input: ActionInput,
  now: Date,
): Promise<SaveActionOutcome> {
  return db.transaction(async (tx): Promise<SaveActionOutcome> => {
    const [locked] = await tx
      .select({ id: roadmapActions.id })
      .from(roadmapActions)
      .where(and(eq(roadmapActions.projectId, projectId), eq(roadmapActions.id, id)))
      .for('update');
    if (!locked) return { ok: false, reason: 'not_found' };

    const issues = await referenceIssues(tx, projectId, input);
    const existing = await listActionIndicators(tx, id);
    const counts = await countIndicatorValues(
      tx,
      existing.map((row) => row.id),
    );
    const byId = new Map(existing.map((row) => [row.id, row]));
    input.indicators.forEach((indicator, index) => {
      if (indicator.id === undefined) return;
      const before = byId.get(indicator.id);
      if (!before) {
        issues.push({
          path: `indicators.${index}.id`,
          message: `the action has no indicator with the id ${indicator.id}`,
        });
        return;
      }
      const values = counts.get(before.id) ?? 0;
      if (values > 0 && !sameUnit(before.unit, indicator.unit))
        issues.push({
          path: `indicators.${index}.unit`,
          message: `the indicator "${before.name}" has ${values} recorded values in ${before.unit}; its unit cannot change`,
        });
    });
    if (issues.length > 0) return { ok: false, reason: 'invalid', issues };

    const kept = new Set(input.indicators.flatMap((indicator) => indicator.id ?? []));
    const removed = existing.filter((row) => !kept.has(row.id));
    const withValues = removed.find((row) => (counts.get(row.id) ?? 0) > 0);
    if (withValues)
      return {
        ok: false,
        reason: 'indicator_has_values',
        indicator: { id: withValues.id, name: withValues.name },
        values: counts.get(withValues.id) ?? 0,
      };

    const [action] = await tx
      .update(roadmapActions)
      .set({ ...actionColumns(input), updatedAt: now })
      .where(eq(roadmapActions.id, id))
      .returning();
    if (removed.length > 0)
      await tx.delete(roadmapIndicators).where(
        inArray(
          roadmapIndicators.id,
          removed.map((row) => row.id),
        ),
      );
    for (const [position, indicator] of input.indicators.entries()) {
      const columns = indicatorColumns(indicator, position);
      if (indicator.id !== undefined)
        await tx
          .update(roadmapIndicators)
          .set(columns)
          .where(eq(roadmapIndicators.id, indicator.id));
      else
        await tx
          .insert(roadmapIndicators)
          .values({ projectId, actionId: id, ...columns, createdAt: now });
    }
    return { ok: true, action: action as RoadmapActionRow };
  });
}

/**
 * Deletes an action; its indicators and their values go with it (cascade). Answers how many went,
 * or undefined when the project has no such action.
 */
export async function deleteRoadmapAction(
  db: Db,
  projectId: string,
  id: string,
): Promise<{ indicators: number; values: number } | undefined> {
  return db.transaction(async (tx) => {
    const [action] = await tx
      .select({ id: roadmapActions.id })
      .from(roadmapActions)
      .where(and(eq(roadmapActions.projectId, projectId), eq(roadmapActions.id, id)))
      .for('update');
    if (!action) return undefined;
    const indicators = await listActionIndicators(tx, id);
    const counts = await countIndicatorValues(
      tx,
      indicators.map((row) => row.id),
    );
    await tx.delete(roadmapActions).where(eq(roadmapActions.id, id));
    const values = [...counts.values()].reduce((sum, n) => sum + n, 0);
    return { indicators: indicators.length, values };
  });
}
