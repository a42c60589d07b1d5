// The US Cluster Mapping classification of a region's traded clusters (qualifying, significant,
// strong, strong10) and each region's cluster strength.

import { type ClusterAggregate } from './aggregateClusters';
import { quantileSorted } from './quantile';

/** Per cell of the aggregate, 1 or 0; always 0 for local units and the excluded region. */
export interface StrongClusters {
  qualifying: Uint8Array;
  significant: Uint8Array;
  strong: Uint8Array;
  strong10: Uint8Array;
  /**
   * Per region-year (y * regions + r): employment in the region's strong traded units divided by
   * its traded employment, 0-1; NaN when it has no traded employment.
   */
  clusterStrength: Float64Array;
}

/** Ascending copy of the first n values into `into`, NaN dropped; returns how many are left. */
function sortedInto(into: Float64Array, from: Float64Array, n: number): number {
  let kept = 0;
  for (let k = 0; k < n; k++) {
    const value = from[k] as number;
    if (value === value) into[kept++] = value;
  }
  into.subarray(0, kept).sort();
  return kept;
}

/**
 * Classifies each traded unit per year over the regions with employment > 0 (the excluded region,
 * the benchmark, left out), with type-7 quantiles qP of the LQ, employment and establishments:
 * - qualifying: LQ > q25(LQ), employment > q25(employment), establishments > q25(establishments);
 * - significant: LQ > q50(LQ) and the same employment and establishment conditions;
 * - strong: LQ >= q75(LQ) and LQ >= 1 and the same conditions;
 * - strong10: as strong with q90(LQ).
 * A NaN LQ fails every test. When no region has an establishment count for the unit and year, the
 * establishment condition is dropped (data with employment only); a region without one fails it.
 * Source: ../shared/data/README.md (US Cluster Mapping); it reproduces the published strong_b and
 * strong10_b for all 2,550 traded state x cluster rows of 2016.
 */
export function strongClusters(
  aggregate: ClusterAggregate,
  lq: Float64Array,
  excludeRegion?: number,
): StrongClusters {
  const regionCount = aggregate.regions.length;
  const yearCount = aggregate.years.length;
  const unitCount = aggregate.units.length;
  const cells = aggregate.employment.length;
  const qualifying = new Uint8Array(cells);
  const significant = new Uint8Array(cells);
  const strong = new Uint8Array(cells);
  const strong10 = new Uint8Array(cells);
  const lqs = new Float64Array(regionCount);
  const jobs = new Float64Array(regionCount);
  const firms = new Float64Array(regionCount);
  const sorted = new Float64Array(regionCount);
  const members = new Int32Array(regionCount);

  for (let u = 0; u < unitCount; u++) {
    if (aggregate.units[u]?.type !== 'traded') continue;
    for (let y = 0; y < yearCount; y++) {
      let n = 0;
      for (let r = 0; r < regionCount; r++) {
        const cell = (y * regionCount + r) * unitCount + u;
        if (r === excludeRegion || !((aggregate.employment[cell] as number) > 0)) continue;
        lqs[n] = lq[cell] as number;
        jobs[n] = aggregate.employment[cell] as number;
        firms[n] = aggregate.establishments[cell] as number;
        members[n] = cell;
        n += 1;
      }
      let count = sortedInto(sorted, lqs, n);
      if (count === 0) continue;
      const [lq25, lq50, lq75, lq90] = [0.25, 0.5, 0.75, 0.9].map(
        (p) => quantileSorted(sorted, p, count) as number,
      ) as [number, number, number, number];
      count = sortedInto(sorted, jobs, n);
      const jobs25 = quantileSorted(sorted, 0.25, count) as number;
      count = sortedInto(sorted, firms, n);
      const firmsKnown = count > 0;
      const firms25 = firmsKnown ? (quantileSorted(sorted, 0.25, count) as number) : 0;
      for (let k = 0; k < n; k++) {
        const value = lqs[k] as number;
        const sizeable =
          (jobs[k] as number) > jobs25 && (!firmsKnown || (firms[k] as number) > firms25);
        if (!sizeable) continue;
        const cell = members[k] as number;
        qualifying[cell] = value > lq25 ? 1 : 0;
        significant[cell] = value > lq50 ? 1 : 0;
        strong[cell] = value >= lq75 && value >= 1 ? 1 : 0;
        strong10[cell] = value >= lq90 && value >= 1 ? 1 : 0;
      }
    }
  }

  const clusterStrength = new Float64Array(yearCount * regionCount);
  for (let regionYear = 0; regionYear < clusterStrength.length; regionYear++) {
    let inStrong = 0;
    for (let u = 0; u < unitCount; u++) {
      const cell = regionYear * unitCount + u;
      if (strong[cell] === 1) inStrong += aggregate.employment[cell] as number;
    }
    const traded = aggregate.traded[regionYear] as number;
    clusterStrength[regionYear] = traded > 0 ? inStrong / traded : Number.NaN;
  }
  return { qualifying, significant, strong, strong10, clusterStrength };
}
