// The questionnaire and its analysis as TanStack queries, under ['fieldStudy', slug].

import { useQuery } from '@tanstack/react-query';
import { api, projectPath, query } from '../../../api/client';
import type { AnalysisView, QuestionnaireView } from '../types';

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
    queryKey: ['fieldStudy', slug, 'analysis', id, segment, minGroup],
    queryFn: () =>
      api.get<AnalysisView>(
        projectPath(slug, `/questionnaires/${id}/analysis${query({ segment, minGroup })}`),
      ),
    // Keeps the charts on screen while another breakdown loads.
    placeholderData: (previous) => previous,
  });
}
