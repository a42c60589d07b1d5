// A cluster definition being edited: its rows (industry -> cluster, subcluster) and its clusters
// (name and type, which every row of a cluster shares), turned back into the entries the API takes,
// and the server's complaints placed on the rows they name.

import { buildClusterDefinition } from '@kume/core';
import { ApiError } from '../../../api/client';
import type { ClusterType, DefinitionEntry } from '../types';

export interface DraftRow {
  /** Stable across edits, for React and for placing errors; not sent. */
  key: number;
  industry: string;
  cluster: string;
  subcluster: string;
}

export interface DraftCluster {
  code: string;
  /** '' when the definition gives none (the code is shown). */
  name: string;
  type: ClusterType;
}

export interface DefinitionDraft {
  rows: DraftRow[];
  /** In the order first seen, then added ones. */
  clusters: DraftCluster[];
  nextKey: number;
}

/** The draft of stored entries: a cluster takes the first name and the first type it is given. */
export function draftFromEntries(entries: readonly DefinitionEntry[]): DefinitionDraft {
  const clusters = new Map<string, DraftCluster>();
  const rows = entries.map((entry, index) => {
    const known = clusters.get(entry.cluster);
    if (!known)
      clusters.set(entry.cluster, {
        code: entry.cluster,
        name: entry.clusterName ?? '',
        type: entry.type,
      });
    else if (!known.name && entry.clusterName) known.name = entry.clusterName;
    return {
      key: index,
      industry: entry.industry,
      cluster: entry.cluster,
      subcluster: entry.subcluster ?? '',
    };
  });
  return { rows, clusters: [...clusters.values()], nextKey: rows.length };
}

/** The entries to store, in row order; each row takes its cluster's name and type. */
export function entriesFromDraft(draft: DefinitionDraft): DefinitionEntry[] {
  const clusters = new Map(draft.clusters.map((c) => [c.code, c]));
  return draft.rows.map((row) => {
    const cluster = clusters.get(row.cluster);
    const subcluster = row.subcluster.trim();
    return {
      industry: row.industry.trim(),
      cluster: row.cluster,
      ...(cluster?.name.trim() ? { clusterName: cluster.name.trim() } : {}),
      type: cluster?.type ?? 'traded',
      ...(subcluster ? { subcluster } : {}),
    };
  });
}

/**
 * The draft's problems found in the browser by core's own rules (buildClusterDefinition): an
 * empty code, an industry in two clusters, ... keyed by row key, so nothing wrong is sent.
 */
export function draftErrors(draft: DefinitionDraft): Map<number, RowErrors> {
  const entries = entriesFromDraft(draft);
  const { errors } = buildClusterDefinition(entries.map((entry, index) => ({ ...entry, row: index })));
  const byRow = new Map<number, RowErrors>();
  for (const error of errors) {
    const key = draft.rows[error.row]?.key;
    if (key === undefined) continue;
    const rowErrors = byRow.get(key) ?? {};
    rowErrors[error.field] ??= error.message;
    byRow.set(key, rowErrors);
  }
  return byRow;
}

/** A row's problems by field ('industry', 'cluster', 'type', 'subcluster'). */
export type RowErrors = Partial<Record<string, string>>;

/**
 * The server's issues on `entries.N.field` (with or without a leading "body."), keyed by the key
 * of the N-th row sent; `other` holds the issues that name no row (the definition's name).
 */
export function rowErrorsOf(
  error: unknown,
  sentKeys: readonly number[],
): { byRow: Map<number, RowErrors>; other: { path: string; message: string }[] } {
  const byRow = new Map<number, RowErrors>();
  const other: { path: string; message: string }[] = [];
  if (!(error instanceof ApiError)) return { byRow, other };
  for (const issue of error.issues) {
    const match = /^(?:body\.)?entries\.(\d+)(?:\.(\w+))?/.exec(issue.path);
    const key = match ? sentKeys[Number(match[1])] : undefined;
    if (key === undefined) {
      other.push(issue);
      continue;
    }
    const errors = byRow.get(key) ?? {};
    const field = match?.[2] ?? 'industry';
    errors[field] ??= issue.message;
    byRow.set(key, errors);
  }
  return { byRow, other };
}
