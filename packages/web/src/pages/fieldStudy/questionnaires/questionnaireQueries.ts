// The questionnaires' data as TanStack queries, and a mutation helper that notifies and refreshes.
// Every key starts with ['questionnaires', slug], so one invalidation refreshes them all.

import { useQuery } from '@tanstack/react-query';
import { api, projectPath } from '../../../api/client';
import { useProjectMutation, type ProjectMutationOptions } from '../../../api/useProjectMutation';
import type {
  QuestionnaireSummaryView,
  QuestionnaireTemplateView,
  QuestionnaireView,
  RespondentLinkView,
  ResponseSummaryView,
  ResponseView,
} from '../types';

export const questionnaireKeys = {
  all: (slug: string) => ['questionnaires', slug] as const,
  list: (slug: string) => ['questionnaires', slug, 'list'] as const,
  templates: (slug: string) => ['questionnaires', slug, 'templates'] as const,
  one: (slug: string, id: string) => ['questionnaires', slug, 'one', id] as const,
  links: (slug: string, id: string) => ['questionnaires', slug, 'links', id] as const,
  responses: (slug: string, id: string) => ['questionnaires', slug, 'responses', id] as const,
  response: (slug: string, id: string, responseId: string) =>
    ['questionnaires', slug, 'response', id, responseId] as const,
};

/** `/api/projects/:slug/questionnaires/:id` + rest. */
export const questionnairePath = (slug: string, id: string, rest = '') =>
  projectPath(slug, `/questionnaires/${encodeURIComponent(id)}${rest}`);

export function useQuestionnaires(slug: string) {
  return useQuery({
    queryKey: questionnaireKeys.list(slug),
    queryFn: () => api.get<QuestionnaireSummaryView[]>(projectPath(slug, '/questionnaires')),
  });
}

export function useQuestionnaireTemplates(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: questionnaireKeys.templates(slug),
    queryFn: () =>
      api.get<QuestionnaireTemplateView[]>(projectPath(slug, '/questionnaire-templates')),
    enabled,
    staleTime: Infinity,
  });
}

export function useQuestionnaire(slug: string, id: string) {
  return useQuery({
    queryKey: questionnaireKeys.one(slug, id),
    queryFn: () => api.get<QuestionnaireView>(questionnairePath(slug, id)),
  });
}

export function useRespondentLinks(slug: string, id: string) {
  return useQuery({
    queryKey: questionnaireKeys.links(slug, id),
    queryFn: () => api.get<RespondentLinkView[]>(questionnairePath(slug, id, '/links')),
  });
}

export function useResponses(slug: string, id: string) {
  return useQuery({
    queryKey: questionnaireKeys.responses(slug, id),
    queryFn: () => api.get<ResponseSummaryView[]>(questionnairePath(slug, id, '/responses')),
  });
}

export function useResponse(slug: string, id: string, responseId: string | null) {
  return useQuery({
    queryKey: questionnaireKeys.response(slug, id, responseId ?? ''),
    queryFn: () =>
      api.get<ResponseView>(questionnairePath(slug, id, `/responses/${responseId ?? ''}`)),
    enabled: Boolean(responseId),
  });
}

export type QuestionnaireMutationOptions<Result> = ProjectMutationOptions<Result>;

/**
 * A write of the primary research: notifies, then refreshes every questionnaire query and the
 * project dashboard (its counts depend on them).
 */
export function useQuestionnaireMutation<Variables, Result>(
  slug: string,
  mutationFn: (variables: Variables) => Promise<Result>,
  options: QuestionnaireMutationOptions<Result> = {},
) {
  return useProjectMutation(slug, [questionnaireKeys.all(slug)], mutationFn, options);
}
