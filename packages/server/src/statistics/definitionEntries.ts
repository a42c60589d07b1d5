// Cluster definitions as stored (one entry per industry) and as core computes with them
// (ClusterDefinition), both ways, with the counts the definition list shows.

import {
  buildClusterDefinition,
  type ClusterDefinition,
  type ClusterDefinitionError,
} from '@kume/core';
import type { schema } from '@kume/db';

export type ClusterDefinitionEntry = schema.ClusterDefinitionEntry;

/** The stored entries of a definition: normalised industry codes in definition order. */
export function entriesOfDefinition(definition: ClusterDefinition): ClusterDefinitionEntry[] {
  return definition.industries.map((industry) => {
    const cluster = definition.clusters[industry.cluster]!;
    const subcluster = cluster.subclusters[industry.subcluster];
    return {
      industry: industry.code,
      cluster: cluster.code,
      ...(cluster.name === cluster.code ? {} : { clusterName: cluster.name }),
      type: cluster.type,
      ...(subcluster ? { subcluster: subcluster.code } : {}),
    };
  });
}

/**
 * Builds a definition from entries (as stored, or as sent by PUT). Errors carry the entry's
 * position from 1 in `row` (core's convention; the API turns it into `entries.N`).
 */
export function definitionFromEntries(entries: readonly ClusterDefinitionEntry[]): {
  definition: ClusterDefinition;
  errors: ClusterDefinitionError[];
} {
  return buildClusterDefinition(
    entries.map((entry, at) => ({
      industry: entry.industry,
      cluster: entry.cluster,
      type: entry.type,
      subcluster: entry.subcluster,
      clusterName: entry.clusterName,
      row: at + 1,
    })),
  );
}

/** Clusters (traded, local) and industries of stored entries. */
export function countEntries(entries: readonly ClusterDefinitionEntry[]) {
  const types = new Map<string, string>();
  for (const entry of entries) if (!types.has(entry.cluster)) types.set(entry.cluster, entry.type);
  const traded = [...types.values()].filter((type) => type === 'traded').length;
  return {
    clusterCount: types.size,
    tradedCount: traded,
    localCount: types.size - traded,
    industryCount: entries.length,
  };
}
