// The value chain, the cluster map and the working group as TanStack queries, keyed under
// ['fieldStudy', slug] so any field study write (a relation, an organisation's answer) refreshes
// them; saving the chain refreshes the whole field study (the map and the quota place on it).

import { useQuery } from '@tanstack/react-query';
import type { ValueChain } from '@kume/core';
import type { ClusterMapView, ValueChainView } from '@kume/server';
import { api, projectPath } from '../../../api/client';
import { useProjectMutation } from '../../../api/useProjectMutation';

export const clusterMapKeys = {
  all: (slug: string) => ['fieldStudy', slug] as const,
  valueChain: (slug: string) => ['fieldStudy', slug, 'value-chain'] as const,
  map: (slug: string) => ['fieldStudy', slug, 'cluster-map'] as const,
};

export function useValueChain(slug: string) {
  return useQuery({
    queryKey: clusterMapKeys.valueChain(slug),
    queryFn: () => api.get<ValueChainView>(projectPath(slug, '/value-chain')),
  });
}

export function useClusterMap(slug: string) {
  return useQuery({
    queryKey: clusterMapKeys.map(slug),
    queryFn: () => api.get<ClusterMapView>(projectPath(slug, '/cluster-map')),
  });
}

/** The body of PUT /value-chain: a fresh template copy, or an edited chain. */
export type ValueChainWrite = { templateId: string } | { chain: ValueChain };

export function useSaveValueChain(
  slug: string,
  options: { success: string; onSuccess: (view: ValueChainView) => void },
) {
  return useProjectMutation(
    slug,
    [clusterMapKeys.all(slug)],
    (body: ValueChainWrite) => api.put<ValueChainView>(projectPath(slug, '/value-chain'), body),
    options,
  );
}
