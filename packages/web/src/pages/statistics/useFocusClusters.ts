// The project's focus clusters: the clusters the analyst marks on the region profile, carried
// into the rest of the project (dashboard, Information Day, workshops, roadmap). Saved with the
// statistics choices; named from the chosen cluster definition.

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../api/client';
import { statisticsKeys, statisticsPath } from './statisticsQueries';
import type { DefinitionView } from './types';
import { useStatisticsChoices } from './useStatisticsChoices';

export interface FocusCluster {
  code: string;
  /** The definition's name for it; the code when the definition does not know it. */
  name: string;
}

export function useFocusClusters() {
  const { slug, choices, canWrite, change } = useStatisticsChoices();
  const definitionId = choices.definitionId;
  const definition = useQuery({
    queryKey: statisticsKeys.definition(slug, definitionId ?? ''),
    queryFn: () => api.get<DefinitionView>(statisticsPath(slug, `/definitions/${definitionId}`)),
    enabled: Boolean(definitionId),
    staleTime: 60_000,
  });
  const codes = choices.focusClusters;
  const clusters = useMemo((): FocusCluster[] => {
    const names = new Map<string, string>();
    for (const entry of definition.data?.entries ?? [])
      if (entry.clusterName || !names.has(entry.cluster))
        names.set(entry.cluster, entry.clusterName ?? entry.cluster);
    return codes.map((code) => ({ code, name: names.get(code) ?? code }));
  }, [codes, definition.data]);

  return {
    /** In the order marked. */
    clusters,
    codes: useMemo(() => new Set(codes), [codes]),
    canWrite,
    /** Marks a cluster as a focus cluster, or unmarks it; saved at once. */
    toggle: (code: string) => {
      // Computed from the choices as they are when the change is applied, so quick toggles all count.
      void change(({ focusClusters }) => ({
        focusClusters: focusClusters.includes(code)
          ? focusClusters.filter((c) => c !== code)
          : [...focusClusters, code],
      }));
    },
  };
}
