// The shortest-path kernels behind betweenness and closeness: Brandes' accumulation from a range
// of sources, breadth-first (hop counts) or Dijkstra (weights as distances), on reusable typed arrays.

import type { Graph } from './graph';

/**
 * Adds each source's dependencies (Brandes 2001, Algorithm 1) to `into`, for sources in
 * [start, end). No halving here. When `distanceSums` is given (undirected graphs only, where
 * distances from s equal distances to s), also stores per source s: the sum of hop distances to
 * the nodes it reaches, and how many it reaches (`reached`).
 */
export function accumulateBrandes(
  graph: Graph,
  start: number,
  end: number,
  into: Float64Array,
  distanceSums?: { sum: Float64Array; reached: Int32Array },
): void {
  const n = graph.nodeCount;
  const { offsets, targets } = graph;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  // (1 + delta[w]) / sigma[w], filled in as the backward pass finishes each w.
  const coefficient = new Float64Array(n);
  // BFS order doubles as the stack: walking it backwards visits nodes by non-increasing distance.
  const order = new Int32Array(n);
  // The shortest-path DAG, written as the forward pass finds it: v's successors are
  // successors[successorStart[v] .. successorStart[v + 1]) where v + 1 means the next node in BFS order.
  const successors = new Int32Array(graph.targets.length);
  const successorStart = new Int32Array(n + 1);
  for (let s = start; s < end; s++) {
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let distanceSum = 0;
    let dagArcs = 0;
    while (head < tail) {
      successorStart[head] = dagArcs;
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      const sv = sigma[v]!;
      const rowEnd = offsets[v + 1]!;
      for (let k = offsets[v]!; k < rowEnd; k++) {
        const w = targets[k]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = dv;
          sigma[w] = sv;
          order[tail++] = w;
          distanceSum += dv;
          successors[dagArcs++] = w;
        } else if (dw === dv) {
          sigma[w] = sigma[w]! + sv;
          successors[dagArcs++] = w;
        }
      }
    }
    successorStart[tail] = dagArcs;
    // Pull form of the dependency sum: delta[v] = sigma[v] * sum over v's DAG successors w of
    // (1 + delta[w]) / sigma[w]; one write per node, no predecessor lists.
    for (let i = tail - 1; i > 0; i--) {
      const v = order[i]!;
      let pulled = 0;
      const listEnd = successorStart[i + 1]!;
      for (let k = successorStart[i]!; k < listEnd; k++) pulled += coefficient[successors[k]!]!;
      const delta = sigma[v]! * pulled;
      coefficient[v] = (1 + delta) / sigma[v]!;
      into[v] = into[v]! + delta;
    }
    if (distanceSums !== undefined) {
      distanceSums.sum[s] = distanceSum;
      distanceSums.reached[s] = tail - 1;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      coefficient[v] = 0;
    }
  }
}

/**
 * Weighted Brandes (Brandes 2001, Dijkstra variant) with a binary heap: edge weights are
 * distances. Paths tie only when their float sums are exactly equal, as in networkx.
 */
export function accumulateWeightedBrandes(
  graph: Graph,
  start: number,
  end: number,
  into: Float64Array,
): void {
  const n = graph.nodeCount;
  const { offsets, targets, weights, inOffsets, inSources, inWeights } = graph;
  const dist = new Float64Array(n).fill(Infinity);
  const settled = new Uint8Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const touched = new Int32Array(n);
  // Lazy-deletion heap of (distance, node); at most one entry per improving relaxation.
  let heapKeys = new Float64Array(Math.max(16, n));
  let heapNodes = new Int32Array(heapKeys.length);
  for (let s = start; s < end; s++) {
    let touchedCount = 0;
    let settledCount = 0;
    let size = 0;
    const push = (key: number, node: number) => {
      if (size === heapKeys.length) {
        const keys = new Float64Array(size * 2);
        keys.set(heapKeys);
        heapKeys = keys;
        const nodes = new Int32Array(size * 2);
        nodes.set(heapNodes);
        heapNodes = nodes;
      }
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heapKeys[parent]! <= key) break;
        heapKeys[i] = heapKeys[parent]!;
        heapNodes[i] = heapNodes[parent]!;
        i = parent;
      }
      heapKeys[i] = key;
      heapNodes[i] = node;
    };
    const pop = (): number => {
      const top = heapNodes[0]!;
      const key = heapKeys[--size]!;
      const node = heapNodes[size]!;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && heapKeys[child + 1]! < heapKeys[child]!) child++;
        if (heapKeys[child]! >= key) break;
        heapKeys[i] = heapKeys[child]!;
        heapNodes[i] = heapNodes[child]!;
        i = child;
      }
      heapKeys[i] = key;
      heapNodes[i] = node;
      return top;
    };
    dist[s] = 0;
    sigma[s] = 1;
    touched[touchedCount++] = s;
    push(0, s);
    while (size > 0) {
      const v = pop();
      if (settled[v] === 1) continue;
      settled[v] = 1;
      order[settledCount++] = v;
      const dv = dist[v]!;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = targets[k]!;
        const candidate = dv + weights[k]!;
        const dw = dist[w]!;
        if (candidate < dw) {
          if (dw === Infinity) touched[touchedCount++] = w;
          dist[w] = candidate;
          sigma[w] = sigma[v]!;
          push(candidate, w);
        } else if (candidate === dw && settled[w] === 0) {
          sigma[w] = sigma[w]! + sigma[v]!;
        }
      }
    }
    for (let i = settledCount - 1; i > 0; i--) {
      const w = order[i]!;
      const dw = dist[w]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let k = inOffsets[w]!; k < inOffsets[w + 1]!; k++) {
        const v = inSources[k]!;
        if (settled[v] === 1 && dist[v]! + inWeights[k]! === dw)
          delta[v] = delta[v]! + sigma[v]! * coefficient;
      }
      into[w] = into[w]! + delta[w]!;
    }
    for (let i = 0; i < touchedCount; i++) {
      const v = touched[i]!;
      dist[v] = Infinity;
      settled[v] = 0;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
}

/** Clamps an optional [start, end) source range to 0..n. */
export function sourceRange(
  n: number,
  sources: readonly [number, number] | undefined,
): [number, number] {
  if (sources === undefined) return [0, n];
  const start = Math.max(0, Math.min(n, Math.floor(sources[0])));
  return [start, Math.max(start, Math.min(n, Math.floor(sources[1])))];
}
