// Builds the typed-array Graph that the network metrics read, from an edge list (rows or columns),
// checking the input and merging duplicate edges. Linear time: two counting sorts, no comparisons.

import type { Graph } from './graph';
import { NetworkInputError } from './networkInputError';

/** One edge; `weight` defaults to 1. */
export interface EdgeRow {
  source: string;
  target: string;
  weight?: number;
}

/** The same edges as parallel columns (what a CSV reader produces cheaply). */
export interface EdgeColumns {
  sources: readonly string[];
  targets: readonly string[];
  weights?: Float64Array;
}

export interface BuildGraphInput {
  /** All node ids, in the order the graph should use. When given, an edge to another id is an error. */
  nodes?: readonly string[];
  edges: readonly EdgeRow[] | EdgeColumns;
  directed: boolean;
}

/**
 * Interns node ids (the order of `nodes`, then first appearance in the edges) and builds CSR
 * adjacency. Duplicate edges are merged and their weights summed (networkx would keep the last
 * weight instead); on an undirected graph a-b and b-a are duplicates. Self-loops are kept apart
 * (see Graph). A weight of 0 keeps the edge. Throws NetworkInputError naming the edge index for a
 * negative or non-finite weight, an empty id, or an id not in `nodes`; naming the node index for an
 * empty or repeated id in `nodes`.
 */
export function buildGraph(input: BuildGraphInput): Graph {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const fixedNodes = input.nodes !== undefined;
  input.nodes?.forEach((id, i) => {
    if (id === '') throw new NetworkInputError(`node ${i}: the id is empty`, { nodeIndex: i });
    if (index.has(id))
      throw new NetworkInputError(`node ${i}: the id "${id}" is repeated`, { nodeIndex: i });
    index.set(id, ids.length);
    ids.push(id);
  });

  const columns = toColumns(input.edges);
  const edgeTotal = columns.sources.length;
  if (columns.targets.length !== edgeTotal) {
    throw new NetworkInputError(
      `the edge columns differ in length: ${edgeTotal} sources, ${columns.targets.length} targets`,
    );
  }
  const nodeOf = (id: string | undefined, edge: number, end: string): number => {
    if (id === undefined || id === '') {
      throw new NetworkInputError(`edge ${edge}: the ${end} id is empty`, { edgeIndex: edge });
    }
    const known = index.get(id);
    if (known !== undefined) return known;
    if (fixedNodes) {
      throw new NetworkInputError(`edge ${edge}: the ${end} "${id}" is not in the node list`, {
        edgeIndex: edge,
      });
    }
    index.set(id, ids.length);
    ids.push(id);
    return ids.length - 1;
  };

  const from = new Int32Array(edgeTotal);
  const to = new Int32Array(edgeTotal);
  const weight = new Float64Array(edgeTotal);
  const loops: number[] = [];
  const loopWeights: number[] = [];
  let arcs = 0;
  for (let e = 0; e < edgeTotal; e++) {
    const u = nodeOf(columns.sources[e], e, 'source');
    const v = nodeOf(columns.targets[e], e, 'target');
    const w = columns.weights === undefined ? 1 : (columns.weights[e] ?? 1);
    if (!Number.isFinite(w) || w < 0) {
      throw new NetworkInputError(`edge ${e}: the weight ${w} is not a finite number >= 0`, {
        edgeIndex: e,
      });
    }
    if (u === v) {
      loops.push(u);
      loopWeights.push(w);
      continue;
    }
    from[arcs] = u;
    to[arcs] = v;
    weight[arcs] = w;
    arcs++;
  }

  const n = ids.length;
  const selfLoopWeight = new Float64Array(n);
  const hasSelfLoop = new Uint8Array(n);
  let selfLoopCount = 0;
  let duplicateEdgeCount = 0;
  loops.forEach((u, k) => {
    if (hasSelfLoop[u] === 1) duplicateEdgeCount++;
    else selfLoopCount++;
    hasSelfLoop[u] = 1;
    selfLoopWeight[u] = selfLoopWeight[u]! + loopWeights[k]!;
  });

  const base = {
    directed: input.directed,
    ids,
    nodeCount: n,
    selfLoopWeight,
    hasSelfLoop,
    selfLoopCount,
  };
  if (input.directed) {
    const out = sortedCsr(
      n,
      from.subarray(0, arcs),
      to.subarray(0, arcs),
      weight.subarray(0, arcs),
    );
    const inn = sortedCsr(
      n,
      to.subarray(0, arcs),
      from.subarray(0, arcs),
      weight.subarray(0, arcs),
    );
    return {
      ...base,
      edgeCount: out.targets.length + selfLoopCount,
      offsets: out.offsets,
      targets: out.targets,
      weights: out.weights,
      inOffsets: inn.offsets,
      inSources: inn.targets,
      inWeights: inn.weights,
      duplicateEdgeCount: duplicateEdgeCount + out.merged,
    };
  }
  // Undirected: every edge becomes two arcs, so a repeated edge shows up as two merged arcs.
  const both = (a: Int32Array, b: Int32Array): Int32Array => {
    const joined = new Int32Array(2 * arcs);
    joined.set(a.subarray(0, arcs));
    joined.set(b.subarray(0, arcs), arcs);
    return joined;
  };
  const bothWeights = new Float64Array(2 * arcs);
  bothWeights.set(weight.subarray(0, arcs));
  bothWeights.set(weight.subarray(0, arcs), arcs);
  const csr = sortedCsr(n, both(from, to), both(to, from), bothWeights);
  return {
    ...base,
    edgeCount: csr.targets.length / 2 + selfLoopCount,
    offsets: csr.offsets,
    targets: csr.targets,
    weights: csr.weights,
    inOffsets: csr.offsets,
    inSources: csr.targets,
    inWeights: csr.weights,
    duplicateEdgeCount: duplicateEdgeCount + csr.merged / 2,
  };
}

function toColumns(edges: readonly EdgeRow[] | EdgeColumns): EdgeColumns {
  if (!Array.isArray(edges)) return edges as EdgeColumns;
  const rows = edges as readonly EdgeRow[];
  const weights = new Float64Array(rows.length);
  rows.forEach((row, e) => (weights[e] = row.weight ?? 1));
  return {
    sources: rows.map((row) => row.source),
    targets: rows.map((row) => row.target),
    weights,
  };
}

/**
 * CSR rows with targets ascending and repeated (row, target) pairs merged, weights summed.
 * A counting sort by target, then a stable counting sort by row, so the whole build is O(n + m).
 */
function sortedCsr(
  n: number,
  rows: Int32Array,
  cols: Int32Array,
  w: Float64Array,
): { offsets: Int32Array; targets: Int32Array; weights: Float64Array; merged: number } {
  const m = rows.length;
  const byCol = countingOrder(n, cols, null);
  const order = countingOrder(n, rows, byCol);
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  let write = 0;
  let read = 0;
  for (let u = 0; u < n; u++) {
    offsets[u] = write;
    const rowStart = write;
    while (read < m && rows[order[read]!] === u) {
      const arc = order[read++]!;
      const v = cols[arc]!;
      if (write > rowStart && targets[write - 1] === v)
        weights[write - 1] = weights[write - 1]! + w[arc]!;
      else {
        targets[write] = v;
        weights[write++] = w[arc]!;
      }
    }
  }
  offsets[n] = write;
  return {
    offsets,
    targets: targets.slice(0, write),
    weights: weights.slice(0, write),
    merged: m - write,
  };
}

/** Stable counting sort of positions `within` (or 0..m-1) by `key`; returns the sorted positions. */
function countingOrder(n: number, key: Int32Array, within: Int32Array | null): Int32Array {
  const m = key.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) start[key[i]! + 1]!++;
  for (let k = 0; k < n; k++) start[k + 1] = start[k + 1]! + start[k]!;
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const position = within === null ? i : within[i]!;
    order[start[key[position]!]!++] = position;
  }
  return order;
}
