// Exact betweenness centrality (Brandes 2001) on typed arrays, with a source range so callers can
// split the work across worker threads and sum the partial results.

import { accumulateBrandes, accumulateWeightedBrandes, sourceRange } from './brandes';
import type { Graph } from './graph';

export interface BetweennessOptions {
  /** Scale as networkx `normalized=True`: 1/((n-1)(n-2)), times 2 on undirected graphs. Default false. */
  normalized?: boolean;
  /** Half-open range [start, end) of source node indices to run from. Default: all nodes. */
  sources?: readonly [start: number, end: number];
  /** Use edge weights as distances (Dijkstra) instead of hop counts. Default false. */
  weighted?: boolean;
}

/**
 * Unnormalised betweenness, endpoints excluded, as networkx `betweenness_centrality(G,
 * normalized=False)` and igraph `betweenness()`: on undirected graphs each unordered pair counts
 * once. Unweighted (hop counts) unless `weighted`. Self-loops and edge multiplicity never matter.
 *
 * Partial results are summable: the result for sources [a, b) plus that for [b, c) equals the one
 * for [a, c), because the undirected halving (and normalisation) is applied to each part.
 */
export function betweenness(graph: Graph, options: BetweennessOptions = {}): Float64Array {
  const n = graph.nodeCount;
  const [start, end] = sourceRange(n, options.sources);
  const result = new Float64Array(n);
  if (options.weighted === true) accumulateWeightedBrandes(graph, start, end, result);
  else accumulateBrandes(graph, start, end, result);
  scaleBetweenness(graph, result, options.normalized === true);
  return result;
}

/**
 * As networkx `_rescale`: unnormalised undirected sums count each pair from both ends, so halve;
 * `normalized` multiplies the raw sums by 1/((n-1)(n-2)) instead (which includes the halving on
 * undirected graphs, as the pair count there is (n-1)(n-2)/2); no scaling then when n <= 2.
 */
export function scaleBetweenness(graph: Graph, values: Float64Array, normalized: boolean): void {
  const n = graph.nodeCount;
  let scale = graph.directed ? 1 : 0.5;
  if (normalized) scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  if (scale === 1) return;
  for (let i = 0; i < n; i++) values[i] = values[i]! * scale;
}
