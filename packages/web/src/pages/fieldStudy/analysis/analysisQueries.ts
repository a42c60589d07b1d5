// The questionnaire and its analysis as TanStack queries, under ['fieldStudy', slug], and the
// write of one free-text answer's tags.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, projectPath, query } from '../../../api/client';
import type { AnalysisView, AnswerTagsView, QuestionnaireView } from '../types';

const analysisKey = (slug: string, id: string) => ['fieldStudy', slug, 'analysis', id] as const;

export function useQuestionnaire(slug: string, id: string) {
  return useQuery({
    queryKey: ['fieldStudy', slug, 'questionnaire', id],
    queryFn: () => api.get<QuestionnaireView>(projectPath(slug, `/questionnaires/${id}`)),
  });
}

export function useAnalysis(
  slug: string,
  id: string,
  { segment, minGroup }: { segment: string | null; minGroup: number },
) {
  return useQuery({
    queryKey: [...analysisKey(slug, id), segment, minGroup],
    queryFn: () =>
      api.get<AnalysisView>(
        projectPath(slug, `/questionnaires/${id}/analysis${query({ segment, minGroup })}`),
      ),
    // Keeps the charts on screen while another breakdown loads.
    placeholderData: (previous) => previous,
  });
}

/** Replaces the tags of one answer; the analysis (every breakdown) is fetched again afterwards. */
export function useSaveAnswerTags(
  slug: string,
  questionnaireId: string,
  { responseId, questionId }: { responseId: string; questionId: string },
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tags: string[]) =>
      api.put<AnswerTagsView>(
        projectPath(
          slug,
          `/questionnaires/${questionnaireId}/responses/${responseId}/answer-tags/${questionId}`,
        ),
        { tags },
      ),
    // One answer's saves run one after another, so the last change made is the one stored.
    scope: { id: `answer-tags-${responseId}-${questionId}` },
    // Returned, so the caller's onSettled runs once the analysis shows the stored tags.
    onSettled: () => client.invalidateQueries({ queryKey: analysisKey(slug, questionnaireId) }),
  });
}
