// Louvain community detection (Blondel et al. 2008), multi-level, seeded, on typed arrays.

import { mulberry32 } from '../random/mulberry32';
import type { Graph } from './graph';
import { modularity } from './modularity';
import { undirectedView } from './undirectedView';

export interface LouvainOptions {
  /** Seed for the node visiting order; same seed, same result. Default 1. */
  seed?: number;
  /** Default 1. */
  resolution?: number;
  /** Stop when a level improves modularity by no more than this. Default 1e-7 (networkx). */
  threshold?: number;
}

export interface LouvainResult {
  /** Community index per node, 0..count-1, numbered in order of lowest node index. */
  community: Int32Array;
  count: number;
  /** networkx `modularity` of the result, with the same resolution. */
  modularity: number;
}

/**
 * One level's graph. Undirected graphs are read as arcs both ways, which doubles every weight and
 * m and leaves each gain as networkx computes it, so directed and undirected share one formula.
 */
interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  /** Weight to a neighbour, both directions summed, self-loops left out (networkx `nbrs`). */
  weights: Float64Array;
  /** Weighted in- and out-degree, self-loops included. */
  strengthIn: Float64Array;
  strengthOut: Float64Array;
}

/**
 * The algorithm of networkx `louvain_communities` (weighted; directed modularity on directed
 * graphs): nodes in a seeded random order move to the neighbouring community of greatest positive
 * gain until none moves, then communities become nodes; stops when a level adds <= threshold.
 * mulberry32 stands in for Python's random, so communities match networkx's in quality, not label
 * for label.
 */
export function louvain(graph: Graph, options: LouvainOptions = {}): LouvainResult {
  const resolution = options.resolution ?? 1;
  const threshold = options.threshold ?? 1e-7;
  const random = mulberry32(options.seed ?? 1);
  const n = graph.nodeCount;
  const nodeCommunity = new Int32Array(n);
  for (let u = 0; u < n; u++) nodeCommunity[u] = u;
  let level = firstLevel(graph);
  const m = level.strengthOut.reduce((sum, s) => sum + s, 0);
  let current = modularity(graph, nodeCommunity, { resolution });
  if (m > 0) {
    for (;;) {
      const { community, moved } = oneLevel(level, m, resolution, random);
      if (!moved) break;
      for (let u = 0; u < n; u++) nodeCommunity[u] = community[nodeCommunity[u]!]!;
      const next = modularity(graph, nodeCommunity, { resolution });
      // networkx yields this level's partition before testing the gain, so it is kept either way.
      if (next - current <= threshold) break;
      current = next;
      level = aggregate(level, community);
    }
  }
  const { labels, count } = renumber(nodeCommunity);
  return { community: labels, count, modularity: modularity(graph, labels, { resolution }) };
}

function firstLevel(graph: Graph): Level {
  const view = undirectedView(graph);
  const n = graph.nodeCount;
  const factor = graph.directed ? 1 : 2;
  const weights = graph.directed ? view.weights : view.weights.map((w) => 2 * w);
  const strengthOut = new Float64Array(n);
  const strengthIn = new Float64Array(n);
  const rowSum = (offsets: Int32Array, w: Float64Array, u: number) => {
    let s = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) s += w[k]!;
    return s;
  };
  for (let u = 0; u < n; u++) {
    const loop = graph.selfLoopWeight[u]! * factor;
    // Undirected: the weighted degree, a self-loop counting twice (networkx `degree`).
    strengthOut[u] = rowSum(graph.offsets, graph.weights, u) + loop;
    strengthIn[u] = graph.directed
      ? rowSum(graph.inOffsets, graph.inWeights, u) + loop
      : strengthOut[u]!;
  }
  return { n, offsets: view.offsets, targets: view.targets, weights, strengthIn, strengthOut };
}

/** networkx `_one_level`: returns each node's community, renumbered 0..k-1, and whether any moved. */
function oneLevel(
  level: Level,
  m: number,
  resolution: number,
  random: () => number,
): { community: Int32Array; moved: boolean } {
  const { n, offsets, targets, weights, strengthIn, strengthOut } = level;
  const community = new Int32Array(n);
  for (let u = 0; u < n; u++) community[u] = u;
  const totalIn = strengthIn.slice();
  const totalOut = strengthOut.slice();
  const order = new Int32Array(n);
  for (let u = 0; u < n; u++) order[u] = u;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  const toCommunity = new Float64Array(n);
  const listed = new Uint8Array(n);
  const list = new Int32Array(n);
  const m2 = m * m;
  let moved = false;
  let moves = 1;
  while (moves > 0) {
    moves = 0;
    for (let i = 0; i < n; i++) {
      const u = order[i]!;
      let length = 0;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const c = community[targets[k]!]!;
        if (listed[c] === 0) {
          listed[c] = 1;
          list[length++] = c;
        }
        toCommunity[c] = toCommunity[c]! + weights[k]!;
      }
      const own = community[u]!;
      const uIn = strengthIn[u]!;
      const uOut = strengthOut[u]!;
      totalIn[own] = totalIn[own]! - uIn;
      totalOut[own] = totalOut[own]! - uOut;
      const removeCost =
        -toCommunity[own]! / m + (resolution * (uOut * totalIn[own]! + uIn * totalOut[own]!)) / m2;
      let best = own;
      let bestGain = 0;
      for (let j = 0; j < length; j++) {
        const c = list[j]!;
        const gain =
          removeCost +
          toCommunity[c]! / m -
          (resolution * (uOut * totalIn[c]! + uIn * totalOut[c]!)) / m2;
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
        toCommunity[c] = 0;
        listed[c] = 0;
      }
      toCommunity[own] = 0;
      totalIn[best] = totalIn[best]! + uIn;
      totalOut[best] = totalOut[best]! + uOut;
      if (best !== own) {
        community[u] = best;
        moves++;
        moved = true;
      }
    }
  }
  return { community: renumber(community).labels, moved };
}

/** Communities become nodes: weights between communities summed, internal weight left in the strengths. */
function aggregate(level: Level, community: Int32Array): Level {
  const { n, offsets, targets, weights, strengthIn, strengthOut } = level;
  let k = 0;
  for (let u = 0; u < n; u++) k = Math.max(k, community[u]! + 1);
  const memberStart = new Int32Array(k + 1);
  for (let u = 0; u < n; u++) memberStart[community[u]! + 1]!++;
  for (let c = 0; c < k; c++) memberStart[c + 1] = memberStart[c + 1]! + memberStart[c]!;
  const members = new Int32Array(n);
  const fill = memberStart.slice(0, k);
  for (let u = 0; u < n; u++) members[fill[community[u]!]!++] = u;
  const newOffsets = new Int32Array(k + 1);
  const newTargets = new Int32Array(targets.length);
  const newWeights = new Float64Array(targets.length);
  const newIn = new Float64Array(k);
  const newOut = new Float64Array(k);
  const position = new Int32Array(k).fill(-1);
  let write = 0;
  for (let c = 0; c < k; c++) {
    newOffsets[c] = write;
    const rowStart = write;
    for (let i = memberStart[c]!; i < memberStart[c + 1]!; i++) {
      const u = members[i]!;
      newIn[c] = newIn[c]! + strengthIn[u]!;
      newOut[c] = newOut[c]! + strengthOut[u]!;
      for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
        const d = community[targets[j]!]!;
        if (d === c) continue;
        if (position[d] === -1) {
          position[d] = write;
          newTargets[write] = d;
          newWeights[write++] = weights[j]!;
        } else newWeights[position[d]!] = newWeights[position[d]!]! + weights[j]!;
      }
    }
    for (let j = rowStart; j < write; j++) position[newTargets[j]!] = -1;
  }
  newOffsets[k] = write;
  return {
    n: k,
    offsets: newOffsets,
    targets: newTargets.slice(0, write),
    weights: newWeights.slice(0, write),
    strengthIn: newIn,
    strengthOut: newOut,
  };
}

/** Labels 0..count-1 in order of first appearance. */
function renumber(community: Int32Array): { labels: Int32Array; count: number } {
  const map = new Map<number, number>();
  const labels = new Int32Array(community.length);
  community.forEach((c, u) => {
    let label = map.get(c);
    if (label === undefined) {
      label = map.size;
      map.set(c, label);
    }
    labels[u] = label;
  });
  return { labels, count: map.size };
}
