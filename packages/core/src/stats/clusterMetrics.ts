// The one call behind `kume stats clusters` and the server: a table and a cluster definition in,
// one columnar row per region x cluster x year out, with every metric of the field study.

import {
  type ClusterAggregate,
  aggregateClusters,
  type ClusterLevel,
  type ClusterUnit,
  type UncoveredIndustry,
} from './aggregateClusters';
import { type ClusterDefinition } from './clusterDefinition';
import { clusterBenchmark } from './clusterBenchmark';
import { clusterRanks } from './clusterRanks';
import { clusterStars, type StarThresholds } from './clusterStars';
import { compoundAnnualGrowthRate } from './growth';
import { locationQuotients } from './locationQuotient';
import { type StatsTable } from './statsTable';
import { StatsInputError } from './statsInputError';
import { strongClusters } from './strongClusters';
import { type FlagFill } from './suppression';
import { tableYears } from './tableYears';

export interface ClusterMetricsOptions {
  /** A region of the table that stands for the nation; by default the nation is the sum of regions. */
  benchmarkRegion?: string;
  /** Fill values for suppression flags (CBP_FLAG_FILL by default). */
  fill?: FlagFill;
  /** The years to output; all the table's years by default. */
  years?: readonly number[];
  /** Growth is measured from this year to each output year. */
  fromYear?: number;
  stars?: Partial<StarThresholds>;
  level?: ClusterLevel;
}

/** Per region-year at [y * regions.length + r] over the output regions and years. */
export interface RegionYearTotals {
  traded: Float64Array;
  local: Float64Array;
  uncovered: Float64Array;
  /** Employment at the definition's level: traded + local + uncovered. */
  all: Float64Array;
  /** Employment in strong traded units / traded employment, 0-1; NaN without traded employment. */
  clusterStrength: Float64Array;
}

/**
 * One row per output region x unit x year with employment > 0, ordered by region (table order),
 * unit (definition order) and year; `region`, `unit` index `regions` and `units`. Flags are 1 or 0.
 */
export interface ClusterMetrics {
  level: ClusterLevel;
  benchmarkRegion: string | undefined;
  fromYear: number | undefined;
  /** The output regions: the table's regions in its order, the benchmark region left out. */
  regions: readonly string[];
  /** The output years, ascending. */
  years: readonly number[];
  units: readonly ClusterUnit[];
  length: number;
  region: Int32Array;
  unit: Int32Array;
  year: Int16Array;
  employment: Float64Array;
  establishments: Float64Array;
  payroll: Float64Array;
  /** Employment from filled suppressed cells, and its share of `employment` (0-1). */
  filledEmployment: Float64Array;
  filledShare: Float64Array;
  /** US Cluster Mapping LQ (traded or local total); NaN when undefined. */
  lq: Float64Array;
  /** Total-employment LQ (European Cluster Observatory); NaN when undefined. */
  lqTotal: Float64Array;
  qualifying: Uint8Array;
  significant: Uint8Array;
  strong: Uint8Array;
  strong10: Uint8Array;
  starsSize: Uint8Array;
  starsSpecialisation: Uint8Array;
  starsFocus: Uint8Array;
  /** Among the regions with employment in the unit that year: 1 = largest; percentile 0-100. */
  employmentRank: Int32Array;
  employmentPercentile: Float64Array;
  lqRank: Int32Array;
  lqPercentile: Float64Array;
  /** From `fromYear` to the row's year (fraction per year); NaN in `fromYear` or when it had none. */
  employmentCagr: Float64Array | undefined;
  /** Employment minus employment in `fromYear`. */
  employmentChange: Float64Array | undefined;
  /** The row's region-year cluster strength (see RegionYearTotals). */
  clusterStrength: Float64Array;
  regionYears: RegionYearTotals;
  /** Codes at the definition's level in no cluster, per year of `uncovered.years` (output years and fromYear). */
  uncovered: { years: readonly number[]; industries: UncoveredIndustry[] };
  /** What the caller should tell the user (a benchmark without employment in a year, no code matched). */
  warnings: string[];
}

/** The region-year totals of the output regions and years, from the aggregate's. */
function regionYearTotals(
  aggregate: ClusterAggregate,
  clusterStrength: Float64Array,
  yearSlots: readonly number[],
  excluded: number | undefined,
): RegionYearTotals {
  const regionCount = aggregate.regions.length;
  const outputRegions = excluded === undefined ? regionCount : regionCount - 1;
  const take = (from: Float64Array) => {
    const to = new Float64Array(yearSlots.length * outputRegions);
    let k = 0;
    for (const y of yearSlots) {
      for (let r = 0; r < regionCount; r++)
        if (r !== excluded) to[k++] = from[y * regionCount + r] as number;
    }
    return to;
  };
  return {
    traded: take(aggregate.traded),
    local: take(aggregate.local),
    uncovered: take(aggregate.uncovered),
    all: take(aggregate.all),
    clusterStrength: take(clusterStrength),
  };
}

function checkYear(year: number, available: readonly number[], option: string) {
  if (!available.includes(year)) {
    const span = available.length === 0 ? 'none' : `${available[0]}-${available.at(-1)}`;
    throw new StatsInputError(`${option} ${year} is not in the data (years ${span})`);
  }
}

/**
 * Aggregates the table to the definition's clusters (aggregateClusters), then per unit and year:
 * both location quotients against the benchmark, the US Cluster Mapping classification and
 * cluster strength (strongClusters), European Cluster Observatory stars (clusterStars), ranks and
 * percentiles of employment and LQ (clusterRanks), and growth from `fromYear`. Throws
 * StatsInputError for a benchmark region, year or fromYear that is not in the table, or an empty
 * definition. Everything runs on typed arrays; the rows are the only output allocation.
 */
export function computeClusterMetrics(
  table: StatsTable,
  definition: ClusterDefinition,
  options: ClusterMetricsOptions = {},
): ClusterMetrics {
  if (definition.clusters.length === 0) {
    throw new StatsInputError('the cluster definition has no clusters');
  }
  const available = tableYears(table);
  for (const year of options.years ?? []) checkYear(year, available, 'year');
  const { fromYear, benchmarkRegion } = options;
  if (fromYear !== undefined) checkYear(fromYear, available, 'from year');
  const outputYears = [...new Set(options.years ?? available)].sort((a, b) => a - b);
  const aggregatedYears =
    fromYear === undefined
      ? outputYears
      : [...new Set([...outputYears, fromYear])].sort((a, b) => a - b);

  const aggregate = aggregateClusters(table, definition, {
    level: options.level,
    fill: options.fill,
    years: aggregatedYears,
    reportExcludesRegion: benchmarkRegion,
  });
  const benchmark = clusterBenchmark(aggregate, benchmarkRegion);
  const excluded = benchmark.region;
  const { lq, lqTotal } = locationQuotients(aggregate, benchmark);
  const strong = strongClusters(aggregate, lq, excluded);
  const stars = clusterStars(aggregate, lqTotal, {
    thresholds: options.stars,
    excludeRegion: excluded,
  });
  const employmentRanks = clusterRanks(aggregate, aggregate.employment, excluded);
  const lqRanks = clusterRanks(aggregate, lq, excluded);

  const warnings: string[] = [];
  aggregate.years.forEach((year, y) => {
    if (benchmarkRegion !== undefined && !((benchmark.all[y] as number) > 0)) {
      warnings.push(
        `benchmark region "${benchmarkRegion}" has no employment in ${year}: no location quotients that year`,
      );
    }
  });
  if (aggregate.traded.every((v) => v === 0) && aggregate.local.every((v) => v === 0)) {
    const sample = aggregate.uncoveredIndustries.slice(0, 3).map((u) => u.code);
    warnings.push(
      `no employment of the data falls in a cluster of the definition` +
        (sample.length > 0 ? ` (uncovered codes such as ${sample.join(', ')})` : ''),
    );
  }

  const regionCount = aggregate.regions.length;
  const unitCount = aggregate.units.length;
  const regions = aggregate.regions.filter((_, r) => r !== excluded);
  // Position among the output regions: the benchmark drops out of the numbering.
  const regionAt = aggregate.regions.map((_, r) =>
    excluded !== undefined && r > excluded ? r - 1 : r,
  );
  const yearSlots = outputYears.map((year) => aggregate.years.indexOf(year));
  const fromSlot = fromYear === undefined ? -1 : aggregate.years.indexOf(fromYear);
  const cellOf = (y: number, r: number, u: number) => (y * regionCount + r) * unitCount + u;

  let length = 0;
  for (const y of yearSlots) {
    for (let r = 0; r < regionCount; r++) {
      if (r === excluded) continue;
      for (let u = 0; u < unitCount; u++)
        if ((aggregate.employment[cellOf(y, r, u)] as number) > 0) length++;
    }
  }

  const region = new Int32Array(length);
  const unit = new Int32Array(length);
  const year = new Int16Array(length);
  const cells = new Int32Array(length);
  let row = 0;
  for (let r = 0; r < regionCount; r++) {
    if (r === excluded) continue;
    for (let u = 0; u < unitCount; u++) {
      yearSlots.forEach((y, k) => {
        const cell = cellOf(y, r, u);
        if (!((aggregate.employment[cell] as number) > 0)) return;
        region[row] = regionAt[r] as number;
        unit[row] = u;
        year[row] = outputYears[k] as number;
        cells[row] = cell;
        row++;
      });
    }
  }

  const pick = <T extends Float64Array | Uint8Array | Int32Array>(
    from: T,
    make: (n: number) => T,
  ): T => {
    const to = make(length);
    for (let i = 0; i < length; i++) to[i] = from[cells[i] as number] as number;
    return to;
  };
  const floats = (from: Float64Array) => pick(from, (n) => new Float64Array(n));
  const flags = (from: Uint8Array) => pick(from, (n) => new Uint8Array(n));
  const ints = (from: Int32Array) => pick(from, (n) => new Int32Array(n));

  const employment = floats(aggregate.employment);
  const filledEmployment = floats(aggregate.filledEmployment);
  const filledShare = employment.map((jobs, i) => (filledEmployment[i] as number) / jobs);
  const regionYearOf = (i: number) => Math.floor((cells[i] as number) / unitCount);
  const clusterStrength = new Float64Array(length);
  for (let i = 0; i < length; i++)
    clusterStrength[i] = strong.clusterStrength[regionYearOf(i)] as number;

  let employmentCagr: Float64Array | undefined;
  let employmentChange: Float64Array | undefined;
  if (fromYear !== undefined) {
    employmentCagr = new Float64Array(length);
    employmentChange = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      const r = regionYearOf(i) % regionCount;
      const then = aggregate.employment[cellOf(fromSlot, r, unit[i] as number)] as number;
      const years = (year[i] as number) - fromYear;
      employmentCagr[i] = compoundAnnualGrowthRate(then, employment[i] as number, years);
      employmentChange[i] = (employment[i] as number) - then;
    }
  }

  return {
    level: aggregate.level,
    benchmarkRegion,
    fromYear,
    regions,
    years: outputYears,
    units: aggregate.units,
    length,
    region,
    unit,
    year,
    employment,
    establishments: floats(aggregate.establishments),
    payroll: floats(aggregate.payroll),
    filledEmployment,
    filledShare,
    lq: floats(lq),
    lqTotal: floats(lqTotal),
    qualifying: flags(strong.qualifying),
    significant: flags(strong.significant),
    strong: flags(strong.strong),
    strong10: flags(strong.strong10),
    starsSize: flags(stars.size),
    starsSpecialisation: flags(stars.specialisation),
    starsFocus: flags(stars.focus),
    employmentRank: ints(employmentRanks.rank),
    employmentPercentile: floats(employmentRanks.percentile),
    lqRank: ints(lqRanks.rank),
    lqPercentile: floats(lqRanks.percentile),
    employmentCagr,
    employmentChange,
    clusterStrength,
    regionYears: regionYearTotals(aggregate, strong.clusterStrength, yearSlots, excluded),
    uncovered: { years: aggregate.years, industries: aggregate.uncoveredIndustries },
    warnings,
  };
}
