// The deck settings of an event, the project's benchmark case library and its logo as TanStack
// queries and project writes (Deck API of the issue 7 contract).

import { useQuery } from '@tanstack/react-query';
import type { BenchmarkCaseInput } from '@kume/core';
import { api, projectPath } from '../../../api/client';
import { useProjectMutation } from '../../../api/useProjectMutation';
import type { DeckSettingsBody } from './deckDraft';
import type { BenchmarkCaseItem, DeckSettingsAnswer, LogoInfo } from './deckTypes';

export const deckKeys = {
  /** Everything of the deck in the project: a case or logo write refreshes every event's settings. */
  all: (slug: string) => ['deck', slug] as const,
  settings: (slug: string, eventId: string) => ['deck', slug, 'settings', eventId] as const,
  cases: (slug: string) => ['deck', slug, 'cases'] as const,
};

const settingsPath = (slug: string, eventId: string) =>
  projectPath(slug, `/events/${encodeURIComponent(eventId)}/deck-settings`);
const casesPath = (slug: string, rest = '') => projectPath(slug, `/benchmark-cases${rest}`);

/** The address of the project's logo image (the server sends it with no-store). */
export const logoPath = (slug: string) => projectPath(slug, '/logo');

export function useDeckSettings(slug: string, eventId: string) {
  return useQuery({
    queryKey: deckKeys.settings(slug, eventId),
    queryFn: () => api.get<DeckSettingsAnswer>(settingsPath(slug, eventId)),
  });
}

export function useSaveDeckSettings(
  slug: string,
  eventId: string,
  options: { success: string; onSuccess: (answer: DeckSettingsAnswer) => void },
) {
  return useProjectMutation(
    slug,
    [deckKeys.settings(slug, eventId)],
    (body: DeckSettingsBody) => api.put<DeckSettingsAnswer>(settingsPath(slug, eventId), body),
    options,
  );
}

export function useBenchmarkCases(slug: string) {
  return useQuery({
    queryKey: deckKeys.cases(slug),
    queryFn: () => api.get<{ items: BenchmarkCaseItem[] }>(casesPath(slug)),
  });
}

/** Adds a case (no id) or replaces one; the library and every event's choice refresh. */
export function useSaveBenchmarkCase(
  slug: string,
  options: { success: string; onSuccess: (item: BenchmarkCaseItem) => void },
) {
  return useProjectMutation(
    slug,
    [deckKeys.all(slug)],
    ({ id, input }: { id: string | null; input: BenchmarkCaseInput }) =>
      id === null
        ? api.post<BenchmarkCaseItem>(casesPath(slug), input)
        : api.put<BenchmarkCaseItem>(casesPath(slug, `/${encodeURIComponent(id)}`), input),
    options,
  );
}

export function useDeleteBenchmarkCase(slug: string, success: string) {
  return useProjectMutation(
    slug,
    [deckKeys.all(slug)],
    (id: string) => api.delete(casesPath(slug, `/${encodeURIComponent(id)}`)),
    { success, notifyErrors: true },
  );
}

/** Shows the shipped cases that were deleted (hidden) again. */
export function useRestoreBenchmarkCases(slug: string, success: string) {
  return useProjectMutation(
    slug,
    [deckKeys.all(slug)],
    () => api.post<{ items: BenchmarkCaseItem[] }>(casesPath(slug, '/restore')),
    { success, notifyErrors: true },
  );
}

export function useUploadLogo(slug: string, success: string) {
  return useProjectMutation(
    slug,
    [deckKeys.all(slug)],
    (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.put<LogoInfo>(logoPath(slug), form);
    },
    { success },
  );
}

export function useDeleteLogo(slug: string, success: string) {
  return useProjectMutation(slug, [deckKeys.all(slug)], () => api.delete(logoPath(slug)), {
    success,
    notifyErrors: true,
  });
}
