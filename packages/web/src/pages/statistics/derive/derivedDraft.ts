// The derived clusters as the analyst edits them before saving: rename a cluster, mark it traded
// or local, merge two, move an industry to another cluster; what changed since the derivation or
// the last save; and the bodies the compare and save routes take.

import type { ClusterType } from '../types';
import type { DeriveResultView, SaveDerivedRequest } from './deriveTypes';

export interface DraftCluster {
  /** Stable across edits, for React and for targets of moves; not sent. */
  key: number;
  code: string;
  /** As typed; the code stands in when it is left empty. */
  name: string;
  type: ClusterType;
  industries: string[];
}

export interface DerivedDraft {
  clusters: DraftCluster[];
}

/** A result's clusters as a draft, all traded (derivations cluster traded industries). */
export function draftFromResult(result: DeriveResultView): DerivedDraft {
  return {
    clusters: result.clusters.map((cluster, key) => ({
      key,
      code: cluster.code,
      name: cluster.name,
      type: 'traded',
      industries: [...cluster.industries],
    })),
  };
}

const update = (
  draft: DerivedDraft,
  key: number,
  changes: Partial<DraftCluster>,
): DerivedDraft => ({
  clusters: draft.clusters.map((cluster) =>
    cluster.key === key ? { ...cluster, ...changes } : cluster,
  ),
});

export const renameCluster = (draft: DerivedDraft, key: number, name: string) =>
  update(draft, key, { name });

export const setClusterType = (draft: DerivedDraft, key: number, type: ClusterType) =>
  update(draft, key, { type });

/**
 * `from`'s industries join `into` (after its own), and `from` goes; `into` keeps its code, name
 * and type. The same draft when either is missing or they are the same.
 */
export function mergeClusters(draft: DerivedDraft, into: number, from: number): DerivedDraft {
  const source = draft.clusters.find((cluster) => cluster.key === from);
  const target = draft.clusters.find((cluster) => cluster.key === into);
  if (!source || !target || into === from) return draft;
  return {
    clusters: draft.clusters
      .filter((cluster) => cluster.key !== from)
      .map((cluster) =>
        cluster.key === into
          ? { ...cluster, industries: [...cluster.industries, ...source.industries] }
          : cluster,
      ),
  };
}

/**
 * The industry leaves its cluster for the end of cluster `to`; a cluster left without industries
 * goes. The same draft when the industry or the cluster is unknown, or it is there already.
 */
export function moveIndustry(draft: DerivedDraft, industry: string, to: number): DerivedDraft {
  const from = draft.clusters.find((cluster) => cluster.industries.includes(industry));
  if (!from || from.key === to || !draft.clusters.some((cluster) => cluster.key === to))
    return draft;
  return {
    clusters: draft.clusters
      .map((cluster) => {
        if (cluster.key === from.key)
          return { ...cluster, industries: cluster.industries.filter((code) => code !== industry) };
        if (cluster.key === to)
          return { ...cluster, industries: [...cluster.industries, industry] };
        return cluster;
      })
      .filter((cluster) => cluster.industries.length > 0),
  };
}

/** The name sent: as typed, trimmed, else the code. */
export const nameOf = (cluster: DraftCluster) => cluster.name.trim() || cluster.code;

/** What the draft says, whatever the order of clusters and of their industries. */
function canonical(draft: DerivedDraft): string {
  return JSON.stringify(
    draft.clusters
      .map((cluster) => ({
        code: cluster.code,
        name: nameOf(cluster),
        type: cluster.type,
        industries: [...cluster.industries].sort(),
      }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  );
}

/**
 * Whether the draft says something else than `baseline` (the derivation as it came, or the draft
 * last saved): a rename, a type, a merge or a move; an industry moved back is no change.
 */
export function draftChanged(draft: DerivedDraft, baseline: DerivedDraft | null): boolean {
  return baseline === null || canonical(draft) !== canonical(baseline);
}

/**
 * Names given to two clusters (compared case-insensitively, as the server does), by the key of
 * the later cluster, with the code of the earlier one.
 */
export function duplicateNames(draft: DerivedDraft): Map<number, string> {
  const seen = new Map<string, string>();
  const duplicates = new Map<number, string>();
  for (const cluster of draft.clusters) {
    const name = nameOf(cluster).toLocaleLowerCase('tr');
    const earlier = seen.get(name);
    if (earlier !== undefined) duplicates.set(cluster.key, earlier);
    else seen.set(name, cluster.code);
  }
  return duplicates;
}

/** The body of POST .../statistics/definitions/derived. */
export function saveBody(
  draft: DerivedDraft,
  name: string,
  description: string,
): SaveDerivedRequest {
  return {
    name: name.trim(),
    description,
    clusters: draft.clusters.map((cluster) => ({
      code: cluster.code,
      name: nameOf(cluster),
      type: cluster.type,
      industries: cluster.industries,
    })),
  };
}

/** The clusters of POST .../statistics/derive/compare. */
export function compareClusters(draft: DerivedDraft): { code: string; industries: string[] }[] {
  return draft.clusters.map(({ code, industries }) => ({ code, industries }));
}
