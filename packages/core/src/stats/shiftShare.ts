// Shift-share analysis of employment change between two years: classic (national share, industry
// mix, regional share) and Esteban-Marquillas (the regional share split by homothetic employment).

import { type ClusterAggregate } from './aggregateClusters';
import { type ClusterBenchmark } from './clusterBenchmark';
import { StatsInputError } from './statsInputError';

/** Per region x unit at [r * units.length + u], in jobs unless said otherwise. */
export interface ShiftShare {
  fromYear: number;
  toYear: number;
  start: Float64Array;
  end: Float64Array;
  /** end - start = nationalShare + industryMix + regionalShare. */
  change: Float64Array;
  /** start x G, G the nation's growth rate over all units: the change had the unit grown as the nation. */
  nationalShare: Float64Array;
  /** start x (g - G), g the nation's growth rate in the unit: what the unit's national trend adds. */
  industryMix: Float64Array;
  /** change - nationalShare - industryMix = start x (r - g), r the region's growth rate in the unit. */
  regionalShare: Float64Array;
  /** Esteban-Marquillas: the region's total at the start x the nation's share of the unit then. */
  homotheticEmployment: Float64Array;
  /** homotheticEmployment x (r - g): the competitive effect had the region the nation's structure. */
  homotheticCompetitive: Float64Array;
  /** (start - homotheticEmployment) x (r - g) = regionalShare - homotheticCompetitive. */
  allocation: Float64Array;
  /** G: the nation's growth rate (fraction) over all units; NaN when it had none at the start. */
  nationalGrowth: number;
  /** g per unit; NaN where the nation had none of the unit at the start. */
  unitGrowth: Float64Array;
}

/**
 * Shift-share decomposition of every region x unit's employment change between two years of the
 * aggregate against the benchmark. Growth rates and totals are over the aggregate's units (the
 * industries analysed), so the parts of a region sum to its change. Where the region had no
 * employment in the unit at the start, the national share and industry mix are 0, the regional
 * share is the whole change, and r (so the homothetic competitive and allocation effects) is
 * undefined: NaN. Sources: Dunn, E. S. (1960), A statistical and analytical technique for regional
 * analysis, Papers of the Regional Science Association 6; Esteban-Marquillas, J. M. (1972), A
 * reinterpretation of shift-share analysis, Regional and Urban Economics 2(3).
 */
export function shiftShare(
  aggregate: ClusterAggregate,
  benchmark: ClusterBenchmark,
  fromYear: number,
  toYear: number,
): ShiftShare {
  const from = aggregate.years.indexOf(fromYear);
  const to = aggregate.years.indexOf(toYear);
  if (from < 0 || to < 0) {
    const missing = from < 0 ? fromYear : toYear;
    throw new StatsInputError(
      `year ${missing} is not in the data (years ${aggregate.years.join(', ') || 'none'})`,
    );
  }
  const regionCount = aggregate.regions.length;
  const unitCount = aggregate.units.length;
  const size = regionCount * unitCount;
  const start = aggregate.employment.slice(from * size, (from + 1) * size);
  const end = aggregate.employment.slice(to * size, (to + 1) * size);

  const unitGrowth = new Float64Array(unitCount);
  const nationStart = benchmark.employment.subarray(from * unitCount, (from + 1) * unitCount);
  const nationEnd = benchmark.employment.subarray(to * unitCount, (to + 1) * unitCount);
  let [totalStart, totalEnd] = [0, 0];
  for (let u = 0; u < unitCount; u++) {
    const [e0, e1] = [nationStart[u] as number, nationEnd[u] as number];
    unitGrowth[u] = e0 > 0 ? e1 / e0 - 1 : Number.NaN;
    totalStart += e0;
    totalEnd += e1;
  }
  const nationalGrowth = totalStart > 0 ? totalEnd / totalStart - 1 : Number.NaN;

  const change = new Float64Array(size);
  const nationalShare = new Float64Array(size);
  const industryMix = new Float64Array(size);
  const regionalShare = new Float64Array(size);
  const homotheticEmployment = new Float64Array(size);
  const homotheticCompetitive = new Float64Array(size);
  const allocation = new Float64Array(size);
  for (let r = 0; r < regionCount; r++) {
    let regionStart = 0;
    for (let u = 0; u < unitCount; u++) regionStart += start[r * unitCount + u] as number;
    for (let u = 0; u < unitCount; u++) {
      const k = r * unitCount + u;
      const e0 = start[k] as number;
      const observed = (end[k] as number) - e0;
      change[k] = observed;
      const national = e0 > 0 ? e0 * nationalGrowth : 0;
      const mix = e0 > 0 ? e0 * ((unitGrowth[u] as number) - nationalGrowth) : 0;
      nationalShare[k] = national;
      industryMix[k] = mix;
      // The residual form keeps the identity even where r is undefined (no jobs at the start).
      const regional = observed - national - mix;
      regionalShare[k] = regional;
      const homothetic =
        totalStart > 0 ? (regionStart * (nationStart[u] as number)) / totalStart : Number.NaN;
      homotheticEmployment[k] = homothetic;
      const competitive = e0 > 0 ? homothetic * (regional / e0) : Number.NaN;
      homotheticCompetitive[k] = competitive;
      allocation[k] = regional - competitive;
    }
  }
  return {
    fromYear,
    toYear,
    start,
    end,
    change,
    nationalShare,
    industryMix,
    regionalShare,
    homotheticEmployment,
    homotheticCompetitive,
    allocation,
    nationalGrowth,
    unitGrowth,
  };
}
