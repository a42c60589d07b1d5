// Employment growth between two years: compound annual growth rate and absolute change, for a
// single pair of values and for every region x unit of an aggregate.

import { type ClusterAggregate } from './aggregateClusters';
import { StatsInputError } from './statsInputError';

/**
 * Compound annual growth rate: (end / start)^(1 / years) - 1, a fraction per year (0.05 = 5%).
 * With negative `years` (the end lies before the start) it is the rate from the end to the start.
 * NaN when start <= 0, years is 0, or a value is not finite; -1 when the end is 0.
 */
export function compoundAnnualGrowthRate(start: number, end: number, years: number): number {
  if (!(start > 0) || years === 0 || !Number.isFinite(end) || !Number.isFinite(years))
    return Number.NaN;
  return Math.pow(end / start, 1 / years) - 1;
}

/** Per region x unit, at [r * units.length + u]. */
export interface Growth {
  fromYear: number;
  toYear: number;
  /** Employment in the first and the second year. */
  start: Float64Array;
  end: Float64Array;
  /** end - start, in jobs. */
  change: Float64Array;
  /** compoundAnnualGrowthRate(start, end, toYear - fromYear); NaN when start is 0. */
  cagr: Float64Array;
}

/** Growth of every region x unit between two years of the aggregate (any order). */
export function growth(aggregate: ClusterAggregate, fromYear: number, toYear: number): Growth {
  const from = aggregate.years.indexOf(fromYear);
  const to = aggregate.years.indexOf(toYear);
  for (const [year, at] of [
    [fromYear, from],
    [toYear, to],
  ] as const) {
    if (at < 0) {
      throw new StatsInputError(
        `year ${year} is not in the data (years ${aggregate.years.join(', ') || 'none'})`,
      );
    }
  }
  const size = aggregate.regions.length * aggregate.units.length;
  const start = aggregate.employment.slice(from * size, (from + 1) * size);
  const end = aggregate.employment.slice(to * size, (to + 1) * size);
  const change = new Float64Array(size);
  const cagr = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    change[k] = (end[k] as number) - (start[k] as number);
    cagr[k] = compoundAnnualGrowthRate(start[k] as number, end[k] as number, toYear - fromYear);
  }
  return { fromYear, toYear, start, end, change, cagr };
}
