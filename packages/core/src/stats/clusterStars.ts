// European Cluster Observatory stars: a region's cluster earns a star for size, specialisation and
// focus, each judged against the other regions.

import { type ClusterAggregate } from './aggregateClusters';
import { bisectRight } from './bisect';

export interface StarThresholds {
  /** Size star: the top share (0-1) of regions by the cluster's employment. Default 0.1. */
  sizeTopShare: number;
  /** Specialisation star: total-employment LQ at least this. Default 2. */
  specialisationMinLq: number;
  /** Focus star: the top share (0-1) of regions by the cluster's share of regional employment. */
  focusTopShare: number;
}

export const DEFAULT_STAR_THRESHOLDS: StarThresholds = {
  sizeTopShare: 0.1,
  specialisationMinLq: 2,
  focusTopShare: 0.1,
};

/** Per cell of the aggregate, 1 or 0; 0 where the region has no employment in the unit. */
export interface ClusterStars {
  size: Uint8Array;
  specialisation: Uint8Array;
  focus: Uint8Array;
}

/**
 * Stars per unit and year, among the regions with employment that year (all > 0; the excluded
 * region, the benchmark, left out): n regions compete, and a region is in the top share s when its
 * rank (1 + the number of regions with a strictly larger value) is at most s x n; ties share a rank,
 * so with few regions (s x n < 1) nobody is in the top. Focus compares employment / all employment.
 * Specialisation is `lqTotal` >= the threshold. Source: European Cluster Observatory star
 * methodology (Ketels & Sölvell (2006), Innovation clusters in the 10 new member states of the
 * European Union, Europe INNOVA); thresholds configurable as their 10% and LQ 2 are conventions.
 */
export function clusterStars(
  aggregate: ClusterAggregate,
  lqTotal: Float64Array,
  options: { thresholds?: Partial<StarThresholds>; excludeRegion?: number } = {},
): ClusterStars {
  const thresholds = { ...DEFAULT_STAR_THRESHOLDS, ...options.thresholds };
  const regionCount = aggregate.regions.length;
  const unitCount = aggregate.units.length;
  const cells = aggregate.employment.length;
  const size = new Uint8Array(cells);
  const specialisation = new Uint8Array(cells);
  const focus = new Uint8Array(cells);
  const jobs = new Float64Array(regionCount);
  const shares = new Float64Array(regionCount);
  const members = new Int32Array(regionCount);

  for (let y = 0; y < aggregate.years.length; y++) {
    for (let u = 0; u < unitCount; u++) {
      let n = 0;
      for (let r = 0; r < regionCount; r++) {
        const all = aggregate.all[y * regionCount + r] as number;
        if (r === options.excludeRegion || !(all > 0)) continue;
        const cell = (y * regionCount + r) * unitCount + u;
        const value = aggregate.employment[cell] as number;
        jobs[n] = value;
        shares[n] = value / all;
        members[n] = cell;
        n += 1;
      }
      // The epsilon keeps 30 x 0.1 a whole 3 despite binary fractions.
      const sizeRanks = n * thresholds.sizeTopShare + 1e-9;
      const focusRanks = n * thresholds.focusTopShare + 1e-9;
      const sortedJobs = jobs.slice(0, n).sort();
      const sortedShares = shares.slice(0, n).sort();
      for (let k = 0; k < n; k++) {
        const cell = members[k] as number;
        if (!((jobs[k] as number) > 0)) continue;
        const sizeRank = n - bisectRight(sortedJobs, jobs[k] as number, n) + 1;
        const focusRank = n - bisectRight(sortedShares, shares[k] as number, n) + 1;
        size[cell] = sizeRank <= sizeRanks ? 1 : 0;
        focus[cell] = focusRank <= focusRanks ? 1 : 0;
        specialisation[cell] = (lqTotal[cell] as number) >= thresholds.specialisationMinLq ? 1 : 0;
      }
    }
  }
  return { size, specialisation, focus };
}
