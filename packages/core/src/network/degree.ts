// Degree of every node: in, out and total, counted and weighted.

import type { Graph } from './graph';

/**
 * Per-node degree as networkx counts it: on undirected graphs in = out = total = number of
 * neighbours, and a self-loop adds 2; on directed graphs total = in + out and a self-loop adds 1 to
 * each. Weighted columns sum the (merged) edge weights the same way.
 */
export interface DegreeResult {
  in: Float64Array;
  out: Float64Array;
  total: Float64Array;
  weightedIn: Float64Array;
  weightedOut: Float64Array;
  weightedTotal: Float64Array;
}

export function degree(graph: Graph): DegreeResult {
  const n = graph.nodeCount;
  const out = new Float64Array(n);
  const weightedOut = new Float64Array(n);
  const inn = new Float64Array(n);
  const weightedIn = new Float64Array(n);
  const rowSums = (
    offsets: Int32Array,
    weights: Float64Array,
    count: Float64Array,
    sum: Float64Array,
  ) => {
    for (let u = 0; u < n; u++) {
      let s = 0;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) s += weights[k]!;
      count[u] = offsets[u + 1]! - offsets[u]! + graph.hasSelfLoop[u]!;
      sum[u] = s + graph.selfLoopWeight[u]!;
    }
  };
  rowSums(graph.offsets, graph.weights, out, weightedOut);
  if (!graph.directed) {
    // networkx: an undirected self-loop adds 2 to the degree (both ends at the node).
    for (let u = 0; u < n; u++) {
      out[u] = out[u]! + graph.hasSelfLoop[u]!;
      weightedOut[u] = weightedOut[u]! + graph.selfLoopWeight[u]!;
    }
    return {
      in: out,
      out,
      total: out,
      weightedIn: weightedOut,
      weightedOut,
      weightedTotal: weightedOut,
    };
  }
  rowSums(graph.inOffsets, graph.inWeights, inn, weightedIn);
  const total = new Float64Array(n);
  const weightedTotal = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    total[u] = inn[u]! + out[u]!;
    weightedTotal[u] = weightedIn[u]! + weightedOut[u]!;
  }
  return { in: inn, out, total, weightedIn, weightedOut, weightedTotal };
}
