// The project's relations (the cluster map's edges) as a TanStack query, under ['fieldStudy', slug].

import { useQuery } from '@tanstack/react-query';
import { api, projectPath } from '../../../api/client';
import type { RelationView } from '../types';

export function useRelations(slug: string) {
  return useQuery({
    queryKey: ['fieldStudy', slug, 'relations'],
    queryFn: () => api.get<RelationView[]>(projectPath(slug, '/relations')),
  });
}
