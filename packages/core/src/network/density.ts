// Network density: the share of possible ties that exist.

import type { Graph } from './graph';

/** networkx `density`: m / (n(n-1)) directed, 2m / (n(n-1)) undirected, self-loops in m; 0 when n <= 1. */
export function density(graph: Graph): number {
  const n = graph.nodeCount;
  if (n <= 1) return 0;
  const possible = n * (n - 1);
  return (graph.directed ? 1 : 2) * (graph.edgeCount / possible);
}
