// Eigenvector centrality by power iteration, as networkx computes it.

import type { Graph } from './graph';

export interface EigenvectorOptions {
  /** Default 1000. */
  maxIterations?: number;
  /** Per-node tolerance; the iteration stops when the L1 change is below n * tolerance. Default 1e-6. */
  tolerance?: number;
  /** Use edge weights. Default false (networkx's default weight=None). */
  weighted?: boolean;
}

export interface EigenvectorResult {
  /** Unit Euclidean norm. */
  centrality: Float64Array;
  iterations: number;
  /** false when maxIterations ran out (networkx would raise); the last iterate is returned. */
  converged: boolean;
}

/**
 * networkx `eigenvector_centrality`: iterates x <- (A + I)^T x from the uniform vector, normalising
 * to unit Euclidean norm (adding I keeps bipartite graphs from oscillating). On directed graphs a
 * node scores from its in-edges. Self-loops count.
 */
export function eigenvector(graph: Graph, options: EigenvectorOptions = {}): EigenvectorResult {
  const n = graph.nodeCount;
  const maxIterations = options.maxIterations ?? 1000;
  const tolerance = options.tolerance ?? 1e-6;
  const weighted = options.weighted === true;
  const { offsets, targets, weights, selfLoopWeight, hasSelfLoop } = graph;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    next.set(x);
    for (let u = 0; u < n; u++) {
      const xu = x[u]!;
      if (xu === 0) continue;
      if (weighted) {
        for (let k = offsets[u]!; k < offsets[u + 1]!; k++)
          next[targets[k]!] = next[targets[k]!]! + xu * weights[k]!;
        next[u] = next[u]! + xu * selfLoopWeight[u]!;
      } else {
        for (let k = offsets[u]!; k < offsets[u + 1]!; k++)
          next[targets[k]!] = next[targets[k]!]! + xu;
        next[u] = next[u]! + xu * hasSelfLoop[u]!;
      }
    }
    let squares = 0;
    for (let u = 0; u < n; u++) squares += next[u]! * next[u]!;
    const norm = Math.sqrt(squares) || 1;
    let change = 0;
    for (let u = 0; u < n; u++) {
      next[u] = next[u]! / norm;
      change += Math.abs(next[u]! - x[u]!);
    }
    [x, next] = [next, x];
    if (change < n * tolerance) return { centrality: x, iterations: iteration, converged: true };
  }
  return { centrality: x, iterations: maxIterations, converged: false };
}
