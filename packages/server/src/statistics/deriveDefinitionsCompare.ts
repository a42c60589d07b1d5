// Compares derived clusters with a project definition over the industries both cover: the
// adjusted Rand index and the industries that moved (core's compareClusterings).

import { compareClusterings, labelsFromDefinition, normaliseIndustryCode } from '@kume/core';
import type { ClusterDefinition } from '@kume/core';
import type { CompareAnswer } from './deriveDefinitionsSchemas';
import { invalidBody } from './deriveDefinitionsInput';

/**
 * `clusters` (codes normalised; an industry in two clusters is a 400 naming the second place)
 * against `definition` (traded and local clusters alike): moved industries go from their
 * definition cluster to their derived one.
 */
export function compareWithDefinition(
  definition: ClusterDefinition,
  clusters: readonly { code: string; industries: readonly string[] }[],
): CompareAnswer {
  const industries: string[] = [];
  const labels: number[] = [];
  const placed = new Map<string, number>();
  clusters.forEach((cluster, c) =>
    cluster.industries.forEach((raw, k) => {
      const code = normaliseIndustryCode(raw);
      const other = placed.get(code);
      if (other !== undefined)
        throw invalidBody(
          `clusters.${c}.industries.${k}`,
          `industry ${code} is in cluster ${clusters[other]!.code} and in cluster ${cluster.code}`,
        );
      placed.set(code, c);
      industries.push(code);
      labels.push(c);
    }),
  );
  const given = labelsFromDefinition(definition, industries);
  const comparison = compareClusterings(
    { industries, labels: given.labels, clusters: given.clusters },
    { industries, labels, clusters: clusters.map((cluster) => cluster.code) },
  );
  return {
    ari: comparison.adjustedRandIndex,
    common: comparison.common,
    moved: comparison.moved,
  };
}
