// The secondary research's data as TanStack queries. Every key starts with ['statistics', slug],
// so one invalidation after an import, an edit or new choices refreshes every statistics screen.

import { useQuery } from '@tanstack/react-query';
import { api, projectPath, query } from '../../api/client';
import type {
  ClusterOverviewView,
  ClusterRankingView,
  DatasetDetailView,
  DatasetView,
  DefinitionSummaryView,
  DefinitionView,
  DensityView,
  RegionPortfolioView,
  RelatedView,
  RelatednessView,
  ShiftShareView,
  StatisticsSettingsView,
} from './types';

/** What every analysis request names: the dataset, the definition, and the analyst's choices. */
// A type, not an interface: it must fit the query string's Record of parameters.
export type AnalysisParams = {
  datasetId: string;
  definitionId: string;
  benchmark?: string;
  year?: number;
  fromYear?: number;
};

export const statisticsKeys = {
  all: (slug: string) => ['statistics', slug] as const,
  datasets: (slug: string) => ['statistics', slug, 'datasets'] as const,
  dataset: (slug: string, id: string) => ['statistics', slug, 'dataset', id] as const,
  definitions: (slug: string) => ['statistics', slug, 'definitions'] as const,
  definition: (slug: string, id: string) => ['statistics', slug, 'definition', id] as const,
  relatedness: (slug: string) => ['statistics', slug, 'relatedness'] as const,
  settings: (slug: string) => ['statistics', slug, 'settings'] as const,
  analysis: (slug: string, what: string, params: object) =>
    ['statistics', slug, 'analysis', what, params] as const,
};

export const statisticsPath = (slug: string, rest: string) =>
  projectPath(slug, `/statistics${rest}`);

export function useDatasets(slug: string) {
  return useQuery({
    queryKey: statisticsKeys.datasets(slug),
    queryFn: () => api.get<DatasetView[]>(statisticsPath(slug, '/datasets')),
  });
}

/** One dataset with its region codes; idle while no dataset is chosen. */
export function useDataset(slug: string, id: string | null | undefined) {
  return useQuery({
    queryKey: statisticsKeys.dataset(slug, id ?? ''),
    queryFn: () => api.get<DatasetDetailView>(statisticsPath(slug, `/datasets/${id}`)),
    enabled: Boolean(id),
  });
}

export function useDefinitions(slug: string) {
  return useQuery({
    queryKey: statisticsKeys.definitions(slug),
    queryFn: () => api.get<DefinitionSummaryView[]>(statisticsPath(slug, '/definitions')),
  });
}

export function useDefinition(slug: string, id: string) {
  return useQuery({
    queryKey: statisticsKeys.definition(slug, id),
    queryFn: () => api.get<DefinitionView>(statisticsPath(slug, `/definitions/${id}`)),
  });
}

export function useRelatednessMatrices(slug: string) {
  return useQuery({
    queryKey: statisticsKeys.relatedness(slug),
    queryFn: () => api.get<RelatednessView[]>(statisticsPath(slug, '/relatedness')),
  });
}

export function useStatisticsSettings(slug: string) {
  return useQuery({
    queryKey: statisticsKeys.settings(slug),
    queryFn: () => api.get<StatisticsSettingsView>(statisticsPath(slug, '/settings')),
  });
}

/** The analysis parameters of the saved choices, or null while a dataset or definition is missing. */
export function analysisParams(
  settings: StatisticsSettingsView | undefined,
): AnalysisParams | null {
  if (!settings?.datasetId || !settings.definitionId) return null;
  return {
    datasetId: settings.datasetId,
    definitionId: settings.definitionId,
    benchmark: settings.benchmarkRegion ?? undefined,
    year: settings.year ?? undefined,
    fromYear: settings.fromYear ?? undefined,
  };
}

/** An analysis request, idle while its parameters are incomplete. */
function useAnalysis<T>(
  slug: string,
  route: string,
  params: (AnalysisParams & Record<string, string | number | undefined>) | null,
) {
  return useQuery({
    queryKey: statisticsKeys.analysis(slug, route, params ?? {}),
    queryFn: () => api.get<T>(statisticsPath(slug, `${route}${query({ ...params })}`)),
    enabled: params !== null,
    // The previous answer stays on screen while the next region or cluster loads.
    placeholderData: (previous) => previous,
    staleTime: 60_000,
  });
}

export function usePortfolio(slug: string, params: AnalysisParams | null, region: string | null) {
  return useAnalysis<RegionPortfolioView>(
    slug,
    '/clusters',
    params && region ? { ...params, region } : null,
  );
}

export function useClusterRanking(
  slug: string,
  params: AnalysisParams | null,
  cluster: string | null,
) {
  return useAnalysis<ClusterRankingView>(
    slug,
    '/clusters',
    params && cluster ? { ...params, cluster } : null,
  );
}

export function useClusterOverview(slug: string, params: AnalysisParams | null) {
  return useAnalysis<ClusterOverviewView>(slug, '/clusters', params);
}

export function useShiftShare(slug: string, params: AnalysisParams | null, region: string | null) {
  return useAnalysis<ShiftShareView>(
    slug,
    '/shift-share',
    params && region ? { ...params, region } : null,
  );
}

export function useRelated(
  slug: string,
  params: AnalysisParams | null,
  region: string | null,
  relatednessId: string | null,
) {
  return useAnalysis<RelatedView>(
    slug,
    '/related',
    params && region && relatednessId ? { ...params, region, relatednessId } : null,
  );
}

export function useDensity(slug: string, params: AnalysisParams | null, region: string | null) {
  return useAnalysis<DensityView>(
    slug,
    '/density',
    params && region ? { ...params, region, limit: 20 } : null,
  );
}
