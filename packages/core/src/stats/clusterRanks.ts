// Ranks and percentiles of regions within each cluster and year (by employment, by location
// quotient, ...), as the US Cluster Mapping rankings list them.

import { type ClusterAggregate } from './aggregateClusters';
import { bisectLeft, bisectRight } from './bisect';

/** Per cell of the aggregate: rank 0 and percentile NaN where the region is not ranked. */
export interface ClusterRanks {
  /** 1 = largest; ties share the best rank (1, 2, 2, 4). */
  rank: Int32Array;
  /** 0-100: the share of the other ranked regions with a strictly smaller value; 100 when alone. */
  percentile: Float64Array;
}

/**
 * Ranks the regions of each unit and year by `values` (a per-cell array in the aggregate's layout).
 * Ranked are the regions with employment > 0 in the cell and a value that is not NaN, except
 * `excludeRegion` (the benchmark).
 */
export function clusterRanks(
  aggregate: ClusterAggregate,
  values: Float64Array,
  excludeRegion?: number,
): ClusterRanks {
  const regionCount = aggregate.regions.length;
  const unitCount = aggregate.units.length;
  const rank = new Int32Array(values.length);
  const percentile = new Float64Array(values.length).fill(Number.NaN);
  const sorted = new Float64Array(regionCount);
  const cells = new Int32Array(regionCount);
  for (let y = 0; y < aggregate.years.length; y++) {
    for (let u = 0; u < unitCount; u++) {
      let n = 0;
      for (let r = 0; r < regionCount; r++) {
        const cell = (y * regionCount + r) * unitCount + u;
        const value = values[cell] as number;
        if (
          r === excludeRegion ||
          !((aggregate.employment[cell] as number) > 0) ||
          value !== value
        ) {
          continue;
        }
        sorted[n] = value;
        cells[n] = cell;
        n += 1;
      }
      const ranked = sorted.subarray(0, n).sort();
      for (let k = 0; k < n; k++) {
        const cell = cells[k] as number;
        const value = values[cell] as number;
        rank[cell] = n - bisectRight(ranked, value, n) + 1;
        percentile[cell] = n === 1 ? 100 : (100 * bisectLeft(ranked, value, n)) / (n - 1);
      }
    }
  }
  return { rank, percentile };
}
