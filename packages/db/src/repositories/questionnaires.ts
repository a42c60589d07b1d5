// The field study's questionnaires: their definitions, status and dates, the public link's code,
// and the counts of links and responses the list shows.

import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Questionnaire } from '@kume/core';
import type { Db } from '../database';
import {
  questionnaires,
  respondentLinks,
  responses,
  type QuestionnaireStatus,
} from '../schema/index';

export type QuestionnaireRow = typeof questionnaires.$inferSelect;

/** Personal links in use (not revoked), drafts and submitted responses of a questionnaire. */
export interface QuestionnaireCounts {
  linkCount: number;
  draftCount: number;
  submittedCount: number;
}

export interface QuestionnaireChanges {
  definition?: Questionnaire;
  status?: QuestionnaireStatus;
  opensOn?: string | null;
  closesOn?: string | null;
}

export async function insertQuestionnaire(
  db: Db,
  projectId: string,
  definition: Questionnaire,
  createdBy: string | null,
): Promise<QuestionnaireRow> {
  const [row] = await db
    .insert(questionnaires)
    .values({ projectId, definition, createdBy })
    .returning();
  return row as QuestionnaireRow;
}

export async function listQuestionnaires(db: Db, projectId: string): Promise<QuestionnaireRow[]> {
  return db
    .select()
    .from(questionnaires)
    .where(eq(questionnaires.projectId, projectId))
    .orderBy(asc(questionnaires.createdAt), asc(questionnaires.id));
}

export async function findQuestionnaire(
  db: Db,
  projectId: string,
  id: string,
): Promise<QuestionnaireRow | undefined> {
  const [row] = await db
    .select()
    .from(questionnaires)
    .where(and(eq(questionnaires.projectId, projectId), eq(questionnaires.id, id)));
  return row;
}

/** The questionnaire whose public link has this code, while the link is on. */
export async function findQuestionnaireByPublicCode(
  db: Db,
  code: string,
): Promise<QuestionnaireRow | undefined> {
  const [row] = await db.select().from(questionnaires).where(eq(questionnaires.publicCode, code));
  return row;
}

/** Counts per questionnaire id; questionnaires without links or responses get zeros. */
export async function questionnaireCounts(
  db: Db,
  questionnaireIds: readonly string[],
): Promise<Map<string, QuestionnaireCounts>> {
  const result = new Map<string, QuestionnaireCounts>(
    questionnaireIds.map((id) => [id, { linkCount: 0, draftCount: 0, submittedCount: 0 }]),
  );
  if (questionnaireIds.length === 0) return result;
  const ids = [...questionnaireIds];
  const [links, answered] = await Promise.all([
    db
      .select({ id: respondentLinks.questionnaireId, n: count() })
      .from(respondentLinks)
      .where(
        and(
          inArray(respondentLinks.questionnaireId, ids),
          isNull(respondentLinks.revokedAt),
          isNotNull(respondentLinks.organisationId),
        ),
      )
      .groupBy(respondentLinks.questionnaireId),
    db
      .select({ id: responses.questionnaireId, status: responses.status, n: count() })
      .from(responses)
      .where(inArray(responses.questionnaireId, ids))
      .groupBy(responses.questionnaireId, responses.status),
  ]);
  for (const row of links) {
    const counts = result.get(row.id);
    if (counts) counts.linkCount = row.n;
  }
  for (const row of answered) {
    const counts = result.get(row.id);
    if (!counts) continue;
    if (row.status === 'submitted') counts.submittedCount = row.n;
    else counts.draftCount = row.n;
  }
  return result;
}

export async function updateQuestionnaire(
  db: Db,
  projectId: string,
  id: string,
  changes: QuestionnaireChanges,
  now: Date,
): Promise<QuestionnaireRow | undefined> {
  const [row] = await db
    .update(questionnaires)
    .set({ ...changes, updatedAt: now })
    .where(and(eq(questionnaires.projectId, projectId), eq(questionnaires.id, id)))
    .returning();
  return row;
}

/** Turns the public link on (a new code) or off (null). */
export async function setPublicCode(
  db: Db,
  projectId: string,
  id: string,
  code: string | null,
  now: Date,
): Promise<QuestionnaireRow | undefined> {
  const [row] = await db
    .update(questionnaires)
    .set({ publicCode: code, updatedAt: now })
    .where(and(eq(questionnaires.projectId, projectId), eq(questionnaires.id, id)))
    .returning();
  return row;
}

/** Deletes a questionnaire with its links and responses (their relations go with them). */
export async function deleteQuestionnaire(db: Db, projectId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(questionnaires)
    .where(and(eq(questionnaires.projectId, projectId), eq(questionnaires.id, id)))
    .returning({ id: questionnaires.id });
  return rows.length > 0;
}

/**
 * The question ids that have a non-empty answer in a submitted response: the editor must keep
 * them (their answers would be orphaned). null, "", [] and {} do not count as answers.
 */
export async function answeredQuestionIds(db: Db, questionnaireId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ key: sql<string>`answer.key` })
    .from(sql`${responses}, jsonb_each(${responses.answers}) as answer`)
    .where(
      and(
        eq(responses.questionnaireId, questionnaireId),
        eq(responses.status, 'submitted'),
        sql`answer.value not in ('null'::jsonb, '""'::jsonb, '[]'::jsonb, '{}'::jsonb)`,
      ),
    )
    .orderBy(sql`1`);
  return rows.map((row) => row.key);
}
