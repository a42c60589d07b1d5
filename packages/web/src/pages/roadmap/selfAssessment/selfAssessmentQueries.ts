// The self-assessment over REST: the view, assessments' writes and the indicator list's. Keys
// start with ['roadmap', slug], so writes here refresh the other roadmap pages too.

import { useQuery } from '@tanstack/react-query';
import type { SelfAssessmentIndicator } from '@kume/core';
import { api, projectPath } from '../../../api/client';
import { useProjectMutation, type ProjectMutationOptions } from '../../../api/useProjectMutation';
import type {
  SelfAssessmentInput,
  SelfAssessmentRecord,
  SelfAssessmentView,
} from './selfAssessmentTypes';

const selfAssessmentKey = (slug: string) => ['roadmap', slug, 'self-assessment'] as const;

const assessmentPath = (slug: string, id: string) =>
  projectPath(slug, `/roadmap/self-assessments/${encodeURIComponent(id)}`);

export function useSelfAssessment(slug: string) {
  return useQuery({
    queryKey: selfAssessmentKey(slug),
    queryFn: () => api.get<SelfAssessmentView>(projectPath(slug, '/roadmap/self-assessment')),
  });
}

/** A write of the self-assessment: refreshes every roadmap query of the project. */
export function useSelfAssessmentMutation<Variables, Result>(
  slug: string,
  mutationFn: (variables: Variables) => Promise<Result>,
  options: ProjectMutationOptions<Result> = {},
) {
  return useProjectMutation(slug, [['roadmap', slug]], mutationFn, options);
}

export const createAssessment = (slug: string, input: SelfAssessmentInput) =>
  api.post<SelfAssessmentRecord>(projectPath(slug, '/roadmap/self-assessments'), input);

export const updateAssessment = (slug: string, id: string, input: SelfAssessmentInput) =>
  api.put<SelfAssessmentRecord>(assessmentPath(slug, id), input);

export const deleteAssessment = (slug: string, id: string) => api.delete(assessmentPath(slug, id));

export const saveIndicators = (slug: string, indicators: readonly SelfAssessmentIndicator[]) =>
  api.put<SelfAssessmentView>(projectPath(slug, '/roadmap/self-assessment/indicators'), {
    indicators,
  });

/** Back to Kume's default list. */
export const resetIndicators = (slug: string) =>
  api.delete<SelfAssessmentView>(projectPath(slug, '/roadmap/self-assessment/indicators'));
