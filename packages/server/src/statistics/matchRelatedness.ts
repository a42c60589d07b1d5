// Puts a stored relatedness matrix into a cluster definition's codes: the US Cluster Mapping
// matrix numbers its clusters, while a definition may key them by name (the crosswalk does).

import type { ClusterDefinition, ClusterRelatedness } from '@kume/core';
import type { schema } from '@kume/db';

const fold = (text: string) => text.trim().toLocaleLowerCase('tr');

/**
 * The pairs whose two clusters both match a definition cluster, in the definition's codes. A
 * matrix cluster matches by its code, else by its name in the file (`clusterNames`) equal to a
 * definition cluster's code or name, Turkish-aware and case-insensitive; a bare matrix code equal
 * to a definition cluster's name also matches. `unmatched` lists the matrix clusters left out.
 */
export function matchRelatedness(
  pairs: readonly schema.RelatednessPair[],
  clusterNames: Readonly<Record<string, string>>,
  definition: ClusterDefinition,
): { pairs: ClusterRelatedness[]; unmatched: string[] } {
  const byCode = new Set(definition.clusters.map((cluster) => cluster.code));
  const byName = new Map<string, string>();
  for (const cluster of definition.clusters) {
    byName.set(fold(cluster.name), cluster.code);
    byName.set(fold(cluster.code), cluster.code);
  }
  const codes = new Map<string, string | undefined>();
  const codeOf = (matrixCode: string) => {
    if (!codes.has(matrixCode)) {
      const name = clusterNames[matrixCode];
      codes.set(
        matrixCode,
        byCode.has(matrixCode)
          ? matrixCode
          : (byName.get(fold(name ?? matrixCode)) ?? byName.get(fold(matrixCode))),
      );
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
  const unmatched = [...codes].filter(([, code]) => code === undefined).map(([code]) => code);
  return { pairs: matched, unmatched };
}
