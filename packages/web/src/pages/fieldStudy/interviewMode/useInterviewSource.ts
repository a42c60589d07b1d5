// What interview mode fills in: the questionnaire and the registry's names, from the server when
// it answers and from this device's copy (IndexedDB) when it does not.

import { useQuery } from '@tanstack/react-query';
import type { OrganisationSummaryView, PageView } from '@kume/server';
import { api, ApiError, projectPath } from '../../../api/client';
import type { QuestionnaireView } from '../types';
import { cacheKey, readCache, writeCache } from './interviewStore';

export interface OrganisationName {
  id: string;
  name: string;
}

export interface Loaded<T> {
  value: T;
  /** Read from this device because the server could not be reached. */
  fromCache: boolean;
}

/** Asks the server; on a network failure answers with the kept copy, if there is one. */
async function loadWithCopy<T>(key: string, fetch: () => Promise<T>): Promise<Loaded<T>> {
  try {
    const value = await fetch();
    // A device that cannot keep the copy still works while online.
    await writeCache(key, value, new Date()).catch(() => undefined);
    return { value, fromCache: false };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 0) throw error;
    const kept = await readCache<T>(key).catch(() => undefined);
    if (kept === undefined) throw error;
    return { value: kept, fromCache: true };
  }
}

const options = {
  // Offline is this page's normal case: run the query (and fall back to the copy) regardless.
  networkMode: 'always',
  staleTime: Infinity,
  refetchOnReconnect: false,
  retry: false,
} as const;

export function useInterviewSource(slug: string, questionnaireId: string) {
  const questionnaire = useQuery({
    ...options,
    queryKey: ['interview-mode', slug, 'questionnaire', questionnaireId],
    queryFn: () =>
      loadWithCopy(cacheKey.questionnaire(slug, questionnaireId), () =>
        api.get<QuestionnaireView>(projectPath(slug, `/questionnaires/${questionnaireId}`)),
      ),
  });
  const organisations = useQuery({
    ...options,
    queryKey: ['interview-mode', slug, 'organisations'],
    queryFn: () =>
      loadWithCopy(cacheKey.organisations(slug), async (): Promise<OrganisationName[]> => {
        const page = await api.get<PageView<OrganisationSummaryView>>(
          projectPath(slug, '/organisations?pageSize=500&sort=name'),
        );
        return page.items.map(({ id, name }) => ({ id, name }));
      }),
  });
  return { questionnaire, organisations };
}
