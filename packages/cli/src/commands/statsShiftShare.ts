// `kume stats shift-share`: employment change per region x cluster between two years, split into
// national share, industry mix and regional share, and the Esteban-Marquillas effects.

import { aggregateClusters } from '@kume/core/stats/aggregateClusters';
import { clusterBenchmark } from '@kume/core/stats/clusterBenchmark';
import { shiftShare } from '@kume/core/stats/shiftShare';
import { tableYears } from '@kume/core/stats/tableYears';
import type { TableColumn } from '@kume/io/statistics';
import { UsageError } from '../usageError';
import type { StatsShiftShareFlags } from './statsCommand';
import {
  computing,
  loadDefinition,
  loadStatistics,
  reportUncovered,
  yearOption,
} from './statsInput';
import { writeOutput } from './statsOutput';

const orNull = (value: number) => (Number.isNaN(value) ? null : value);

export async function statsShiftShare(flags: StatsShiftShareFlags): Promise<void> {
  const fromOption = yearOption('--from-year', flags.fromYear);
  const toOption = yearOption('--year', flags.year);
  const definition = await loadDefinition(flags);
  const table = await loadStatistics(flags, definition);
  const years = tableYears(table);
  const fromYear = fromOption ?? years[0]!;
  const toYear = toOption ?? years.at(-1)!;
  if (fromYear === toYear)
    throw new UsageError(
      `shift-share needs two different years (--from-year ${fromYear}, --year ${toYear})`,
    );
  const aggregate = computing(() =>
    aggregateClusters(table, definition, {
      years: [fromYear, toYear],
      ...(flags.benchmark === undefined ? {} : { reportExcludesRegion: flags.benchmark }),
    }),
  );
  const benchmark = computing(() => clusterBenchmark(aggregate, flags.benchmark));
  const result = computing(() => shiftShare(aggregate, benchmark, fromYear, toYear));
  reportUncovered(
    { years: aggregate.years, industries: aggregate.uncoveredIndustries },
    flags.definitions,
  );

  // Rows: every region x cluster with jobs in either year, the benchmark region left out.
  const unitCount = aggregate.units.length;
  const cells: number[] = [];
  aggregate.regions.forEach((_, r) => {
    if (r === benchmark.region) return;
    for (let u = 0; u < unitCount; u++) {
      const k = r * unitCount + u;
      if (result.start[k]! > 0 || result.end[k]! > 0) cells.push(k);
    }
  });
  const unit = (i: number) => aggregate.units[cells[i]! % unitCount]!;
  const value = (array: Float64Array) => (i: number) => orNull(array[cells[i]!]!);
  const columns: TableColumn[] = [
    { name: 'region', value: (i) => aggregate.regions[Math.floor(cells[i]! / unitCount)]! },
    { name: 'cluster', value: (i) => unit(i).cluster },
    { name: 'type', value: (i) => unit(i).type },
    { name: 'from_year', value: () => fromYear },
    { name: 'to_year', value: () => toYear },
    { name: 'employment_start', value: value(result.start) },
    { name: 'employment_end', value: value(result.end) },
    { name: 'change', value: value(result.change) },
    { name: 'national_share', value: value(result.nationalShare) },
    { name: 'industry_mix', value: value(result.industryMix) },
    { name: 'regional_share', value: value(result.regionalShare) },
    { name: 'homothetic_employment', value: value(result.homotheticEmployment) },
    { name: 'homothetic_competitive', value: value(result.homotheticCompetitive) },
    { name: 'allocation', value: value(result.allocation) },
    { name: 'national_growth', value: () => orNull(result.nationalGrowth) },
    {
      name: 'cluster_national_growth',
      value: (i) => orNull(result.unitGrowth[cells[i]! % unitCount]!),
    },
    { name: 'cluster_name', value: (i) => unit(i).clusterName },
  ];
  await writeOutput(flags.format, columns, cells.length, flags.out, 'shift-share');
}
