// A grid search over clustering methods and parameters, each result scored with DPS validation
// scores and the grid ranked by them, best first.

import { StatsInputError } from '../statsInputError';
import { type ClusterMethod, type ClusterParameters, clusterIndustries } from './clusterIndustries';
import { type RelatednessMeasure } from './relatednessMeasure';
import { type ValidationScores, validationScores } from './validationScores';

export interface ClusterGridOptions {
  /** Default all three. */
  methods?: readonly ClusterMethod[];
  /** Numbers of clusters to try; default autoClusterCounts(n). */
  ks?: readonly number[];
  /** Louvain thresholds (percentiles). Default [80, 90, 95]. */
  thresholds?: readonly number[];
  seed?: number;
  restarts?: number;
}

export interface GridResult {
  parameters: ClusterParameters;
  labels: Int32Array;
  count: number;
  scores: ValidationScores;
}

/**
 * Numbers of clusters to try when the analyst says `auto`: eight steps from n / 20 to n / 4 (at
 * least 2, at most n - 1), a span that holds the US benchmark (51 clusters of the 680 traded
 * codes of ../shared/data's crosswalk is n / 13). It stops at n / 20 because the scores
 * favour few large clusters (VS-industry is easier to pass among few clusters): on CBP 2011 the
 * best score falls steadily from n / 40 up.
 */
export function autoClusterCounts(n: number): number[] {
  const low = Math.max(2, Math.round(n / 20));
  const high = Math.max(low, Math.min(n - 1, Math.round(n / 4)));
  const counts = new Set<number>();
  for (let step = 0; step < 8; step++) counts.add(Math.round(low + ((high - low) * step) / 7));
  return [...counts];
}

/**
 * Every method with every k (Louvain: every threshold with every k, the resolution searched),
 * clustered on `clusterOn` and scored on the percentiles of `scoreOn` (validationScores), ranked
 * by score, then vsIndustry; ties keep grid order. A parameter set that cannot run
 * (Louvain with no pair above its threshold) is left out; StatsInputError when none can.
 */
export function clusterGrid(
  clusterOn: RelatednessMeasure,
  scoreOn: readonly RelatednessMeasure[],
  options: ClusterGridOptions = {},
): GridResult[] {
  const n = clusterOn.industries.length;
  const methods = options.methods ?? ['hierarchical', 'kmeans', 'louvain'];
  const ks = options.ks ?? autoClusterCounts(n);
  const thresholds = options.thresholds ?? [80, 90, 95];
  const common = {
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.restarts === undefined ? {} : { restarts: options.restarts }),
  };
  const grid: ClusterParameters[] = [];
  for (const method of methods)
    for (const k of ks) {
      if (method === 'louvain')
        for (const threshold of thresholds) grid.push({ method, k, threshold, ...common });
      else grid.push({ method, k, ...common });
    }
  const scoring = scoreOn.map((measure) => ({ measure, values: measure.percentiles }));
  const results: GridResult[] = [];
  let lastError: StatsInputError | undefined;
  for (const parameters of grid) {
    let clustered;
    try {
      clustered = clusterIndustries(clusterOn, parameters);
    } catch (error) {
      if (!(error instanceof StatsInputError) || parameters.method !== 'louvain') throw error;
      lastError = error;
      continue;
    }
    if (clustered.count < 2) continue;
    const used =
      clustered.resolution === undefined
        ? parameters
        : { ...parameters, resolution: clustered.resolution };
    results.push({
      parameters: used,
      labels: clustered.labels,
      count: clustered.count,
      scores: validationScores(scoring, clustered.labels, clustered.count),
    });
  }
  if (results.length === 0)
    throw lastError ?? new StatsInputError('no parameter set of the grid gave 2 or more clusters');
  return results
    .map((result, order) => ({ result, order }))
    .sort(
      (a, b) =>
        b.result.scores.score - a.result.scores.score ||
        b.result.scores.vsIndustry - a.result.scores.vsIndustry ||
        a.order - b.order,
    )
    .map(({ result }) => result);
}
