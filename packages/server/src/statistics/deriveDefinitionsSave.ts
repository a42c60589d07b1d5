// Derived clusters as the entries of a project definition, checked first so that a 400 names the
// place of the problem: an empty cluster, an industry in two clusters, a code or name given twice.

import { normaliseIndustryCode } from '@kume/core';
import type { ErrorIssue } from '../http/httpError';
import type { ClusterDefinitionEntry } from './definitionEntries';
import type { SaveDerivedBody } from './deriveDefinitionsSchemas';

/**
 * One entry per industry (codes normalised), in the order of the clusters, or the problems, each
 * on its `clusters.N...` path (without the leading "body.").
 */
export function entriesOfDerivedClusters(clusters: SaveDerivedBody['clusters']): {
  entries: ClusterDefinitionEntry[];
  issues: ErrorIssue[];
} {
  const issues: ErrorIssue[] = [];
  const entries: ClusterDefinitionEntry[] = [];
  const codes = new Map<string, number>();
  const names = new Map<string, number>();
  const placed = new Map<string, number>();
  clusters.forEach((cluster, c) => {
    const code = codes.get(cluster.code);
    if (code !== undefined)
      issues.push({
        path: `clusters.${c}.code`,
        message: `code "${cluster.code}" is also the code of cluster ${code + 1}`,
      });
    codes.set(cluster.code, c);
    const key = cluster.name.toLocaleLowerCase('tr');
    const name = names.get(key);
    if (name !== undefined)
      issues.push({
        path: `clusters.${c}.name`,
        message: `the name "${cluster.name}" is also the name of cluster ${clusters[name]!.code}`,
      });
    names.set(key, c);
    if (cluster.industries.length === 0)
      issues.push({
        path: `clusters.${c}.industries`,
        message: `cluster ${cluster.code} (${cluster.name}) has no industries`,
      });
    cluster.industries.forEach((raw, k) => {
      const industry = normaliseIndustryCode(raw);
      const other = placed.get(industry);
      if (other !== undefined) {
        issues.push({
          path: `clusters.${c}.industries.${k}`,
          message: `industry ${industry} is in cluster ${clusters[other]!.code} and in cluster ${cluster.code}`,
        });
        return;
      }
      placed.set(industry, c);
      entries.push({
        industry,
        cluster: cluster.code,
        ...(cluster.name === cluster.code ? {} : { clusterName: cluster.name }),
        type: cluster.type,
      });
    });
  });
  return { entries, issues };
}
