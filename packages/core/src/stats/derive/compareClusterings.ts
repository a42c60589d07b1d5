// Compares two cluster definitions of the same industries: how alike they are (adjusted Rand
// index) and which industries moved, each from its cluster in the first to its cluster in the second.

import { adjustedRandIndex } from './adjustedRandIndex';

export interface Clustering {
  industries: readonly string[];
  /** Cluster index per industry (-1: not clustered). */
  labels: ArrayLike<number>;
  /** The code of each cluster index. */
  clusters: readonly string[];
}

export interface MovedIndustry {
  industry: string;
  /** Its cluster in the first clustering. */
  from: string;
  /** Its cluster in the second. */
  to: string;
}

export interface ClusteringComparison {
  /** Industries clustered in both, the ones compared. */
  common: number;
  adjustedRandIndex: number;
  /**
   * Each cluster of the second clustering stands for the cluster of the first with which it
   * shares most industries (ties: the first listed); an industry moved when its second cluster
   * stands for another cluster than its first. In the order of the first clustering's industries.
   */
  moved: MovedIndustry[];
  /** For each cluster of the second, the cluster of the first it stands for. */
  matches: Map<string, string>;
}

/** Compares `first` and `second` on the industries both cluster (codes compared exactly). */
export function compareClusterings(first: Clustering, second: Clustering): ClusteringComparison {
  const secondAt = new Map(second.industries.map((code, i) => [code, i]));
  const a: number[] = [];
  const b: number[] = [];
  const codes: string[] = [];
  first.industries.forEach((code, i) => {
    const j = secondAt.get(code);
    const x = first.labels[i]!;
    const y = j === undefined ? -1 : second.labels[j]!;
    if (x < 0 || y < 0) return;
    a.push(x);
    b.push(y);
    codes.push(code);
  });
  const overlap = new Map<number, Map<number, number>>();
  a.forEach((x, k) => {
    const row = overlap.get(b[k]!) ?? new Map<number, number>();
    row.set(x, (row.get(x) ?? 0) + 1);
    overlap.set(b[k]!, row);
  });
  const standsFor = new Map<number, number>();
  for (const [y, row] of overlap) {
    let best = -1;
    let most = 0;
    for (const [x, shared] of [...row].sort((p, q) => p[0] - q[0]))
      if (shared > most) {
        most = shared;
        best = x;
      }
    standsFor.set(y, best);
  }
  const moved: MovedIndustry[] = [];
  a.forEach((x, k) => {
    if (standsFor.get(b[k]!) !== x)
      moved.push({ industry: codes[k]!, from: first.clusters[x]!, to: second.clusters[b[k]!]! });
  });
  const matches = new Map(
    [...standsFor].map(([y, x]) => [second.clusters[y]!, first.clusters[x]!] as const),
  );
  return { common: a.length, adjustedRandIndex: adjustedRandIndex(a, b), moved, matches };
}
