// The sample project's regional statistics: employees and establishments of Turkey's 26 NUTS-2
// regions by NACE Rev.2 division, 2019-2023, generated from a seeded model (clearly sample data).

import { turkeyNuts2Name } from '../geography/turkeyNuts2Regions';
import { naceClusterCategories } from '../stats/nace/naceClusterCategories';
import { naceDivisionClusters } from '../stats/nace/naceClusterDefinition';
import type { StatsTable } from '../stats/statsTable';
import { statsTableFromRows, type StatsRow } from '../stats/statsTableFromRows';
import {
  NATIONAL_LEVEL,
  PANDEMIC_DIVISIONS,
  SAMPLE_DIVISIONS,
  SAMPLE_REGIONS,
  type SampleRegion,
} from './sampleStatisticsData';

export const SAMPLE_STATISTICS_YEARS = [2019, 2020, 2021, 2022, 2023] as const;
/** Employees of every region and division together in the last year (about Turkey's). */
export const SAMPLE_TOTAL_EMPLOYMENT = 20_000_000;
/** The sample's focus region (İzmir) and the divisions of its focus clusters. */
export const SAMPLE_FOCUS_REGION = 'TR31';
export const SAMPLE_FOCUS_DIVISIONS = ['24', '25', '28'] as const;

export interface SampleStatistics {
  /** Says it is sample data, in both languages. */
  name: string;
  fileName: string;
  /** What the data is, and the region names (a dataset keeps only codes). */
  notes: string;
  regions: readonly { code: string; name: string }[];
  /** One row per region x division x year; a cell with no employees has no row. */
  table: StatsTable;
}

/** A standard normal draw (Box-Muller). */
function normal(rng: () => number): number {
  const u = 1 - rng(); // in (0, 1], so the logarithm is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Parses 'division:value' and 'from-to:value' terms into a value per division, from `start`. */
function perDivision(
  spec: string | undefined,
  start: number,
  apply: (a: number, b: number) => number,
) {
  const values = new Map<string, number>(SAMPLE_DIVISIONS.map((d) => [d.code, start]));
  for (const term of (spec ?? '').split(' ').filter(Boolean)) {
    const [range = '', value = ''] = term.split(':');
    const [from = '', to = from] = range.split('-');
    for (const { code } of SAMPLE_DIVISIONS)
      if (code >= from && code <= to) values.set(code, apply(values.get(code)!, Number(value)));
  }
  return values;
}

/**
 * Scales the rows and columns of `matrix` in turn (iterative proportional fitting) until its row
 * sums are `rows` and its column sums `cols` (both summing to the same total); the regions'
 * specialisations survive as the ratios between cells.
 */
function fitMargins(matrix: number[][], rows: readonly number[], cols: readonly number[]) {
  for (let round = 0; round < 50; round++) {
    matrix.forEach((row, r) => {
      const sum = row.reduce((a, b) => a + b, 0);
      row.forEach((_, d) => (row[d]! *= rows[r]! / sum));
    });
    cols.forEach((target, d) => {
      const sum = matrix.reduce((a, row) => a + row[d]!, 0);
      for (const row of matrix) row[d]! *= target / sum;
    });
  }
}

/** The clusters of Kume's NACE division definition that hold the sample's focus divisions. */
export function sampleFocusClusters(): string[] {
  const clusterOf = naceDivisionClusters();
  const codes = SAMPLE_FOCUS_DIVISIONS.map((d) => naceClusterCategories[clusterOf.get(d)!]!.code);
  return [...new Set(codes)];
}

/**
 * The sample statistics drawn from `rng` (the same rng state gives the same table). Last-year
 * employment is the regions' shares x the divisions' national shares fitted to both margins
 * after each region's specialisations and some noise; earlier years follow the country's level,
 * each division's trend and the region's extra growth, with the pandemic's dip in 2020-2021.
 * Establishments are employees over a typical size per division, drawn once per cell.
 */
export function sampleStatistics(rng: () => number): SampleStatistics {
  const regionTotal = SAMPLE_REGIONS.reduce((sum, r) => sum + r.share, 0);
  const divisionTotal = SAMPLE_DIVISIONS.reduce((sum, d) => sum + d.share, 0);
  const rows = SAMPLE_REGIONS.map((r) => (r.share / regionTotal) * SAMPLE_TOTAL_EMPLOYMENT);
  const cols = SAMPLE_DIVISIONS.map((d) => (d.share / divisionTotal) * SAMPLE_TOTAL_EMPLOYMENT);
  const last = SAMPLE_STATISTICS_YEARS.at(-1)!;

  const mixes = SAMPLE_REGIONS.map((region) => perDivision(region.mix, 1, (a, b) => a * b));
  const matrix = SAMPLE_REGIONS.map((_, r) =>
    SAMPLE_DIVISIONS.map(
      (division, d) =>
        rows[r]! * cols[d]! * mixes[r]!.get(division.code)! * Math.exp(0.12 * normal(rng)),
    ),
  );
  fitMargins(matrix, rows, cols);

  const statsRows: StatsRow[] = [];
  SAMPLE_REGIONS.forEach((region: SampleRegion, r) => {
    const extra = perDivision(region.growth, 0, (a, b) => a + b);
    SAMPLE_DIVISIONS.forEach((division, d) => {
      const growth = division.trend + extra.get(division.code)! + 0.008 * normal(rng);
      const size = Math.max(1, division.size * Math.exp(0.25 * normal(rng)));
      const pandemic = PANDEMIC_DIVISIONS.get(division.code);
      for (const year of SAMPLE_STATISTICS_YEARS) {
        const shock =
          (year === last ? (region.lastYearShock ?? 1) : 1) *
          (pandemic && year === 2020 ? pandemic[0] : 1) *
          (pandemic && year === 2021 ? pandemic[1] : 1);
        const trend = NATIONAL_LEVEL.get(year)! * (1 + growth) ** (year - last);
        const noise = year === last ? 1 : Math.exp(0.015 * normal(rng));
        const employment = Math.round(matrix[r]![d]! * trend * shock * noise);
        if (employment <= 0) continue;
        statsRows.push({
          region: region.code,
          industry: division.code,
          year,
          employment,
          establishments: Math.max(1, Math.round(employment / size)),
        });
      }
    });
  });

  const regions = SAMPLE_REGIONS.map(({ code }) => ({ code, name: turkeyNuts2Name(code)! }));
  return {
    name: `Örnek veri / sample data: generated — İBBS Düzey 2 × NACE Rev.2, ${SAMPLE_STATISTICS_YEARS[0]}-${last}`,
    fileName: 'kume-sample-statistics (generated)',
    notes: [
      'Örnek veri: Kume tarafından üretilmiştir; TÜİK veya SGK verisi değildir.',
      'Sample data: generated by Kume from a seeded model; not TÜİK or SGK figures.',
      `Bölgeler / regions: ${regions.map((r) => `${r.code} ${r.name}`).join('; ')}.`,
    ].join('\n'),
    regions,
    table: statsTableFromRows(statsRows),
  };
}
