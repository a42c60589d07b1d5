// The project's imported map shapes (geographies) as a TanStack query. The key starts with
// ['statistics', slug], so the statistics screens' invalidation after a write refreshes it too.

import { useQuery } from '@tanstack/react-query';
import type { GeographyView } from '@kume/server';
import { api } from '../../../api/client';
import { statisticsPath } from '../statisticsQueries';

export const geographiesKey = (slug: string) => ['statistics', slug, 'geographies'] as const;

export function useGeographies(slug: string) {
  return useQuery({
    queryKey: geographiesKey(slug),
    queryFn: () => api.get<GeographyView[]>(statisticsPath(slug, '/geographies')),
    staleTime: 60_000,
  });
}
