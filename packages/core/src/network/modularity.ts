// Modularity of a partition, as networkx `modularity` (weighted; directed form on directed graphs).

import type { Graph } from './graph';

/**
 * Q = sum over communities c of L_c / m - resolution * out_c * in_c / m^2 (directed; out_c, in_c
 * summed weighted degrees), or L_c / m - resolution * (d_c / 2m)^2 (undirected), with edge weights
 * and self-loops included. 0 for a graph without edge weight. Community indices must be 0..k-1.
 */
export function modularity(
  graph: Graph,
  community: Int32Array,
  options: { resolution?: number } = {},
): number {
  const resolution = options.resolution ?? 1;
  const n = graph.nodeCount;
  const { offsets, targets, weights, selfLoopWeight } = graph;
  // Undirected graphs are read as arcs both ways (self-loops twice): L_c, degrees and m all double,
  // which leaves both terms of Q unchanged and lets one formula serve.
  const loopFactor = graph.directed ? 1 : 2;
  let k = 0;
  for (let u = 0; u < n; u++) k = Math.max(k, community[u]! + 1);
  const inside = new Float64Array(k);
  const outSum = new Float64Array(k);
  const inSum = new Float64Array(k);
  let m = 0;
  for (let u = 0; u < n; u++) {
    const c = community[u]!;
    const loop = selfLoopWeight[u]! * loopFactor;
    let out = loop;
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
      out += weights[j]!;
      if (community[targets[j]!] === c) inside[c] = inside[c]! + weights[j]!;
    }
    inside[c] = inside[c]! + loop;
    outSum[c] = outSum[c]! + out;
    m += out;
  }
  if (graph.directed) {
    for (let u = 0; u < n; u++) {
      let into = selfLoopWeight[u]!;
      for (let j = graph.inOffsets[u]!; j < graph.inOffsets[u + 1]!; j++)
        into += graph.inWeights[j]!;
      inSum[community[u]!] = inSum[community[u]!]! + into;
    }
  } else inSum.set(outSum);
  if (m === 0) return 0;
  let q = 0;
  for (let c = 0; c < k; c++) q += inside[c]! / m - (resolution * outSum[c]! * inSum[c]!) / (m * m);
  return q;
}
