// Reciprocity of a directed network: the share of ties that are returned.

import type { Graph } from './graph';

/**
 * networkx `overall_reciprocity`: arcs whose reverse arc exists over all arcs (self-loops count as
 * arcs, never reciprocated). undefined for undirected graphs and graphs without edges.
 */
export function reciprocity(graph: Graph): number | undefined {
  if (!graph.directed || graph.edgeCount === 0) return undefined;
  const n = graph.nodeCount;
  const { offsets, targets, inOffsets, inSources } = graph;
  // mark[v] === u + 1 while visiting u means the arc u -> v exists.
  const mark = new Int32Array(n);
  let returned = 0;
  for (let u = 0; u < n; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) mark[targets[k]!] = u + 1;
    for (let k = inOffsets[u]!; k < inOffsets[u + 1]!; k++)
      if (mark[inSources[k]!] === u + 1) returned++;
  }
  return returned / graph.edgeCount;
}
