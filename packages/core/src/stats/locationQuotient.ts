// Location quotients: how concentrated a cluster's employment is in a region compared with the
// nation, in the US Cluster Mapping variant and the total-employment variant.

import { type ClusterAggregate } from './aggregateClusters';
import { type ClusterBenchmark } from './clusterBenchmark';

/**
 * Location quotient: the region's share of its employment in the cluster divided by the nation's
 * share, LQ = (e / eTotal) / (E / ETotal). > 1 means the cluster is more concentrated in the region
 * than in the nation; 0 when the region has none of it. undefined when a denominator is 0 (the
 * region has no employment in the total, or the nation none in the cluster) or a value is NaN.
 */
export function locationQuotient(
  regionCluster: number,
  regionTotal: number,
  nationCluster: number,
  nationTotal: number,
): number | undefined {
  if (!(regionTotal !== 0 && nationCluster !== 0 && nationTotal !== 0)) return undefined;
  const value = regionCluster / regionTotal / (nationCluster / nationTotal);
  return Number.isNaN(value) ? undefined : value;
}

/** Per cell of the aggregate (same layout); NaN where the quotient is undefined. */
export interface LocationQuotients {
  /**
   * US Cluster Mapping: the total is traded employment for a traded cluster and local employment
   * for a local one, in the region and in the benchmark. Source: Delgado, Porter & Stern (2016),
   * Defining clusters of related industries, J. Economic Geography 16(1); ../shared/data/README.md.
   */
  lq: Float64Array;
  /**
   * European Cluster Observatory: the total is all employment at the definition's level (uncovered
   * codes included). Source: European Cluster Observatory star methodology (Ketels & Sölvell, 2006).
   */
  lqTotal: Float64Array;
}

/** Both location quotients for every cell of an aggregate against a benchmark. */
export function locationQuotients(
  aggregate: ClusterAggregate,
  benchmark: ClusterBenchmark,
): LocationQuotients {
  const regionCount = aggregate.regions.length;
  const yearCount = aggregate.years.length;
  const unitCount = aggregate.units.length;
  const traded = aggregate.units.map((unit) => unit.type === 'traded');
  const lq = new Float64Array(aggregate.employment.length);
  const lqTotal = new Float64Array(aggregate.employment.length);
  for (let y = 0; y < yearCount; y++) {
    const nationTraded = benchmark.traded[y] as number;
    const nationLocal = benchmark.local[y] as number;
    const nationAll = benchmark.all[y] as number;
    for (let r = 0; r < regionCount; r++) {
      const regionYear = y * regionCount + r;
      const regionTraded = aggregate.traded[regionYear] as number;
      const regionLocal = aggregate.local[regionYear] as number;
      const regionAll = aggregate.all[regionYear] as number;
      for (let u = 0; u < unitCount; u++) {
        const cell = regionYear * unitCount + u;
        const jobs = aggregate.employment[cell] as number;
        const nation = benchmark.employment[y * unitCount + u] as number;
        lq[cell] = traded[u]
          ? (locationQuotient(jobs, regionTraded, nation, nationTraded) ?? Number.NaN)
          : (locationQuotient(jobs, regionLocal, nation, nationLocal) ?? Number.NaN);
        lqTotal[cell] = locationQuotient(jobs, regionAll, nation, nationAll) ?? Number.NaN;
      }
    }
  }
  return { lq, lqTotal };
}
