// Puts a relatedness matrix into a cluster definition's codes: the US Cluster Mapping matrix
// numbers its clusters, while a definition may key them by name (the crosswalk does). Shared by
// `kume stats related` and the server's related-clusters route.

import type { ClusterDefinition } from '@kume/core/stats/clusterDefinition';
import type { ClusterRelatedness } from '@kume/core/stats/relatedClusters';

const fold = (text: string) => text.trim().toLocaleLowerCase('tr');

export interface MatchedRelatedness {
  /** The pairs whose two clusters both match, in the definition's codes, in matrix order. */
  pairs: ClusterRelatedness[];
  /** The definition's code of each matrix cluster that matches one. */
  codes: Map<string, string>;
  /** The matrix clusters matching none, as `code (name)` where the file names them. */
  unmatched: string[];
}

/**
 * Matches each cluster of the matrix to a definition cluster: by its code; else by its name in
 * the file (`names`) equal to a definition cluster's code or name; else by its code equal to a
 * definition cluster's name (Turkish-aware and case-insensitive, codes before names).
 */
export function matchRelatedness(
  pairs: readonly ClusterRelatedness[],
  names: ReadonlyMap<string, string>,
  definition: ClusterDefinition,
): MatchedRelatedness {
  const byCode = new Set(definition.clusters.map((cluster) => cluster.code));
  const byName = new Map<string, string>();
  for (const cluster of definition.clusters) byName.set(fold(cluster.name), cluster.code);
  for (const cluster of definition.clusters) byName.set(fold(cluster.code), cluster.code);
  const codes = new Map<string, string>();
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const codeOf = (matrixCode: string) => {
    if (!seen.has(matrixCode)) {
      seen.add(matrixCode);
      const name = names.get(matrixCode);
      const match = byCode.has(matrixCode)
        ? matrixCode
        : ((name === undefined ? undefined : byName.get(fold(name))) ??
          byName.get(fold(matrixCode)));
      if (match === undefined)
        unmatched.push(name === undefined ? matrixCode : `${matrixCode} (${name})`);
      else codes.set(matrixCode, match);
    }
    return codes.get(matrixCode);
  };
  const matched: ClusterRelatedness[] = [];
  for (const pair of pairs) {
    const cluster = codeOf(pair.cluster);
    const related = codeOf(pair.related);
    if (cluster !== undefined && related !== undefined)
      matched.push({ cluster, related, score: pair.score, percentile: pair.percentile });
  }
  return { pairs: matched, codes, unmatched };
}
