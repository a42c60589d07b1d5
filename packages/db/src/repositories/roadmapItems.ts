// The roadmap's items of a project: listed in their stored order, merged with a fresh assembly in
// one transaction (new keys added, changed ones refreshed, vanished ones marked gone, dismissed
// ones kept dismissed), manual items added and deleted, assembled ones dismissed and restored.

import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import {
  isManualItem,
  mergeAssembledItems,
  type MergedItems,
  type RoadmapItem,
  type RoadmapSettings,
} from '@kume/core';
import type { Db } from '../database';
import { projects, roadmapActions, roadmapItems } from '../schema/index';

export type RoadmapItemRow = typeof roadmapItems.$inferSelect;

/** The core item a row stores (its database columns aside). */
export function roadmapItemOf(row: RoadmapItemRow): RoadmapItem {
  return {
    key: row.key,
    kind: row.kind,
    title: row.title,
    detail: row.detail,
    weight: row.weight,
    score: row.score,
    figures: row.figures,
    quadrant: row.quadrant,
    parentKey: row.parentKey,
    source: row.source,
    sourceState: row.sourceState,
  };
}

/** The columns of an item, for an insert or an update. */
function itemColumns(item: RoadmapItem) {
  return {
    kind: item.kind,
    title: item.title,
    detail: item.detail,
    weight: item.weight,
    score: item.score,
    figures: item.figures,
    quadrant: item.quadrant,
    parentKey: item.parentKey,
    source: item.source,
    sourceState: item.sourceState,
  };
}

/** The project's items in their stored order (position, then when they were added), dismissed ones too. */
export async function listRoadmapItems(db: Db, projectId: string): Promise<RoadmapItemRow[]> {
  return db
    .select()
    .from(roadmapItems)
    .where(eq(roadmapItems.projectId, projectId))
    .orderBy(asc(roadmapItems.position), asc(roadmapItems.createdAt), asc(roadmapItems.key));
}

/** The project's item with this key, or undefined. */
export async function findRoadmapItem(
  db: Db,
  projectId: string,
  key: string,
): Promise<RoadmapItemRow | undefined> {
  const [row] = await db
    .select()
    .from(roadmapItems)
    .where(and(eq(roadmapItems.projectId, projectId), eq(roadmapItems.key, key)));
  return row;
}

/**
 * When the roadmap was last assembled: the latest write of an assembled (not manual) item, since
 * every assembly writes all of them. Undefined while no assembly has stored an item.
 */
export async function roadmapAssembledAt(db: Db, projectId: string): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: max(roadmapItems.updatedAt) })
    .from(roadmapItems)
    .where(
      and(eq(roadmapItems.projectId, projectId), sql`${roadmapItems.key} not like 'manual:%'`),
    );
  return row?.at ?? undefined;
}

/**
 * Merges a fresh assembly (core assembleRoadmapItems) into the stored items in one transaction,
 * under the project's row lock so that two assemblies do not interleave: core
 * mergeAssembledItems decides, then every item is written at its position in the merged order.
 * Assembled items are upserted by key (content, source state, position; `updated_at` = now, which
 * dates the assembly); `dismissed` is never touched, so a dismissed item stays dismissed. Manual
 * items only get their new position. Answers the merge's lists of keys.
 */
export async function mergeRoadmapItems(
  db: Db,
  projectId: string,
  assembled: readonly RoadmapItem[],
  now: Date,
): Promise<MergedItems> {
  return db.transaction(async (tx) => {
    await tx
      .select({ id: projects.id })
      .from(projects)
      .where(eq(projects.id, projectId))
      .for('update');
    const existing = (await listRoadmapItems(tx, projectId)).map(roadmapItemOf);
    const merged = mergeAssembledItems(existing, assembled);
    const rows = merged.items.map((item, position) => ({ item, position }));
    const fromSources = rows.filter(({ item }) => !isManualItem(item));
    if (fromSources.length > 0) {
      const excluded = (column: string) => sql.raw(`excluded.${column}`);
      await tx
        .insert(roadmapItems)
        .values(
          fromSources.map(({ item, position }) => ({
            projectId,
            key: item.key,
            ...itemColumns(item),
            position,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .onConflictDoUpdate({
          target: [roadmapItems.projectId, roadmapItems.key],
          set: {
            kind: excluded('kind'),
            title: excluded('title'),
            detail: excluded('detail'),
            weight: excluded('weight'),
            score: excluded('score'),
            figures: excluded('figures'),
            quadrant: excluded('quadrant'),
            parentKey: excluded('parent_key'),
            source: excluded('source'),
            sourceState: excluded('source_state'),
            position: excluded('position'),
            updatedAt: excluded('updated_at'),
          },
        });
    }
    for (const { item, position } of rows)
      if (isManualItem(item))
        await tx
          .update(roadmapItems)
          .set({ position })
          .where(and(eq(roadmapItems.projectId, projectId), eq(roadmapItems.key, item.key)));
    return merged;
  });
}

/** Stores an item typed by hand (core manualRoadmapItem) after the others. */
export async function insertManualItem(
  db: Db,
  projectId: string,
  item: RoadmapItem,
  now: Date,
): Promise<RoadmapItemRow> {
  const [last] = await db
    .select({ position: max(roadmapItems.position) })
    .from(roadmapItems)
    .where(eq(roadmapItems.projectId, projectId));
  const [row] = await db
    .insert(roadmapItems)
    .values({
      projectId,
      key: item.key,
      ...itemColumns(item),
      position: (last?.position ?? -1) + 1,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return row as RoadmapItemRow;
}

/** An action that links an item, as a refusal to delete the item lists it. */
export interface LinkingAction {
  id: string;
  title: string;
}

export type RemoveItemOutcome =
  | { ok: true; removed: 'deleted' | 'dismissed' }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'linked'; actions: LinkingAction[] };

/** The project's actions whose item keys include `key`, in the plan's order. */
export async function actionsLinking(
  db: Db,
  projectId: string,
  key: string,
): Promise<LinkingAction[]> {
  return db
    .select({ id: roadmapActions.id, title: roadmapActions.title })
    .from(roadmapActions)
    .where(
      and(
        eq(roadmapActions.projectId, projectId),
        sql`${roadmapActions.itemKeys} @> ${JSON.stringify([key])}::jsonb`,
      ),
    )
    .orderBy(asc(roadmapActions.position), asc(roadmapActions.createdAt), asc(roadmapActions.id));
}

/**
 * Takes an item off the roadmap, unless an action links it (then nothing changes and the answer
 * lists the actions). A manual item is deleted; an assembled one is dismissed (kept, so that a
 * later assembly does not bring it back, and restorable). The item's row is locked meanwhile: an
 * action saved at the same time locks the items it links (see the actions' repository), so one
 * waits for the other and no link is lost.
 */
export async function removeRoadmapItem(
  db: Db,
  projectId: string,
  key: string,
): Promise<RemoveItemOutcome> {
  return db.transaction(async (tx): Promise<RemoveItemOutcome> => {
    const where = and(eq(roadmapItems.projectId, projectId), eq(roadmapItems.key, key));
    const [row] = await tx.select().from(roadmapItems).where(where).for('update');
    if (!row || row.dismissed) return { ok: false, reason: 'not_found' };
    const actions = await actionsLinking(tx, projectId, key);
    if (actions.length > 0) return { ok: false, reason: 'linked', actions };
    if (isManualItem(row)) {
      await tx.delete(roadmapItems).where(where);
      return { ok: true, removed: 'deleted' };
    }
    // updated_at stays: it dates the last assembly (roadmapAssembledAt).
    await tx.update(roadmapItems).set({ dismissed: true }).where(where);
    return { ok: true, removed: 'dismissed' };
  });
}

/** Puts a dismissed item back on the roadmap; undefined when the project has no item with the key. */
export async function restoreRoadmapItem(
  db: Db,
  projectId: string,
  key: string,
): Promise<RoadmapItemRow | undefined> {
  const [row] = await db
    .update(roadmapItems)
    .set({ dismissed: false })
    .where(and(eq(roadmapItems.projectId, projectId), eq(roadmapItems.key, key)))
    .returning();
  return row;
}

/** The items of the project with these keys (any state), for checking an action's links. */
export async function roadmapItemsByKey(
  db: Db,
  projectId: string,
  keys: readonly string[],
): Promise<RoadmapItemRow[]> {
  if (keys.length === 0) return [];
  return db
    .select()
    .from(roadmapItems)
    .where(and(eq(roadmapItems.projectId, projectId), inArray(roadmapItems.key, [...keys])));
}

/** Stores the roadmap's settings on the project (null: back to the defaults). */
export async function setRoadmapSettings(
  db: Db,
  projectId: string,
  settings: RoadmapSettings | null,
  now: Date,
): Promise<void> {
  await db
    .update(projects)
    .set({ roadmapSettings: settings, updatedAt: now })
    .where(eq(projects.id, projectId));
}
