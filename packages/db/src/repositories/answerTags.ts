// A facilitator's tags (codes) on the free-text answers of a questionnaire's submitted responses:
// one row per answer that has tags, none for an answer without.

import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../database';
import { answerTags, responses } from '../schema/index';

export type AnswerTagsRow = typeof answerTags.$inferSelect;

export interface AnswerTagsInput {
  responseId: string;
  questionId: string;
  /** Already normalised (core normaliseTags); an empty list removes the answer's tags. */
  tags: readonly string[];
  /** Who tagged; null when unknown. */
  userId: string | null;
  now: Date;
}

/**
 * Replaces the tags of one answer. The response must be a submitted response of the questionnaire
 * in the project, else nothing is written and the answer is false; it is locked meanwhile, so a
 * response deleted at the same time cannot leave a row behind. Checking that the question is a
 * text question of the questionnaire is the caller's part.
 */
export async function setAnswerTags(
  db: Db,
  projectId: string,
  questionnaireId: string,
  input: AnswerTagsInput,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [response] = await tx
      .select({ id: responses.id })
      .from(responses)
      .where(
        and(
          eq(responses.id, input.responseId),
          eq(responses.projectId, projectId),
          eq(responses.questionnaireId, questionnaireId),
          eq(responses.status, 'submitted'),
        ),
      )
      .for('share');
    if (!response) return false;
    const key = and(
      eq(answerTags.responseId, input.responseId),
      eq(answerTags.questionId, input.questionId),
    );
    if (input.tags.length === 0) {
      await tx.delete(answerTags).where(key);
      return true;
    }
    const values = { tags: [...input.tags], updatedAt: input.now, updatedBy: input.userId };
    await tx
      .insert(answerTags)
      .values({ responseId: input.responseId, questionId: input.questionId, ...values })
      .onConflictDoUpdate({ target: [answerTags.responseId, answerTags.questionId], set: values });
    return true;
  });
}

/**
 * The tags of every answer of the questionnaire's responses in the project, by response then
 * question. Rows of drafts are included (none are written for them); callers match by response id.
 */
export async function listAnswerTags(
  db: Db,
  projectId: string,
  questionnaireId: string,
): Promise<Pick<AnswerTagsRow, 'responseId' | 'questionId' | 'tags'>[]> {
  return db
    .select({
      responseId: answerTags.responseId,
      questionId: answerTags.questionId,
      tags: answerTags.tags,
    })
    .from(answerTags)
    .innerJoin(responses, eq(responses.id, answerTags.responseId))
    .where(and(eq(responses.projectId, projectId), eq(responses.questionnaireId, questionnaireId)))
    .orderBy(asc(answerTags.responseId), asc(answerTags.questionId));
}
