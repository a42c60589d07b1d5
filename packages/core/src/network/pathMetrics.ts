// Betweenness and closeness from one breadth-first search per source where the graph allows it
// (undirected: distances from u equal distances to u). What worker threads run on a source range.

import { scaleBetweenness } from './betweenness';
import { accumulateBrandes, sourceRange } from './brandes';
import { closeness, closenessValue } from './closeness';
import type { Graph } from './graph';

export interface PathMetrics {
  betweenness: Float64Array;
  closeness: Float64Array;
}

/**
 * Same values as `betweenness(graph, { sources })` and `closeness(graph, { sources })`, both
 * summable across source ranges (closeness is 0 outside the range). Undirected graphs share one
 * BFS per source; directed graphs run an outgoing BFS for betweenness and an incoming one for
 * closeness.
 */
export function pathMetrics(
  graph: Graph,
  options: { sources?: readonly [start: number, end: number] } = {},
): PathMetrics {
  const n = graph.nodeCount;
  const [start, end] = sourceRange(n, options.sources);
  const betweennessValues = new Float64Array(n);
  if (graph.directed) {
    accumulateBrandes(graph, start, end, betweennessValues);
    scaleBetweenness(graph, betweennessValues, false);
    return {
      betweenness: betweennessValues,
      closeness: closeness(graph, { sources: [start, end] }),
    };
  }
  const sum = new Float64Array(n);
  const reached = new Int32Array(n);
  accumulateBrandes(graph, start, end, betweennessValues, { sum, reached });
  scaleBetweenness(graph, betweennessValues, false);
  const closenessValues = new Float64Array(n);
  for (let s = start; s < end; s++) closenessValues[s] = closenessValue(n, reached[s]!, sum[s]!);
  return { betweenness: betweennessValues, closeness: closenessValues };
}
