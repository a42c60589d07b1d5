// The value-chain stage each organisation gave in its own survey answers (the firm interview's
// `value_chain_stage` question), for placing organisations on the cluster map's chain.

import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { responses } from '../schema/index';

/** The question every stage answer comes from (core's firm interview template). */
export const STAGE_QUESTION = 'value_chain_stage';

/**
 * By organisation id, the stage its latest submitted response names (a choice value such as
 * `casting`, or the text of a free answer). Answers that are empty, not text, or `other` are passed
 * over, so an older answer that names a stage counts. Organisations without such an answer are absent.
 */
export async function surveyStageAnswers(db: Db, projectId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({
      organisationId: responses.organisationId,
      stage: sql<unknown>`${responses.answers} -> ${STAGE_QUESTION}`,
    })
    .from(responses)
    .where(
      and(
        eq(responses.projectId, projectId),
        eq(responses.status, 'submitted'),
        isNotNull(responses.organisationId),
      ),
    )
    .orderBy(desc(responses.submittedAt), desc(responses.id));
  const stages = new Map<string, string>();
  for (const { organisationId, stage } of rows) {
    if (organisationId === null || stages.has(organisationId)) continue;
    const value = typeof stage === 'string' ? stage.trim() : '';
    if (value !== '' && value !== 'other') stages.set(organisationId, value);
  }
  return stages;
}
