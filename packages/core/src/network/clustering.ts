// Local clustering coefficient, as networkx `clustering` (unweighted).

import type { Graph } from './graph';

/**
 * Undirected: triangles through v over deg(v)(deg(v) - 1)/2, 0 when deg < 2. Directed: Fagiolo's
 * coefficient as networkx (all directed triangles through v over 2(d_tot(d_tot - 1) - 2 d_bidirectional)),
 * 0 when there are none. Self-loops are ignored, as networkx does.
 */
export function clustering(graph: Graph): Float64Array {
  return graph.directed ? directedClustering(graph) : undirectedClustering(graph);
}

function undirectedClustering(graph: Graph): Float64Array {
  const n = graph.nodeCount;
  const { offsets, targets } = graph;
  const result = new Float64Array(n);
  // mark[w] === u + 1 while visiting u means w is a neighbour of u.
  const mark = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const d = offsets[u + 1]! - offsets[u]!;
    if (d < 2) continue;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) mark[targets[k]!] = u + 1;
    // Each triangle u-v-w is seen from v and from w: twice.
    let closed = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = targets[k]!;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) if (mark[targets[j]!] === u + 1) closed++;
    }
    result[u] = closed / (d * (d - 1));
  }
  return result;
}

/** networkx `_directed_triangles_and_degree_iter` on marker arrays: bit 1 predecessor, bit 2 successor. */
function directedClustering(graph: Graph): Float64Array {
  const n = graph.nodeCount;
  const { offsets, targets, inOffsets, inSources } = graph;
  const result = new Float64Array(n);
  const mark = new Uint8Array(n);
  // Both sets of v's pair j with v's pred/succ: count how many of those k are pred and/or succ of i.
  const countIn = (from: number, to: number, list: Int32Array): number => {
    let found = 0;
    for (let k = from; k < to; k++) {
      const bits = mark[list[k]!]!;
      found += (bits & 1) + (bits >> 1);
    }
    return found;
  };
  for (let i = 0; i < n; i++) {
    for (let k = inOffsets[i]!; k < inOffsets[i + 1]!; k++)
      mark[inSources[k]!] = mark[inSources[k]!]! | 1;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) mark[targets[k]!] = mark[targets[k]!]! | 2;
    let triangles = 0;
    let bidirectional = 0;
    const visit = (j: number) => {
      triangles += countIn(inOffsets[j]!, inOffsets[j + 1]!, inSources);
      triangles += countIn(offsets[j]!, offsets[j + 1]!, targets);
    };
    for (let k = inOffsets[i]!; k < inOffsets[i + 1]!; k++) visit(inSources[k]!);
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      visit(targets[k]!);
      if (mark[targets[k]!] === 3) bidirectional++;
    }
    const total = inOffsets[i + 1]! - inOffsets[i]! + offsets[i + 1]! - offsets[i]!;
    if (triangles > 0) result[i] = triangles / ((total * (total - 1) - 2 * bidirectional) * 2);
    for (let k = inOffsets[i]!; k < inOffsets[i + 1]!; k++) mark[inSources[k]!] = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) mark[targets[k]!] = 0;
  }
  return result;
}
