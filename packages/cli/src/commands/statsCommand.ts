// `kume stats clusters | shift-share | related | definitions | derive-definitions`: statistics
// in, cluster evidence out; the shipped definitions; definitions derived from the data. Only the
// options live here; each action loads its module when it runs, so `kume stats` never loads the
// server, the database or the XLSX library unless it needs them.

import { type Command, Option } from 'commander';
import { statsDeriveCommand } from './statsDeriveCommand';
import { NACE_DEFINITION_IDS } from '@kume/core/stats/nace/naceDefinitionIds';
import type { StatsDefinitionsFlags } from './statsDefinitions';

/** Options every stats command shares. */
export interface StatsFlags {
  data: string;
  definitions: string;
  benchmark?: string;
  format: 'csv' | 'json' | 'xlsx';
  out?: string;
  progress?: boolean;
}

export interface StatsClustersFlags extends StatsFlags {
  year?: string;
  fromYear?: string;
  level: 'cluster' | 'subcluster';
}

export interface StatsShiftShareFlags extends StatsFlags {
  fromYear?: string;
  year?: string;
}

export interface StatsRelatedFlags extends StatsFlags {
  relatedness: string;
  year?: string;
  minPercentile: string;
}

function withStatsOptions(command: Command): Command {
  return command
    .requiredOption(
      '--data <file>',
      'region x industry x year statistics: a Census CBP file (state or county), a Eurostat TSV, or CSV/XLSX with columns region, industry, year, employment, establishments[, payroll, employment_flag]',
    )
    .requiredOption(
      '--definitions <file>',
      'cluster definition, CSV/XLSX with columns industry, cluster, type (traded or local)[, subcluster, cluster_name]',
    )
    .option(
      '--benchmark <region>',
      'the region of the data that stands for the nation (its rows are not ranked or output); default: the sum of all regions',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['csv', 'json', 'xlsx'])
        .default('csv'),
    )
    .option('--out <file>', 'file to write (default: standard output; xlsx needs --out)')
    .option('--progress', 'show reading progress on standard error even when it is not a terminal');
}

export function statsCommand(program: Command) {
  const stats = program
    .command('stats')
    .description(
      'Cluster evidence from regional statistics: location quotients, strong clusters, stars, growth, shift-share, related clusters',
    );

  withStatsOptions(
    stats
      .command('clusters')
      .description(
        'One row per region x cluster x year with employment > 0: employment, establishments, lq, lq_total, qualifying, significant, strong, strong10, stars_size, stars_specialisation, stars_focus[, employment_cagr], then more columns',
      ),
  )
    .option('--year <year>', 'only this year (default: every year of the data)')
    .option('--from-year <year>', 'also employment_cagr and employment_change from this year')
    .addOption(
      new Option('--level <level>', 'clusters or their subclusters')
        .choices(['cluster', 'subcluster'])
        .default('cluster'),
    )
    .action(async (flags: StatsClustersFlags) => {
      const { statsClusters } = await import('./statsClusters');
      await statsClusters(flags);
    });

  withStatsOptions(
    stats
      .command('shift-share')
      .description(
        'Shift-share of employment change per region x cluster: national share, industry mix, regional share (classic) and homothetic employment, competitive and allocation effects (Esteban-Marquillas)',
      ),
  )
    .option('--from-year <year>', 'start year (default: the first year of the data)')
    .option('--year <year>', 'end year (default: the last year of the data)')
    .action(async (flags: StatsShiftShareFlags) => {
      const { statsShiftShare } = await import('./statsShiftShare');
      await statsShiftShare(flags);
    });

  withStatsOptions(
    stats
      .command('related')
      .description(
        'Missing neighbours: for each strong cluster of a region, the strongly related clusters where the region is not strong',
      ),
  )
    .requiredOption(
      '--relatedness <file>',
      'relatedness matrix, CSV/XLSX with columns cluster_code, cluster_code_2, cr_all, cr_all_pc (as relatedClusters.csv of the US Cluster Mapping)',
    )
    .option('--year <year>', 'the year whose strong clusters count (default: the last year)')
    .option(
      '--min-percentile <p>',
      'pairs at or above this relatedness percentile count as strongly related',
      '90',
    )
    .action(async (flags: StatsRelatedFlags) => {
      const { statsRelated } = await import('./statsRelated');
      await statsRelated(flags);
    });

  stats
    .command('definitions')
    .description(
      'Write a cluster definition shipped with Kume (the NACE Rev.2 default, docs/definitions/nace-rev2.md) as a definitions file to edit and import: industry, cluster, type, cluster_name, industry_name',
    )
    .addOption(
      new Option('--builtin <id>', 'the definition: every NACE class, or every division')
        .choices([...NACE_DEFINITION_IDS])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--language <language>', 'language of the cluster and industry names')
        .choices(['en', 'tr'])
        .default('en'),
    )
    .addOption(
      new Option('--format <format>', 'output format (xlsx keeps Turkish letters in Excel)')
        .choices(['csv', 'xlsx'])
        .default('csv'),
    )
    .option('--out <file>', 'file to write (default: standard output; xlsx needs --out)')
    .action(async (flags: StatsDefinitionsFlags) => {
      const { statsDefinitions } = await import('./statsDefinitions');
      await statsDefinitions(flags);
    });

  statsDeriveCommand(stats);

  for (const command of [stats, ...stats.commands]) command.exitOverride();
}
