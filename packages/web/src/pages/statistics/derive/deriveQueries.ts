// The derive page's requests: the dataset's code levels, the project's IO tables (under the key
// the IO table panel refreshes), the derivation and the comparison (reads that change nothing).

import { useMutation, useQuery } from '@tanstack/react-query';
import { api, projectPath, query } from '../../../api/client';
import { statisticsKeys, statisticsPath } from '../statisticsQueries';
import type {
  DeriveAnswerView,
  DeriveCompareView,
  DeriveLevelsView,
  DeriveRequest,
  IoTableView,
} from './deriveTypes';

/** The digit levels of a dataset's codes; idle while no dataset is chosen. */
export function useDeriveLevels(slug: string, datasetId: string | null) {
  return useQuery({
    queryKey: [...statisticsKeys.dataset(slug, datasetId ?? ''), 'levels'],
    queryFn: () =>
      api.get<DeriveLevelsView>(statisticsPath(slug, `/derive/levels${query({ datasetId })}`)),
    enabled: Boolean(datasetId),
  });
}

/** The project's IO tables, shared with the cluster map's IO table panel. */
export function useIoTables(slug: string) {
  return useQuery({
    queryKey: ['fieldStudy', slug, 'io-tables'],
    queryFn: () => api.get<IoTableView[]>(projectPath(slug, '/io-tables')),
  });
}

/** Runs a derivation (it may take a minute on 1,000 industries). */
export function useDerive(slug: string) {
  return useMutation({
    mutationFn: (request: DeriveRequest) =>
      api.post<DeriveAnswerView>(statisticsPath(slug, '/derive'), request),
  });
}

/** Compares clusters with a project definition. */
export function useCompare(slug: string) {
  return useMutation({
    mutationFn: (body: {
      definitionId: string;
      clusters: { code: string; industries: string[] }[];
    }) => api.post<DeriveCompareView>(statisticsPath(slug, '/derive/compare'), body),
  });
}
