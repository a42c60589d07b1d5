// The national benchmark of location quotients and shift-share: the sum of the table's regions, or
// one region of the table (say "US") standing for the nation.

import { type ClusterAggregate } from './aggregateClusters';
import { StatsInputError } from './statsInputError';

/** Per year position y: national employment per unit at [y * units.length + u], totals at [y]. */
export interface ClusterBenchmark {
  /** The benchmark region's index in the aggregate's regions; undefined for the sum of regions. */
  region: number | undefined;
  employment: Float64Array;
  traded: Float64Array;
  local: Float64Array;
  /** Employment at the definition's level, uncovered codes included. */
  all: Float64Array;
}

/**
 * The benchmark of an aggregate: with `benchmarkRegion`, that region's own cluster employment and
 * totals (it is then not ranked or output as a region); without, the sum over all regions. Throws
 * StatsInputError when the benchmark region is not in the table.
 */
export function clusterBenchmark(
  aggregate: ClusterAggregate,
  benchmarkRegion?: string,
): ClusterBenchmark {
  const regionCount = aggregate.regions.length;
  const yearCount = aggregate.years.length;
  const unitCount = aggregate.units.length;
  let region: number | undefined;
  if (benchmarkRegion !== undefined) {
    region = aggregate.regions.indexOf(benchmarkRegion);
    if (region < 0) {
      const known = aggregate.regions.slice(0, 10).join(', ');
      const more = regionCount > 10 ? `, ... (${regionCount} regions)` : '';
      throw new StatsInputError(
        `benchmark region "${benchmarkRegion}" is not in the data; its regions are ${known}${more}`,
      );
    }
  }
  const employment = new Float64Array(yearCount * unitCount);
  const traded = new Float64Array(yearCount);
  const local = new Float64Array(yearCount);
  const all = new Float64Array(yearCount);
  for (let y = 0; y < yearCount; y++) {
    for (let r = 0; r < regionCount; r++) {
      if (region !== undefined && r !== region) continue;
      const regionYear = y * regionCount + r;
      traded[y] = (traded[y] as number) + (aggregate.traded[regionYear] as number);
      local[y] = (local[y] as number) + (aggregate.local[regionYear] as number);
      all[y] = (all[y] as number) + (aggregate.all[regionYear] as number);
      const cell = regionYear * unitCount;
      for (let u = 0; u < unitCount; u++) {
        const k = y * unitCount + u;
        employment[k] = (employment[k] as number) + (aggregate.employment[cell + u] as number);
      }
    }
  }
  return { region, employment, traded, local, all };
}
