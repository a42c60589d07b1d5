// `kume stats clusters`: one row per region x cluster x year with employment > 0, with location
// quotients, the US Cluster Mapping flags, the European Cluster Observatory stars and growth.

import { computeClusterMetrics } from '@kume/core/stats/clusterMetrics';
import { clusterMetricColumns } from '@kume/core/stats/clusterMetricRows';
import type { StatsClustersFlags } from './statsCommand';
import {
  computing,
  loadDefinition,
  loadStatistics,
  reportUncovered,
  reportWarnings,
  yearOption,
} from './statsInput';
import { writeOutput } from './statsOutput';

export async function statsClusters(flags: StatsClustersFlags): Promise<void> {
  const year = yearOption('--year', flags.year);
  const fromYear = yearOption('--from-year', flags.fromYear);
  const definition = await loadDefinition(flags);
  const table = await loadStatistics(flags, definition);
  const metrics = computing(() =>
    computeClusterMetrics(table, definition, {
      ...(flags.benchmark === undefined ? {} : { benchmarkRegion: flags.benchmark }),
      ...(year === undefined ? {} : { years: [year] }),
      ...(fromYear === undefined ? {} : { fromYear }),
      level: flags.level,
    }),
  );
  reportUncovered(metrics.uncovered, flags.definitions);
  reportWarnings(metrics.warnings);
  await writeOutput(
    flags.format,
    clusterMetricColumns(metrics),
    metrics.length,
    flags.out,
    'clusters',
  );
}
