// The undirected view of a graph, for measures that ignore direction (brokers, Louvain's
// neighbour weights): each neighbour once per row, weight = sum of both directions.

import type { Graph } from './graph';

export interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/**
 * Undirected graphs: their own arrays. Directed graphs: out- and in-rows merged (both sorted, so a
 * linear merge), an arc both ways becoming one neighbour with the two weights summed.
 */
export function undirectedView(graph: Graph): Adjacency {
  if (!graph.directed)
    return { offsets: graph.offsets, targets: graph.targets, weights: graph.weights };
  const n = graph.nodeCount;
  const { offsets, targets, weights, inOffsets, inSources, inWeights } = graph;
  const outOffsets = new Int32Array(n + 1);
  const merged = new Int32Array(targets.length + inSources.length);
  const mergedWeights = new Float64Array(merged.length);
  let write = 0;
  for (let u = 0; u < n; u++) {
    outOffsets[u] = write;
    let a = offsets[u]!;
    const aEnd = offsets[u + 1]!;
    let b = inOffsets[u]!;
    const bEnd = inOffsets[u + 1]!;
    while (a < aEnd || b < bEnd) {
      const va = a < aEnd ? targets[a]! : n;
      const vb = b < bEnd ? inSources[b]! : n;
      if (va < vb) {
        merged[write] = va;
        mergedWeights[write++] = weights[a++]!;
      } else if (vb < va) {
        merged[write] = vb;
        mergedWeights[write++] = inWeights[b++]!;
      } else {
        merged[write] = va;
        mergedWeights[write++] = weights[a++]! + inWeights[b++]!;
      }
    }
  }
  outOffsets[n] = write;
  return {
    offsets: outOffsets,
    targets: merged.slice(0, write),
    weights: mergedWeights.slice(0, write),
  };
}
