// `kume stats related`: for each strong cluster of a region, the strongly related clusters in
// which the region is not strong (the missing neighbours), from a relatedness matrix.

import { computeClusterMetrics } from '@kume/core/stats/clusterMetrics';
import { relatedClusters, strongClustersByRegion } from '@kume/core/stats/relatedClusters';
import { tableYears } from '@kume/core/stats/tableYears';
import { matchRelatedness, readRelatednessFile, type TableColumn } from '@kume/io/statistics';
import { UsageError } from '../usageError';
import type { StatsRelatedFlags } from './statsCommand';
import {
  computing,
  loadDefinition,
  loadStatistics,
  reportWarnings,
  rowErrorsMessage,
  yearOption,
} from './statsInput';
import { writeOutput } from './statsOutput';

export async function statsRelated(flags: StatsRelatedFlags): Promise<void> {
  const yearWanted = yearOption('--year', flags.year);
  const minPercentile = Number(flags.minPercentile);
  if (!(minPercentile >= 0 && minPercentile <= 100))
    throw new UsageError(
      `--min-percentile: "${flags.minPercentile}" is not a percentile from 0 to 100`,
    );
  const definition = await loadDefinition(flags);
  const read = await readRelatednessFile(flags.relatedness);
  if (!read.matrix)
    throw new UsageError(
      `${flags.relatedness} is not a usable relatedness matrix:\n${rowErrorsMessage(flags.relatedness, read.errors)}`,
    );
  const { pairs, codes, unmatched } = matchRelatedness(
    read.matrix.pairs,
    read.matrix.names,
    definition,
  );
  if (codes.size === 0)
    throw new UsageError(
      `no cluster of ${flags.relatedness} matches a cluster of ${flags.definitions} by code or name`,
    );
  if (unmatched.length > 0)
    console.error(
      `kume: ${unmatched.length} clusters of ${flags.relatedness} match no cluster of ${flags.definitions} and are left out: ${unmatched.slice(0, 10).join(', ')}${unmatched.length > 10 ? ', ...' : ''}`,
    );

  const table = await loadStatistics(flags, definition);
  const year = yearWanted ?? tableYears(table).at(-1)!;
  const metrics = computing(() =>
    computeClusterMetrics(table, definition, {
      years: [year],
      ...(flags.benchmark === undefined ? {} : { benchmarkRegion: flags.benchmark }),
    }),
  );
  reportWarnings(metrics.warnings);
  const missing = relatedClusters(strongClustersByRegion(metrics, year, 'code'), pairs, {
    minPercentile,
  });

  // The related cluster's employment and LQ in the region, 0 where the region has none of it.
  const rowOf = new Map<string, number>();
  for (let i = 0; i < metrics.length; i++)
    rowOf.set(
      `${metrics.regions[metrics.region[i]!]}\u0000${metrics.units[metrics.unit[i]!]!.cluster}`,
      i,
    );
  const related = (i: number) => rowOf.get(`${missing[i]!.region}\u0000${missing[i]!.related}`);
  const names = new Map(definition.clusters.map((cluster) => [cluster.code, cluster.name]));
  const columns: TableColumn[] = [
    { name: 'region', value: (i) => missing[i]!.region },
    { name: 'cluster', value: (i) => missing[i]!.cluster },
    { name: 'related', value: (i) => missing[i]!.related },
    { name: 'year', value: () => year },
    { name: 'score', value: (i) => missing[i]!.score },
    { name: 'percentile', value: (i) => missing[i]!.percentile },
    { name: 'related_employment', value: (i) => metrics.employment[related(i) ?? -1] ?? 0 },
    { name: 'related_lq', value: (i) => metrics.lq[related(i) ?? -1] ?? 0 },
    { name: 'cluster_name', value: (i) => names.get(missing[i]!.cluster) ?? null },
    { name: 'related_name', value: (i) => names.get(missing[i]!.related) ?? null },
  ];
  await writeOutput(flags.format, columns, missing.length, flags.out, 'related');
}
