// Weakly connected components and isolates.

import type { Graph } from './graph';

export interface ComponentsResult {
  /** Component index per node: 0 for the component of node 0, then in order of lowest node index. */
  component: Int32Array;
  /** Size of each component. */
  sizes: Int32Array;
  count: number;
  /** Nodes with degree 0 (a node with only a self-loop is not isolated, as in networkx). */
  isolates: Int32Array;
}

/** Weakly connected components (edge direction ignored), by breadth-first search. */
export function components(graph: Graph): ComponentsResult {
  const n = graph.nodeCount;
  const { offsets, targets, inOffsets, inSources } = graph;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  const isolates: number[] = [];
  for (let s = 0; s < n; s++) {
    if (
      offsets[s] === offsets[s + 1] &&
      inOffsets[s] === inOffsets[s + 1] &&
      graph.hasSelfLoop[s] === 0
    ) {
      isolates.push(s);
    }
    if (component[s] !== -1) continue;
    const label = sizes.length;
    component[s] = label;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++]!;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const v = targets[k]!;
        if (component[v] === -1) {
          component[v] = label;
          queue[tail++] = v;
        }
      }
      if (!graph.directed) continue;
      for (let k = inOffsets[u]!; k < inOffsets[u + 1]!; k++) {
        const v = inSources[k]!;
        if (component[v] === -1) {
          component[v] = label;
          queue[tail++] = v;
        }
      }
    }
    sizes.push(tail);
  }
  return {
    component,
    sizes: Int32Array.from(sizes),
    count: sizes.length,
    isolates: Int32Array.from(isolates),
  };
}
