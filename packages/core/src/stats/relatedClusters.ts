// Missing neighbours: for each strong cluster of a region, the clusters strongly related to it in
// which the region is not strong, the natural candidates for diversification.

import { type ClusterMetrics } from './clusterMetrics';

/** One directed pair of a relatedness matrix, as the US Cluster Mapping publishes it. */
export interface ClusterRelatedness {
  cluster: string;
  related: string;
  /** The relatedness score (relatedClusters.csv: cr_all, combined co-location, input-output, skills). */
  score: number;
  /** The score's percentile among all pairs, 0-100 (cr_all_pc). */
  percentile: number;
}

export interface MissingNeighbour {
  region: string;
  /** A strong cluster of the region. */
  cluster: string;
  /** A cluster strongly related to it in which the region is not strong. */
  related: string;
  score: number;
  percentile: number;
}

/**
 * For each region and each of its strong clusters, the related clusters with percentile >=
 * `minPercentile` (default 90) where the region is not strong, highest score first. Pairs are
 * taken as given (directed; the published matrix lists both directions); self pairs are skipped.
 * Cluster keys only need to agree between the two inputs (codes or names). Source: Delgado, Porter
 * & Stern (2016) for the relatedness measures; ../shared/data/uscmp/relatedClusters.csv.
 */
export function relatedClusters(
  strongByRegion: ReadonlyMap<string, ReadonlySet<string>>,
  relatedness: readonly ClusterRelatedness[],
  options: { minPercentile?: number } = {},
): MissingNeighbour[] {
  const minPercentile = options.minPercentile ?? 90;
  const neighbours = new Map<string, ClusterRelatedness[]>();
  for (const pair of relatedness) {
    if (pair.cluster === pair.related || !(pair.percentile >= minPercentile)) continue;
    const list = neighbours.get(pair.cluster) ?? [];
    list.push(pair);
    neighbours.set(pair.cluster, list);
  }
  for (const list of neighbours.values()) list.sort((a, b) => b.score - a.score);

  const missing: MissingNeighbour[] = [];
  for (const [region, strong] of strongByRegion) {
    for (const cluster of strong) {
      for (const pair of neighbours.get(cluster) ?? []) {
        if (strong.has(pair.related)) continue;
        const { related, score, percentile } = pair;
        missing.push({ region, cluster, related, score, percentile });
      }
    }
  }
  return missing;
}

/**
 * The strong clusters of each output region in one year of computed metrics, by cluster code (or
 * name), in the metrics' region order; regions without a strong cluster map to an empty set. At
 * subcluster level a cluster counts as strong when one of its subclusters is.
 */
export function strongClustersByRegion(
  metrics: ClusterMetrics,
  year: number,
  key: 'code' | 'name' = 'code',
): Map<string, Set<string>> {
  const byRegion = new Map<string, Set<string>>(
    metrics.regions.map((region) => [region, new Set()]),
  );
  for (let i = 0; i < metrics.length; i++) {
    if (metrics.year[i] !== year || metrics.strong[i] !== 1) continue;
    const unit = metrics.units[metrics.unit[i] as number];
    const region = metrics.regions[metrics.region[i] as number] as string;
    if (unit) byRegion.get(region)?.add(key === 'code' ? unit.cluster : unit.clusterName);
  }
  return byRegion;
}
