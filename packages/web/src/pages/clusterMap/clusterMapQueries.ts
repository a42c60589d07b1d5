// The project's cluster map (nodes, edges, metrics, summary, gaps) as a TanStack query.

import { useQuery } from '@tanstack/react-query';
import { api, projectPath } from '../../api/client';
import type { ClusterMapView } from './types';

export function useClusterMap(slug: string) {
  return useQuery({
    queryKey: ['fieldStudy', slug, 'cluster-map'],
    queryFn: () => api.get<ClusterMapView>(projectPath(slug, '/cluster-map')),
  });
}
