// Hierarchical clustering with average linkage (UPGMA) by the nearest-neighbour chain in O(n^2)
// time and memory, and cutting its tree into k clusters: scipy's linkage(method='average') and
// fcluster(criterion='maxclust').

import { StatsInputError } from '../statsInputError';
import { renumberLabels } from './clusterLabels';

/** The n - 1 merges, by height ascending: leaves `left[m]` and `right[m]` stand for their clusters. */
export interface Linkage {
  n: number;
  left: Int32Array;
  right: Int32Array;
  height: Float64Array;
}

/**
 * Average-linkage merges of n items from their n x n distances (row-major, symmetric, >= 0, no
 * NaN; the diagonal is not read). The distance between two clusters is the mean distance between
 * their members (Lance-Williams update). The nearest-neighbour chain gives the same tree as the
 * naive algorithm because average linkage is reducible. Source: Müllner (2011), Modern
 * hierarchical, agglomerative clustering algorithms, arXiv:1109.2378, algorithm NN-chain-linkage.
 * Throws StatsInputError for NaN, negative or asymmetric distances.
 */
export function averageLinkage(distance: Float64Array, n: number): Linkage {
  if (distance.length !== n * n)
    throw new StatsInputError(
      `the distance matrix is not ${n} x ${n}: it has ${distance.length} values`,
    );
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const d = distance[i * n + j]!;
      if (!(d >= 0) || d === Infinity)
        throw new StatsInputError(
          `the distance between items ${i} and ${j} is ${d}: distances are finite numbers >= 0`,
        );
      if (Math.abs(d - distance[j * n + i]!) > 1e-9 * Math.max(1, d))
        throw new StatsInputError(`the distance matrix is not symmetric at items ${i} and ${j}`);
    }
  const d = Float64Array.from(distance);
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const chain = new Int32Array(n);
  let length = 0;
  let firstActive = 0;
  const merges = n > 0 ? n - 1 : 0;
  const left = new Int32Array(merges);
  const right = new Int32Array(merges);
  const height = new Float64Array(merges);

  for (let m = 0; m < merges; m++) {
    if (length === 0) {
      while (!active[firstActive]) firstActive++;
      chain[length++] = firstActive;
    }
    let x: number;
    let y: number;
    let best: number;
    for (;;) {
      x = chain[length - 1]!;
      // On a tie the previous element of the chain wins, so the chain cannot cycle.
      y = length >= 2 ? chain[length - 2]! : -1;
      best = y >= 0 ? d[x * n + y]! : Infinity;
      const row = x * n;
      for (let i = 0; i < n; i++) {
        if (!active[i] || i === x) continue;
        if (d[row + i]! < best) {
          best = d[row + i]!;
          y = i;
        }
      }
      if (length >= 2 && y === chain[length - 2]) break;
      chain[length++] = y;
    }
    length -= 2;
    if (x > y) [x, y] = [y, x];
    left[m] = x;
    right[m] = y;
    height[m] = best;
    // The merged cluster lives on in y; x leaves.
    const nx = size[x]!;
    const ny = size[y]!;
    for (let i = 0; i < n; i++) {
      if (!active[i] || i === x || i === y) continue;
      const value = (nx * d[x * n + i]! + ny * d[y * n + i]!) / (nx + ny);
      d[y * n + i] = value;
      d[i * n + y] = value;
    }
    size[y] = nx + ny;
    active[x] = 0;
  }

  // By height; equal heights keep the chain's order, in which a cluster is made before it merges.
  const order = Array.from({ length: merges }, (_, m) => m).sort(
    (a, b) => height[a]! - height[b]! || a - b,
  );
  return {
    n,
    left: Int32Array.from(order, (m) => left[m]!),
    right: Int32Array.from(order, (m) => right[m]!),
    height: Float64Array.from(order, (m) => height[m]!),
  };
}

/**
 * The k clusters left after the n - k lowest merges: labels 0..k-1 in order of first item.
 * Throws StatsInputError unless 1 <= k <= n.
 */
export function cutLinkage(linkage: Linkage, k: number): Int32Array {
  const { n } = linkage;
  if (!Number.isInteger(k) || k < 1 || k > n)
    throw new StatsInputError(`cannot cut ${n} items into ${k} clusters`);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let m = 0; m < n - k; m++) parent[find(linkage.left[m]!)] = find(linkage.right[m]!);
  return renumberLabels(Int32Array.from({ length: n }, (_, i) => find(i))).labels;
}
