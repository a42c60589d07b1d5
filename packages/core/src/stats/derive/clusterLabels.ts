// Cluster labels of industries as an Int32Array (label per industry, 0..count-1), and the
// conversions between labels and cluster definitions.

import { type ClusterDefinition } from '../clusterDefinition';

export interface ClusterLabels {
  /** The cluster of each industry, 0..count-1, numbered in order of first appearance; -1: none. */
  labels: Int32Array;
  count: number;
}

/** Labels renumbered 0..count-1 in order of first appearance; negative labels stay -1. */
export function renumberLabels(labels: ArrayLike<number>): ClusterLabels {
  const map = new Map<number, number>();
  const renumbered = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label < 0) {
      renumbered[i] = -1;
      continue;
    }
    let to = map.get(label);
    if (to === undefined) {
      to = map.size;
      map.set(label, to);
    }
    renumbered[i] = to;
  }
  return { labels: renumbered, count: map.size };
}

/**
 * The cluster of each of `industries` in a definition, by normalised code: labels index
 * `clusters` (the definition's cluster codes that occur, in order of first appearance), -1 for
 * an industry the definition leaves out. With `type`, only clusters of that type count.
 */
export function labelsFromDefinition(
  definition: ClusterDefinition,
  industries: readonly string[],
  type?: 'traded' | 'local',
): { labels: Int32Array; clusters: string[] } {
  const clusterOf = new Map<string, number>();
  for (const industry of definition.industries) {
    const cluster = definition.clusters[industry.cluster];
    if (cluster && (type === undefined || cluster.type === type))
      clusterOf.set(industry.code, industry.cluster);
  }
  const raw = industries.map((code) => clusterOf.get(code) ?? -1);
  const { labels, count } = renumberLabels(raw);
  const clusters = new Array<string>(count);
  raw.forEach((cluster, i) => {
    if (cluster >= 0) clusters[labels[i]!] = definition.clusters[cluster]!.code;
  });
  return { labels, clusters };
}
