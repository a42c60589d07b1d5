// The self-assessment API's answers, as the server exports them (apiTypes.ts): the project's
// indicator list, the assessments made with it, scored, and the comparison of the last two.

import type { SelfAssessmentAnswer } from '@kume/core';

export type {
  /** One assessment: the list as it was then (copied in), the answers and their score. */
  SelfAssessmentRecord,
  /** GET /roadmap/self-assessment: the list, whether it is Kume's, assessments oldest first. */
  SelfAssessmentView,
} from '@kume/server';

/** What an assessment's save sends. */
export interface SelfAssessmentInput {
  assessedOn: string;
  title: string;
  answers: SelfAssessmentAnswer[];
}
