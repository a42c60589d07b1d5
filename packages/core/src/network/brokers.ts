// Brokers between communities: Guimera and Amaral's participation coefficient per node.

import type { Graph } from './graph';
import { undirectedView } from './undirectedView';

export interface BrokersResult {
  /** 1 - sum over communities s of (k_is / k_i)^2, ties in either direction; 0 for an isolate. */
  participation: Float64Array;
  /** Number of distinct communities among a node's neighbours and itself. */
  communitiesTied: Int32Array;
  /** Nodes tying >= 2 communities, highest participation first (ties: lower index first). */
  brokers: Int32Array;
}

/**
 * Participation coefficient (Guimera & Amaral 2005, Nature 433:895): near 1 when a node's ties
 * spread evenly over many communities, 0 when all lie in one. Ties are counted by neighbour, edge
 * direction and self-loops ignored; `weighted` sums weights instead (both directions).
 */
export function brokers(
  graph: Graph,
  community: Int32Array,
  options: { weighted?: boolean } = {},
): BrokersResult {
  const n = graph.nodeCount;
  const { offsets, targets, weights } = undirectedView(graph);
  const weighted = options.weighted === true;
  let k = 0;
  for (let u = 0; u < n; u++) k = Math.max(k, community[u]! + 1);
  const share = new Float64Array(k);
  const listed = new Uint8Array(k);
  const list = new Int32Array(k);
  const participation = new Float64Array(n);
  const communitiesTied = new Int32Array(n);
  const found: number[] = [];
  for (let u = 0; u < n; u++) {
    let length = 0;
    let total = 0;
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
      const c = community[targets[j]!]!;
      const w = weighted ? weights[j]! : 1;
      if (listed[c] === 0) {
        listed[c] = 1;
        list[length++] = c;
      }
      share[c] = share[c]! + w;
      total += w;
    }
    let squares = 0;
    let tied = length + (listed[community[u]!] === 1 ? 0 : 1);
    for (let j = 0; j < length; j++) {
      const c = list[j]!;
      if (total > 0) squares += (share[c]! / total) ** 2;
      share[c] = 0;
      listed[c] = 0;
    }
    if (length === 0) tied = 1;
    participation[u] = total > 0 ? 1 - squares : 0;
    communitiesTied[u] = tied;
    if (tied >= 2) found.push(u);
  }
  found.sort((a, b) => participation[b]! - participation[a]! || a - b);
  return { participation, communitiesTied, brokers: Int32Array.from(found) };
}
