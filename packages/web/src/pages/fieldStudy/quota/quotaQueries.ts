// The quota tracker's data as a TanStack query, keyed under ['fieldStudy', slug] so any field
// study write can refresh it.

import { useQuery } from '@tanstack/react-query';
import { api, projectPath, query } from '../../../api/client';
import type { QuotaView } from '../types';

/** The field study's default quota: 30 SMEs. */
export const DEFAULT_TARGET = 30;

export const quotaKey = (slug: string, target: number) =>
  ['fieldStudy', slug, 'quota', target] as const;

export function useQuota(slug: string, target: number = DEFAULT_TARGET) {
  return useQuery({
    queryKey: quotaKey(slug, target),
    queryFn: () => api.get<QuotaView>(projectPath(slug, `/field-study/quota${query({ target })}`)),
    placeholderData: (previous) => previous,
  });
}

/** The target from the address (`?target=`), 1..1000, else the default. */
export function targetFromParam(param: string | null): number {
  const value = Number(param);
  return Number.isInteger(value) && value >= 1 && value <= 1000 ? value : DEFAULT_TARGET;
}
