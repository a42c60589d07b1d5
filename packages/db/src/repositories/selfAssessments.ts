// The cluster management's self-assessments: the project's indicator list (its own, or null for
// Kume's defaults) and the assessments, each with the list copied in as it was.

import { and, asc, eq } from 'drizzle-orm';
import type { SelfAssessmentAnswer, SelfAssessmentIndicator } from '@kume/core';
import type { Db } from '../database';
import { projects, selfAssessments } from '../schema/index';

type SelfAssessmentColumns = typeof selfAssessments.$inferSelect;

/** A stored assessment; `indicators` is the list it was answered against. */
export type SelfAssessmentRow = Omit<SelfAssessmentColumns, 'indicators'> & {
  indicators: SelfAssessmentIndicator[];
};

/** What an assessment holds besides its ids and times. */
export interface SelfAssessmentContent {
  assessedOn: string;
  title: string;
  indicators: readonly SelfAssessmentIndicator[];
  answers: readonly SelfAssessmentAnswer[];
}

// The column is untyped jsonb (it holds a copy of whatever list was in force): read as the list.
const rowOf = (row: SelfAssessmentColumns): SelfAssessmentRow => ({
  ...row,
  indicators: row.indicators as SelfAssessmentIndicator[],
});

/**
 * The project's own indicator list, or null while it uses Kume's defaults (which live in core and
 * are not copied, so improvements to them reach every project that kept them).
 */
export async function selfAssessmentIndicatorsOf(
  db: Db,
  projectId: string,
): Promise<SelfAssessmentIndicator[] | null> {
  const [row] = await db
    .select({ list: projects.selfAssessmentIndicators })
    .from(projects)
    .where(eq(projects.id, projectId));
  return row?.list ?? null;
}

/** Stores the project's indicator list (already validated); null goes back to the defaults. */
export async function setSelfAssessmentIndicators(
  db: Db,
  projectId: string,
  list: readonly SelfAssessmentIndicator[] | null,
  now: Date,
): Promise<void> {
  await db
    .update(projects)
    .set({ selfAssessmentIndicators: list === null ? null : [...list], updatedAt: now })
    .where(eq(projects.id, projectId));
}

/** The project's assessments, oldest first (by the day assessed, then the moment made). */
export async function listSelfAssessments(db: Db, projectId: string): Promise<SelfAssessmentRow[]> {
  const rows = await db
    .select()
    .from(selfAssessments)
    .where(eq(selfAssessments.projectId, projectId))
    .orderBy(
      asc(selfAssessments.assessedOn),
      asc(selfAssessments.createdAt),
      asc(selfAssessments.id),
    );
  return rows.map(rowOf);
}

/** An assessment of the project, or undefined (unknown, or another project's). */
export async function findSelfAssessment(
  db: Db,
  projectId: string,
  id: string,
): Promise<SelfAssessmentRow | undefined> {
  const [row] = await db
    .select()
    .from(selfAssessments)
    .where(and(eq(selfAssessments.projectId, projectId), eq(selfAssessments.id, id)));
  return row && rowOf(row);
}

export async function insertSelfAssessment(
  db: Db,
  projectId: string,
  content: SelfAssessmentContent,
  createdBy: string | null,
  now: Date,
): Promise<SelfAssessmentRow> {
  const [row] = await db
    .insert(selfAssessments)
    .values({
      projectId,
      assessedOn: content.assessedOn,
      title: content.title,
      indicators: [...content.indicators],
      answers: [...content.answers],
      createdBy,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return rowOf(row as SelfAssessmentColumns);
}

/** Replaces an assessment's content; undefined when it is not the project's. */
export async function updateSelfAssessment(
  db: Db,
  projectId: string,
  id: string,
  content: SelfAssessmentContent,
  now: Date,
): Promise<SelfAssessmentRow | undefined> {
  const [row] = await db
    .update(selfAssessments)
    .set({
      assessedOn: content.assessedOn,
      title: content.title,
      indicators: [...content.indicators],
      answers: [...content.answers],
      updatedAt: now,
    })
    .where(and(eq(selfAssessments.projectId, projectId), eq(selfAssessments.id, id)))
    .returning();
  return row && rowOf(row);
}

/** Deletes an assessment; false when it is not the project's. */
export async function deleteSelfAssessment(
  db: Db,
  projectId: string,
  id: string,
): Promise<boolean> {
  const deleted = await db
    .delete(selfAssessments)
    .where(and(eq(selfAssessments.projectId, projectId), eq(selfAssessments.id, id)))
    .returning({ id: selfAssessments.id });
  return deleted.length > 0;
}
