// Monitoring over REST: the indicators with their health, the network change, and the writes.
// Every key starts with ['roadmap', slug], the roadmap pages' prefix, so a write here refreshes
// the roadmap and action plan too (they show the same indicators), and theirs refresh these.

import { useQuery } from '@tanstack/react-query';
import type { IndicatorInputRaw } from '@kume/core';
import { api, projectPath, query } from '../../../api/client';
import { useProjectMutation, type ProjectMutationOptions } from '../../../api/useProjectMutation';
import type {
  IndicatorView,
  MonitoringView,
  NetworkChangeView,
  NetworkPeriods,
} from './monitoringTypes';

export const roadmapPrefix = (slug: string) => ['roadmap', slug] as const;
export const monitoringKey = (slug: string) => ['roadmap', slug, 'monitoring'] as const;
const networkKey = (slug: string, periods: NetworkPeriods | null) =>
  ['roadmap', slug, 'network-change', periods] as const;

const indicatorPath = (slug: string, id: string, rest = '') =>
  projectPath(slug, `/roadmap/indicators/${encodeURIComponent(id)}${rest}`);

export function useMonitoring(slug: string) {
  return useQuery({
    queryKey: monitoringKey(slug),
    queryFn: () => api.get<MonitoringView>(projectPath(slug, '/roadmap/monitoring')),
  });
}

/** The network change for chosen periods; null asks for the server's default periods. */
export function useNetworkChange(slug: string, periods: NetworkPeriods | null) {
  return useQuery({
    queryKey: networkKey(slug, periods),
    queryFn: () =>
      api.get<NetworkChangeView>(
        projectPath(slug, `/roadmap/network-change${query({ ...(periods ?? {}) })}`),
      ),
    // Keeps the last comparison on screen while the next loads.
    placeholderData: (previous) => previous,
  });
}

/** A write of monitoring: refreshes every roadmap query of the project. */
export function useMonitoringMutation<Variables, Result>(
  slug: string,
  mutationFn: (variables: Variables) => Promise<Result>,
  options: ProjectMutationOptions<Result> = {},
) {
  return useProjectMutation(slug, [roadmapPrefix(slug)], mutationFn, options);
}

export interface IndicatorValueInput {
  on: string;
  value: number;
  unit: string;
  note: string;
}

export const recordValue = (slug: string, indicatorId: string, input: IndicatorValueInput) =>
  api.post<IndicatorView>(indicatorPath(slug, indicatorId, '/values'), input);

export const deleteValue = (slug: string, indicatorId: string, valueId: string) =>
  api.delete(indicatorPath(slug, indicatorId, `/values/${encodeURIComponent(valueId)}`));

export const createIndicator = (slug: string, input: IndicatorInputRaw) =>
  api.post<IndicatorView>(projectPath(slug, '/roadmap/indicators'), input);

export const updateIndicator = (slug: string, id: string, input: IndicatorInputRaw) =>
  api.put<IndicatorView>(indicatorPath(slug, id), input);

/** Deletes an indicator; with `withValues` its recorded values go too (else a 409 when it has some). */
export const deleteIndicator = (slug: string, id: string, withValues: boolean) =>
  api.delete(indicatorPath(slug, id, query({ withValues: withValues || undefined })));

export interface PresetIndicatorsInput {
  codes: string[];
  lang: 'tr' | 'en';
  baselineOn: string;
  dueOn: string;
  figures: Record<string, { baseline: number; target: number }>;
}

export const addPresetIndicators = (slug: string, input: PresetIndicatorsInput) =>
  api.post<{ items: IndicatorView[] }>(projectPath(slug, '/roadmap/indicators/presets'), input);
