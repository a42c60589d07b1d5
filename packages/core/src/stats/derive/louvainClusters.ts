// Clusters as communities of the relatedness graph: industries linked where their relatedness
// percentile reaches a threshold, grouped by core's Louvain (network/louvain).

import { buildGraph } from '../../network/buildGraph';
import { louvain } from '../../network/louvain';
import { StatsInputError } from '../statsInputError';
import { renumberLabels } from './clusterLabels';

export interface LouvainClustersOptions {
  /** Pairs with a percentile >= this are linked, weighted percentile / 100. Default 90. */
  threshold?: number;
  /** Louvain's resolution (higher: more, smaller communities). Default 1; ignored with `k`. */
  resolution?: number;
  /** Aim at this many clusters: the resolution is searched (see louvainClusters). */
  k?: number;
  /** Louvain's seed. Default 1. */
  seed?: number;
}

export interface LouvainClusters {
  labels: Int32Array;
  count: number;
  /** The resolution used (searched when `k` was given). */
  resolution: number;
}

/**
 * Louvain communities of the graph of pairs at or above the threshold percentile (`percentiles`:
 * n x n, as RelatednessMeasure.percentiles, no NaN off the diagonal). An industry with no link
 * joins the community it is most related to on average, so every cluster has at least two
 * industries when the graph has any link. With `k`, the resolution is bisected on a log scale
 * between 1/64 and 64 (24 steps) and the result with the count nearest k is kept (the count is
 * not always reachable exactly). Throws StatsInputError when no pair reaches the threshold.
 */
export function louvainClusters(
  industries: readonly string[],
  percentiles: Float64Array,
  options: LouvainClustersOptions = {},
): LouvainClusters {
  const n = industries.length;
  const threshold = options.threshold ?? 90;
  const sources: string[] = [];
  const targets: string[] = [];
  const weights: number[] = [];
  const linked = new Uint8Array(n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const p = percentiles[i * n + j]!;
      if (Number.isNaN(p))
        throw new StatsInputError(
          `louvain: the relatedness of ${industries[i]} and ${industries[j]} is missing`,
        );
      if (p < threshold) continue;
      sources.push(industries[i]!);
      targets.push(industries[j]!);
      weights.push(p / 100);
      linked[i] = 1;
      linked[j] = 1;
    }
  if (sources.length === 0)
    throw new StatsInputError(
      `louvain: no pair of industries reaches the ${threshold}th percentile`,
    );
  const graph = buildGraph({
    nodes: industries,
    edges: { sources, targets, weights: Float64Array.from(weights) },
    directed: false,
  });
  const run = (resolution: number) => {
    const communities = louvain(graph, { resolution, seed: options.seed ?? 1 }).community;
    const labels = attachUnlinked(communities, linked, percentiles, n);
    return { ...renumberLabels(labels), resolution };
  };
  if (options.k === undefined) return run(options.resolution ?? 1);

  const k = options.k;
  let low = Math.log(1 / 64);
  let high = Math.log(64);
  let best = run(1);
  for (let step = 0; step < 24 && best.count !== k; step++) {
    const middle = (low + high) / 2;
    const result = run(Math.exp(middle));
    if (Math.abs(result.count - k) < Math.abs(best.count - k)) best = result;
    if (result.count < k) low = middle;
    else high = middle;
  }
  return best;
}

/** Unlinked industries take the community of highest mean percentile among linked industries. */
function attachUnlinked(
  communities: Int32Array,
  linked: Uint8Array,
  percentiles: Float64Array,
  n: number,
): Int32Array {
  const labels = Int32Array.from(communities);
  let count = 0;
  for (let i = 0; i < n; i++) if (linked[i]) count = Math.max(count, communities[i]! + 1);
  const sum = new Float64Array(count);
  const members = new Int32Array(count);
  for (let i = 0; i < n; i++) {
    if (linked[i]) continue;
    sum.fill(0);
    members.fill(0);
    for (let j = 0; j < n; j++) {
      if (!linked[j]) continue;
      const c = communities[j]!;
      sum[c] = sum[c]! + percentiles[i * n + j]!;
      members[c]!++;
    }
    let best = -1;
    let bestMean = -Infinity;
    for (let c = 0; c < count; c++) {
      if (members[c] === 0) continue;
      const mean = sum[c]! / members[c]!;
      if (mean > bestMean) {
        bestMean = mean;
        best = c;
      }
    }
    labels[i] = best;
  }
  return labels;
}
