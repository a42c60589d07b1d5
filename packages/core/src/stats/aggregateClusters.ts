// Sums a region x industry x year table into a dense region x cluster x year cube (or subcluster),
// filling suppressed cells, with each region's traded, local and total employment per year.

import { type ClusterDefinition, type ClusterType } from './clusterDefinition';
import { matchIndustries, UNCOVERED } from './matchIndustries';
import { type StatsTable } from './statsTable';
import { CBP_FLAG_FILL, type FlagFill, flagFillTable } from './suppression';

export type ClusterLevel = 'cluster' | 'subcluster';

/** A cluster, or at subcluster level a subcluster (or a cluster's industries without subcluster). */
export interface ClusterUnit {
  cluster: string;
  clusterName: string;
  /** undefined at cluster level, and for the unit of a cluster's industries without subcluster. */
  subcluster: string | undefined;
  subclusterName: string | undefined;
  type: ClusterType;
}

/** A code at the definition's level that no cluster covers, with its employment. */
export interface UncoveredIndustry {
  /** The normalised code as counted. */
  code: string;
  /** Employment per year (aligned with the aggregate's `years`), suppressed cells filled. */
  employment: Float64Array;
  /** The sum over the years. */
  total: number;
}

/**
 * Dense arrays. A cell (year position y, region r, unit u) is at `(y * regions.length + r) *
 * units.length + u`; a region-year total at `y * regions.length + r`.
 */
export interface ClusterAggregate {
  level: ClusterLevel;
  /** The table's regions, in its order. */
  regions: readonly string[];
  /** Ascending. */
  years: readonly number[];
  units: readonly ClusterUnit[];
  /** Jobs, suppressed cells filled; 0 where the table has no row. */
  employment: Float64Array;
  /** Establishments; NaN where no row gave a number. */
  establishments: Float64Array;
  /** Payroll in the table's unit; NaN where no row gave a number. */
  payroll: Float64Array;
  /** The part of `employment` that comes from filled suppressed cells. */
  filledEmployment: Float64Array;
  /** Per region-year: employment in traded, in local clusters, at the level but uncovered, and all. */
  traded: Float64Array;
  local: Float64Array;
  uncovered: Float64Array;
  /** traded + local + uncovered: the region's employment at the definition's level. */
  all: Float64Array;
  /** Uncovered codes, largest total first. */
  uncoveredIndustries: UncoveredIndustry[];
}

export interface AggregateClustersOptions {
  level?: ClusterLevel;
  /** Fill values for suppression flags; CBP_FLAG_FILL by default. */
  fill?: FlagFill;
  /** Only these years; all the table's years by default. */
  years?: readonly number[];
  /** A region left out of `uncoveredIndustries` (a national benchmark row would count jobs twice). */
  reportExcludesRegion?: string;
}

/** The units of a definition at a level, and for each defined industry its unit. */
function clusterUnits(definition: ClusterDefinition, level: ClusterLevel) {
  const units: ClusterUnit[] = [];
  const unitOfIndustry = new Int32Array(definition.industries.length);
  const firstUnit: number[] = [];
  const unassigned = new Map<number, number>();
  definition.clusters.forEach((cluster, at) => {
    firstUnit[at] = units.length;
    const base = { cluster: cluster.code, clusterName: cluster.name, type: cluster.type };
    if (level === 'cluster') {
      units.push({ ...base, subcluster: undefined, subclusterName: undefined });
      return;
    }
    for (const sub of cluster.subclusters) {
      units.push({ ...base, subcluster: sub.code, subclusterName: sub.name });
    }
    if (definition.industries.some((i) => i.cluster === at && i.subcluster < 0)) {
      unassigned.set(at, units.length);
      units.push({ ...base, subcluster: undefined, subclusterName: undefined });
    }
  });
  definition.industries.forEach((industry, at) => {
    const first = firstUnit[industry.cluster] as number;
    unitOfIndustry[at] =
      level === 'cluster'
        ? first
        : industry.subcluster >= 0
          ? first + industry.subcluster
          : (unassigned.get(industry.cluster) as number);
  });
  return { units, unitOfIndustry };
}

/**
 * Aggregates a table to clusters (or subclusters) through a definition. Which rows count is
 * matchIndustries' decision (the definition's level, no double counting); a suppressed cell takes
 * its flag's fill value (filledEmployment). Rows outside the chosen years are skipped. Cost: one pass
 * over the rows plus one to find which codes are present; no object per row.
 */
export function aggregateClusters(
  table: StatsTable,
  definition: ClusterDefinition,
  options: AggregateClustersOptions = {},
): ClusterAggregate {
  const level = options.level ?? 'cluster';
  const match = matchIndustries(table, definition, options.years);
  const { units, unitOfIndustry } = clusterUnits(definition, level);
  const regionCount = table.regions.length;
  const yearCount = match.years.length;
  const unitCount = units.length;
  const fills = flagFillTable(options.fill ?? CBP_FLAG_FILL);

  // Per table industry and year: the unit, or NOT_COUNTED / UNCOVERED as matchIndustries says.
  const unitOf = new Int32Array(match.target.length);
  const reportSlot = new Int32Array(table.industries.length).fill(-1);
  const reportCodes: string[] = [];
  for (let k = 0; k < match.target.length; k++) {
    const target = match.target[k] as number;
    unitOf[k] = target >= 0 ? (unitOfIndustry[target] as number) : target;
    const industry = Math.floor(k / Math.max(1, yearCount));
    if (target === UNCOVERED && reportSlot[industry] === -1) {
      reportSlot[industry] = reportCodes.length;
      reportCodes.push(match.codes[industry] as string);
    }
  }
  const traded = new Uint8Array(unitCount);
  units.forEach((unit, u) => (traded[u] = unit.type === 'traded' ? 1 : 0));

  const cells = yearCount * regionCount * unitCount;
  const employment = new Float64Array(cells);
  const establishments = new Float64Array(cells).fill(Number.NaN);
  const payroll = new Float64Array(cells).fill(Number.NaN);
  const filledEmployment = new Float64Array(cells);
  const tradedTotal = new Float64Array(yearCount * regionCount);
  const localTotal = new Float64Array(yearCount * regionCount);
  const uncoveredTotal = new Float64Array(yearCount * regionCount);
  const report = new Float64Array(reportCodes.length * yearCount);
  const excluded = options.reportExcludesRegion;
  const excludedRegion = excluded === undefined ? -1 : table.regions.indexOf(excluded);

  // Columns in locals: the loop below is the hot path of every statistics call.
  const { yearSlot, firstYear } = match;
  const rowYear = table.year;
  const rowIndustry = table.industry;
  const rowRegion = table.region;
  const rowFlag = table.flag;
  const rowEmployment = table.employment;
  const rowEstablishments = table.establishments;
  const rowPayroll = table.payroll;
  const rows = table.length;
  const uncovered = UNCOVERED;
  for (let i = 0; i < rows; i++) {
    const slot = yearSlot[(rowYear[i] as number) - firstYear] as number;
    if (slot < 0) continue;
    const industry = rowIndustry[i] as number;
    const unit = unitOf[industry * yearCount + slot] as number;
    if (unit < 0 && unit !== uncovered) continue;
    const region = rowRegion[i] as number;
    const flag = rowFlag[i] as number;
    let jobs = rowEmployment[i] as number;
    let filled = 0;
    if (flag !== 0 && !(jobs > 0)) {
      const fill = fills[flag] as number;
      jobs = fill === fill ? fill : 0;
      filled = jobs;
    } else if (jobs !== jobs) {
      jobs = 0; // missing without a flag: nothing to add
    }
    const regionYear = slot * regionCount + region;
    if (unit === uncovered) {
      uncoveredTotal[regionYear] = (uncoveredTotal[regionYear] as number) + jobs;
      if (region !== excludedRegion) {
        const at = (reportSlot[industry] as number) * yearCount + slot;
        report[at] = (report[at] as number) + jobs;
      }
      continue;
    }
    const cell = regionYear * unitCount + unit;
    employment[cell] = (employment[cell] as number) + jobs;
    filledEmployment[cell] = (filledEmployment[cell] as number) + filled;
    if (traded[unit] === 1) tradedTotal[regionYear] = (tradedTotal[regionYear] as number) + jobs;
    else localTotal[regionYear] = (localTotal[regionYear] as number) + jobs;
    const firms = rowEstablishments[i] as number;
    if (firms === firms) {
      const sum = establishments[cell] as number;
      establishments[cell] = sum === sum ? sum + firms : firms;
    }
    const pay = rowPayroll[i] as number;
    if (pay === pay) {
      const sum = payroll[cell] as number;
      payroll[cell] = sum === sum ? sum + pay : pay;
    }
  }

  const all = new Float64Array(yearCount * regionCount);
  for (let k = 0; k < all.length; k++) {
    all[k] = (tradedTotal[k] as number) + (localTotal[k] as number) + (uncoveredTotal[k] as number);
  }
  const uncoveredIndustries = reportCodes
    .map((code, at) => {
      const perYear = report.slice(at * yearCount, (at + 1) * yearCount);
      return { code, employment: perYear, total: perYear.reduce((sum, value) => sum + value, 0) };
    })
    .sort((a, b) => b.total - a.total || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  return {
    level,
    regions: table.regions,
    years: match.years,
    units,
    employment,
    establishments,
    payroll,
    filledEmployment,
    traded: tradedTotal,
    local: localTotal,
    uncovered: uncoveredTotal,
    all,
    uncoveredIndustries,
  };
}
