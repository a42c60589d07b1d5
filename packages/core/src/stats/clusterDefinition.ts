// A cluster definition: which industries make up which cluster (traded or local) and, optionally,
// subcluster; built and validated from rows such as those of a definitions file.

import { ALL_INDUSTRIES, normaliseIndustryCode } from './industryCodes';

/**
 * Traded clusters sell beyond their region and concentrate in some regions; local clusters serve
 * the local market and are found everywhere in proportion to population (Delgado, Porter & Stern).
 */
export type ClusterType = 'traded' | 'local';

export interface Subcluster {
  /** The subcluster as written in the definition; unique within its cluster only. */
  code: string;
  name: string;
}

export interface Cluster {
  code: string;
  /** The name given in the definition, else the code. */
  name: string;
  type: ClusterType;
  /** In the order first seen; an industry may also belong to the cluster without a subcluster. */
  subclusters: readonly Subcluster[];
}

export interface DefinedIndustry {
  /** Normalised (normaliseIndustryCode). */
  code: string;
  /** Index into `clusters`. */
  cluster: number;
  /** Index into the cluster's `subclusters`; -1 when the industry has none. */
  subcluster: number;
}

/** Plain data (JSON-serialisable): clusters in the order first seen, industries in row order. */
export interface ClusterDefinition {
  clusters: readonly Cluster[];
  industries: readonly DefinedIndustry[];
}

export interface ClusterDefinitionRow {
  industry: string;
  cluster: string;
  /** 'traded' or 'local', in any case. */
  type: string;
  subcluster?: string;
  clusterName?: string;
  /** The row number to report errors with (a file line, say); else the row's position, from 1. */
  row?: number;
}

export interface ClusterDefinitionError {
  row: number;
  field: 'industry' | 'cluster' | 'type' | 'subcluster';
  message: string;
}

/**
 * Builds a cluster definition from rows and lists every problem by row and field: an empty
 * industry or cluster code, an unknown type, an industry in two clusters (or two subclusters),
 * a cluster both traded and local. Rows with a problem are left out of the definition; callers
 * that import all or nothing check `errors` first. A row repeating an earlier assignment exactly
 * is accepted. The first non-empty name given to a cluster is its name.
 */
export function buildClusterDefinition(rows: readonly ClusterDefinitionRow[]): {
  definition: ClusterDefinition;
  errors: ClusterDefinitionError[];
} {
  const clusters: {
    code: string;
    name: string;
    type: ClusterType;
    row: number;
    subclusters: Subcluster[];
  }[] = [];
  const clusterIndex = new Map<string, number>();
  const industries: DefinedIndustry[] = [];
  const industryIndex = new Map<string, { at: number; row: number }>();
  const errors: ClusterDefinitionError[] = [];

  rows.forEach((input, position) => {
    const row = input.row ?? position + 1;
    const rowErrors: ClusterDefinitionError[] = [];
    const code = normaliseIndustryCode(input.industry);
    const clusterCode = input.cluster.trim();
    const typeText = input.type.trim().toLowerCase();
    const subclusterCode = (input.subcluster ?? '').trim();
    if (code === '') rowErrors.push({ row, field: 'industry', message: 'empty industry code' });
    if (code === ALL_INDUSTRIES) {
      rowErrors.push({
        row,
        field: 'industry',
        message: `"${input.industry.trim()}" means all industries and cannot belong to a cluster`,
      });
    }
    if (clusterCode === '')
      rowErrors.push({ row, field: 'cluster', message: 'empty cluster code' });
    if (typeText !== 'traded' && typeText !== 'local') {
      rowErrors.push({
        row,
        field: 'type',
        message: `unknown type "${input.type.trim()}": use traded or local`,
      });
    }
    const existing = clusterCode === '' ? undefined : clusterIndex.get(clusterCode);
    const existingCluster = existing === undefined ? undefined : clusters[existing];
    if (existingCluster && rowErrors.length === 0 && existingCluster.type !== typeText) {
      rowErrors.push({
        row,
        field: 'type',
        message: `cluster "${clusterCode}" is ${typeText} here but ${existingCluster.type} in row ${existingCluster.row}`,
      });
    }
    const earlier = industryIndex.get(code);
    if (earlier && rowErrors.length === 0) {
      const assigned = industries[earlier.at] as DefinedIndustry;
      const assignedCluster = clusters[assigned.cluster] as (typeof clusters)[number];
      const assignedSubcluster = assignedCluster.subclusters[assigned.subcluster]?.code ?? '';
      if (assignedCluster.code !== clusterCode) {
        rowErrors.push({
          row,
          field: 'cluster',
          message: `industry ${code} is already in cluster "${assignedCluster.code}" (row ${earlier.row})`,
        });
      } else if (assignedSubcluster !== subclusterCode) {
        rowErrors.push({
          row,
          field: 'subcluster',
          message: `industry ${code} is already in subcluster "${assignedSubcluster}" of "${clusterCode}" (row ${earlier.row})`,
        });
      } else {
        return; // the same assignment again: harmless
      }
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      return;
    }

    let clusterAt = existing;
    if (clusterAt === undefined) {
      clusterAt = clusters.length;
      clusterIndex.set(clusterCode, clusterAt);
      clusters.push({
        code: clusterCode,
        name: '',
        type: typeText as ClusterType,
        row,
        subclusters: [],
      });
    }
    const cluster = clusters[clusterAt] as (typeof clusters)[number];
    const name = (input.clusterName ?? '').trim();
    if (cluster.name === '' && name !== '') cluster.name = name;
    let subclusterAt = -1;
    if (subclusterCode !== '') {
      subclusterAt = cluster.subclusters.findIndex((s) => s.code === subclusterCode);
      if (subclusterAt < 0) {
        subclusterAt = cluster.subclusters.length;
        cluster.subclusters.push({ code: subclusterCode, name: subclusterCode });
      }
    }
    industryIndex.set(code, { at: industries.length, row });
    industries.push({ code, cluster: clusterAt, subcluster: subclusterAt });
  });

  return {
    definition: {
      clusters: clusters.map(({ code, name, type, subclusters }) => ({
        code,
        name: name === '' ? code : name,
        type,
        subclusters,
      })),
      industries,
    },
    errors,
  };
}
