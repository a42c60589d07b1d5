// Closeness centrality as networkx computes it (Wasserman-Faust improved for disconnected graphs).

import { sourceRange } from './brandes';
import type { Graph } from './graph';

export interface ClosenessOptions {
  /** Half-open range [start, end) of nodes to compute; others are 0. Default: all nodes. */
  sources?: readonly [start: number, end: number];
}

/**
 * networkx `closeness_centrality(G)` with wf_improved=True: for node u reaching r - 1 others,
 * ((r - 1) / sum of distances) * ((r - 1) / (n - 1)); 0 when it reaches none. Hop counts. On
 * directed graphs distances run TO u (incoming), as in networkx.
 */
export function closeness(graph: Graph, options: ClosenessOptions = {}): Float64Array {
  const n = graph.nodeCount;
  const [start, end] = sourceRange(n, options.sources);
  const result = new Float64Array(n);
  // Incoming distances: a breadth-first search along the in-adjacency.
  const offsets = graph.inOffsets;
  const neighbours = graph.inSources;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let s = start; s < end; s++) {
    dist[s] = 0;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let sum = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const dv = dist[v]! + 1;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = neighbours[k]!;
        if (dist[w]! < 0) {
          dist[w] = dv;
          sum += dv;
          queue[tail++] = w;
        }
      }
    }
    result[s] = closenessValue(n, tail - 1, sum);
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
  }
  return result;
}

/** Wasserman-Faust improved closeness of a node reaching `reached` others at total distance `sum`. */
export function closenessValue(n: number, reached: number, sum: number): number {
  if (sum <= 0 || n <= 1) return 0;
  return (reached / sum) * (reached / (n - 1));
}
