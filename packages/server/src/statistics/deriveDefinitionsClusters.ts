// A derived clustering as the derive route answers it: clusters ordered largest first and coded
// as core's derivedDefinitionRows codes them, named after their largest industries, and the
// combined relatedness as a heat map in the clusters' order.

import { clusterPairRelatedness } from '@kume/core/stats/derive/clusterPairRelatedness';
import { derivedDefinitionRows } from '@kume/core/stats/derive/derivedDefinitionRows';
import type { GridResult } from '@kume/core/stats/derive/clusterGrid';
import type { RelatednessMeasure } from '@kume/core/stats/derive/relatednessMeasure';
import {
  MAX_HEATMAP_INDUSTRIES,
  type DeriveAnswer,
  type DeriveResult,
} from './deriveDefinitionsSchemas';

/** How many industries a suggested cluster name names before "+N". */
const NAMED_INDUSTRIES = 2;

/**
 * The members of each cluster, clusters by number of industries (most first, ties in label
 * order), members by `size` (largest first, ties by code).
 */
export function orderedClusters(
  industries: readonly string[],
  labels: Int32Array,
  count: number,
  size: ArrayLike<number>,
): number[][] {
  const members: number[][] = Array.from({ length: count }, () => []);
  labels.forEach((label, i) => {
    if (label >= 0) members[label]!.push(i);
  });
  for (const list of members)
    list.sort((a, b) => size[b]! - size[a]! || (industries[a]! < industries[b]! ? -1 : 1));
  return members
    .map((list, label) => ({ list, label }))
    .sort((a, b) => b.list.length - a.list.length || a.label - b.label)
    .map(({ list }) => list);
}

/**
 * A cluster's suggested name: the names (else codes) of its first NAMED_INDUSTRIES members and
 * "+N" for the rest, in no language's words ("Motor vehicles, Engines +4").
 */
export function suggestClusterName(
  members: readonly string[],
  nameOf: (code: string) => string | undefined,
): string {
  const named = members.slice(0, NAMED_INDUSTRIES).map((code) => nameOf(code) ?? code);
  const rest = members.length - named.length;
  return rest > 0 ? `${named.join(', ')} +${rest}` : named.join(', ');
}

/** One grid result with its clusters largest first, coded D01, D02, ... in that order. */
export function presentResult(
  result: GridResult,
  industries: readonly string[],
  size: ArrayLike<number>,
  nameOf: (code: string) => string | undefined,
): { result: DeriveResult; order: number[][] } {
  const order = orderedClusters(industries, result.labels, result.count, size);
  const labels = new Int32Array(industries.length).fill(-1);
  order.forEach((members, label) => members.forEach((i) => (labels[i] = label)));
  const at = new Map(industries.map((code, i) => [code, i]));
  const codes = new Array<string>(order.length);
  for (const row of derivedDefinitionRows(industries, labels, order.length))
    codes[labels[at.get(row.industry)!]!] = row.cluster;
  const { method, k, threshold, resolution, seed } = result.parameters;
  return {
    order,
    result: {
      parameters: {
        method,
        ...(k === undefined ? {} : { k }),
        ...(threshold === undefined ? {} : { threshold }),
        ...(resolution === undefined ? {} : { resolution }),
        ...(seed === undefined ? {} : { seed }),
      },
      clusterCount: result.count,
      scores: {
        score: result.scores.score,
        vsCluster: result.scores.vsCluster,
        vsIndustry: result.scores.vsIndustry,
        byMeasure: result.scores.byMeasure.map((m) => ({ ...m })),
      },
      clusters: order.map((members, label) => {
        const memberCodes = members.map((i) => industries[i]!);
        return {
          code: codes[label]!,
          name: suggestClusterName(memberCodes, nameOf),
          industries: memberCodes,
        };
      }),
    },
  };
}

const percent = (value: number) => (Number.isNaN(value) ? null : Math.round(value));

/**
 * The heat map of `combined` in the order of `order` (presentResult's): every industry when there
 * are at most MAX_HEATMAP_INDUSTRIES, else the mean percentile within and between clusters.
 */
export function relatednessHeatmap(
  combined: RelatednessMeasure,
  order: readonly number[][],
  clusterCodes: readonly string[],
): DeriveAnswer['heatmap'] {
  const n = combined.industries.length;
  const { percentiles } = combined;
  if (n <= MAX_HEATMAP_INDUSTRIES) {
    const sequence = order.flat();
    const clusterStarts: number[] = [];
    let start = 0;
    for (const members of order) {
      clusterStarts.push(start);
      start += members.length;
    }
    const m = sequence.length;
    const values = new Array<number | null>(m * m);
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++)
        values[a * m + b] = percent(percentiles[sequence[a]! * n + sequence[b]!]!);
    return {
      by: 'industry',
      codes: sequence.map((i) => combined.industries[i]!),
      clusterStarts,
      values,
    };
  }
  const count = order.length;
  const labels = new Int32Array(n).fill(-1);
  order.forEach((members, label) => members.forEach((i) => (labels[i] = label)));
  const { mean } = clusterPairRelatedness(percentiles, labels, count);
  return {
    by: 'cluster',
    codes: [...clusterCodes],
    clusterStarts: order.map((_, label) => label),
    values: Array.from(mean, percent),
  };
}
