// The cluster management's self-assessment as the API shows it: the project's indicator list,
// every assessment scored (oldest first) and the last two compared.

import { z } from 'zod';
import {
  compareSelfAssessments,
  DEFAULT_SELF_ASSESSMENT_INDICATORS,
  scoreSelfAssessment,
  type IsoDate,
  type SelfAssessmentAnswer,
  type SelfAssessmentComparison,
  type SelfAssessmentIndicator,
  type SelfAssessmentScore,
} from '@kume/core';
import {
  listSelfAssessments,
  selfAssessmentIndicatorsOf,
  type Db,
  type ProjectRow,
  type SelfAssessmentRow,
} from '@kume/db';

export const selfAssessmentRecordSchema = z.object({
  id: z.string(),
  assessedOn: z.custom<IsoDate>((value) => typeof value === 'string'),
  title: z.string(),
  /** The list as it was when the assessment was made. */
  indicators: z.custom<SelfAssessmentIndicator[]>(),
  answers: z.custom<SelfAssessmentAnswer[]>(),
  score: z.custom<SelfAssessmentScore>(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SelfAssessmentRecord = z.output<typeof selfAssessmentRecordSchema>;

export const selfAssessmentViewSchema = z.object({
  /** The project's list, or Kume's defaults. */
  indicators: z.custom<SelfAssessmentIndicator[]>(),
  /** True while the project uses Kume's default list. */
  isDefault: z.boolean(),
  /** Oldest first. */
  assessments: z.array(selfAssessmentRecordSchema),
  /** The last two assessments compared; null with fewer than two. */
  comparison: z.custom<SelfAssessmentComparison>().nullable(),
});
export type SelfAssessmentView = z.output<typeof selfAssessmentViewSchema>;

/** An assessment as the API shows it, scored against the list it was answered against. */
export function presentSelfAssessment(row: SelfAssessmentRow): SelfAssessmentRecord {
  return {
    id: row.id,
    assessedOn: row.assessedOn as IsoDate,
    title: row.title,
    indicators: row.indicators,
    answers: row.answers,
    score: scoreSelfAssessment(row.indicators, row.answers),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The project's indicator list in force: its own, or Kume's defaults. */
export async function selfAssessmentIndicatorsInForce(
  db: Db,
  projectId: string,
): Promise<{ indicators: SelfAssessmentIndicator[]; isDefault: boolean }> {
  const own = await selfAssessmentIndicatorsOf(db, projectId);
  return own === null
    ? { indicators: [...DEFAULT_SELF_ASSESSMENT_INDICATORS], isDefault: true }
    : { indicators: own, isDefault: false };
}

/**
 * The project's self-assessment: the list in force, every assessment (oldest first) and the last
 * two compared, each scored against its own list.
 */
export async function loadSelfAssessmentView(
  db: Db,
  project: Pick<ProjectRow, 'id'>,
): Promise<SelfAssessmentView> {
  const [list, rows] = await Promise.all([
    selfAssessmentIndicatorsInForce(db, project.id),
    listSelfAssessments(db, project.id),
  ]);
  const assessments = rows.map(presentSelfAssessment);
  const [before, after] = assessments.slice(-2);
  return {
    ...list,
    assessments,
    comparison: before && after ? compareSelfAssessments(before.score, after.score) : null,
  };
}
