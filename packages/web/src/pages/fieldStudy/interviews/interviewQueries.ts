// Interviews, focus groups and their tagged quotes as TanStack queries, under ['fieldStudy', slug].

import { useQuery } from '@tanstack/react-query';
import { api, projectPath, query } from '../../../api/client';
import type { InterviewView, QuoteListView } from '../types';
import type { InterviewKind } from './interviewDraft';

export const fieldStudyKey = (slug: string) => ['fieldStudy', slug] as const;

export function useInterviews(slug: string, kind?: InterviewKind) {
  return useQuery({
    queryKey: [...fieldStudyKey(slug), 'interviews', kind ?? 'all'],
    queryFn: () => api.get<InterviewView[]>(projectPath(slug, `/interviews${query({ kind })}`)),
    placeholderData: (previous) => previous,
  });
}

export function useInterview(slug: string, id: string | undefined) {
  return useQuery({
    queryKey: [...fieldStudyKey(slug), 'interview', id],
    queryFn: () => api.get<InterviewView>(projectPath(slug, `/interviews/${id}`)),
    enabled: Boolean(id),
  });
}

export function useQuotes(slug: string, tag?: string) {
  return useQuery({
    queryKey: [...fieldStudyKey(slug), 'quotes', tag ?? ''],
    queryFn: () => api.get<QuoteListView>(projectPath(slug, `/quotes${query({ tag })}`)),
    placeholderData: (previous) => previous,
  });
}
