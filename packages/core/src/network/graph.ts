// The graph that every network metric reads: node ids interned to 0..n-1 and CSR adjacency in
// typed arrays, so the hot loops touch no objects or Maps. Made by buildGraph.

/**
 * A simple graph in compressed sparse row form. Node i's out-neighbours are
 * `targets[offsets[i] .. offsets[i + 1])`, sorted ascending, with the merged weight of each tie in
 * `weights` at the same position. Undirected graphs store each tie in both rows, and their `in*`
 * arrays are the same objects as the out arrays. Self-loops are NOT in the CSR arrays: they live in
 * `selfLoopWeight` (networkx counts them in degree, eigenvector and modularity, but never in
 * shortest paths or clustering).
 */
export interface Graph {
  readonly directed: boolean;
  /** Node ids by index. */
  readonly ids: readonly string[];
  readonly nodeCount: number;
  /** Distinct edges after merging, self-loops included (networkx `number_of_edges`). */
  readonly edgeCount: number;
  /** Out-adjacency (undirected: all neighbours). Length nodeCount + 1. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  /** In-adjacency: node i's predecessors are `inSources[inOffsets[i] .. inOffsets[i + 1])`. */
  readonly inOffsets: Int32Array;
  readonly inSources: Int32Array;
  readonly inWeights: Float64Array;
  /** Summed weight of node i's self-loops; 0 when it has none (a 0-weight self-loop is flagged in hasSelfLoop). */
  readonly selfLoopWeight: Float64Array;
  readonly hasSelfLoop: Uint8Array;
  /** Number of nodes with a self-loop. */
  readonly selfLoopCount: number;
  /** Number of input edges merged into an earlier edge between the same nodes (weights summed). */
  readonly duplicateEdgeCount: number;
}
