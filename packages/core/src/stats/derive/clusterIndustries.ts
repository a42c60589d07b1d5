// One clustering of industries from a relatedness measure, by one of three methods: hierarchical
// (average linkage), k-means on the matrix rows, or Louvain on the thresholded graph.

import { StatsInputError } from '../statsInputError';
import { averageLinkage, cutLinkage } from './averageLinkage';
import { type ClusterLabels, renumberLabels } from './clusterLabels';
import { kMeansRows } from './kMeansRows';
import { louvainClusters } from './louvainClusters';
import { listCodes, type RelatednessMeasure, unmeasuredIndustries } from './relatednessMeasure';

export type ClusterMethod = 'hierarchical' | 'kmeans' | 'louvain';

export interface ClusterParameters {
  method: ClusterMethod;
  /** Number of clusters: required for hierarchical and k-means; Louvain searches its resolution for it. */
  k?: number;
  /** Louvain: percentile from which pairs are linked. Default 90. */
  threshold?: number;
  /** Louvain without k. Default 1. */
  resolution?: number;
  /** k-means and Louvain. Default 1. */
  seed?: number;
  /** k-means starts. Default 4. */
  restarts?: number;
  /**
   * Hierarchical: a stated n x n distance to use instead of 1 - percentile / 100.
   */
  distance?: Float64Array;
}

/** Checks k against n: at least 2 clusters, at most one per industry. */
export function checkClusterCount(k: number, n: number): void {
  if (!Number.isInteger(k) || k < 2)
    throw new StatsInputError(
      `the number of clusters must be a whole number of at least 2, got ${k}`,
    );
  if (k > n) throw new StatsInputError(`${k} clusters is more than the ${n} industries to cluster`);
}

/**
 * Clusters the industries of `measure` on its percentiles: hierarchical on the distance 1 -
 * percentile / 100 (or `distance`), k-means on the rows of percentile / 100, Louvain on the graph
 * of pairs at or above `threshold`. Throws StatsInputError when an industry has no relatedness (a
 * NaN row: name them) or k is out of range.
 */
export function clusterIndustries(
  measure: RelatednessMeasure,
  parameters: ClusterParameters,
): ClusterLabels & { resolution?: number } {
  const n = measure.industries.length;
  const unmeasured = unmeasuredIndustries(measure);
  if (unmeasured.length > 0)
    throw new StatsInputError(
      `${measure.name}: ${unmeasured.length} industries have no relatedness to cluster on (leave them out): ${listCodes(unmeasured)}`,
    );
  for (let cell = 0; cell < n * n; cell++)
    if (Number.isNaN(measure.percentiles[cell]!) && cell % (n + 1) !== 0) {
      const i = Math.floor(cell / n);
      throw new StatsInputError(
        `${measure.name}: the relatedness of ${measure.industries[i]} and ${measure.industries[cell - i * n]} is missing`,
      );
    }
  const { method, k } = parameters;
  if (method === 'louvain') {
    if (k !== undefined) checkClusterCount(k, n);
    return louvainClusters(measure.industries, measure.percentiles, {
      ...(parameters.threshold === undefined ? {} : { threshold: parameters.threshold }),
      ...(parameters.resolution === undefined ? {} : { resolution: parameters.resolution }),
      ...(parameters.seed === undefined ? {} : { seed: parameters.seed }),
      ...(k === undefined ? {} : { k }),
    });
  }
  if (k === undefined)
    throw new StatsInputError(`${method} clustering needs the number of clusters`);
  checkClusterCount(k, n);
  if (method === 'hierarchical') {
    const distance = parameters.distance ?? new Float64Array(n * n);
    if (!parameters.distance)
      for (let cell = 0; cell < n * n; cell++)
        distance[cell] = cell % (n + 1) === 0 ? 0 : 1 - measure.percentiles[cell]! / 100;
    return renumberLabels(cutLinkage(averageLinkage(distance, n), k));
  }
  const rows = new Float64Array(n * n);
  for (let cell = 0; cell < n * n; cell++) rows[cell] = measure.percentiles[cell]! / 100;
  const { labels } = kMeansRows(rows, n, n, k, {
    ...(parameters.seed === undefined ? {} : { seed: parameters.seed }),
    ...(parameters.restarts === undefined ? {} : { restarts: parameters.restarts }),
  });
  return renumberLabels(labels);
}
