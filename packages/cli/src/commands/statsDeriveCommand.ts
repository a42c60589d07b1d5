// `kume stats derive-definitions`: the options only; the action (statsDerive.ts) is loaded when
// the command runs, so `kume stats` starts without the clustering code.

import { type Command, Option } from 'commander';

export interface StatsDeriveFlags {
  data: string;
  io?: string;
  ioConcordance?: string;
  definitions?: string;
  clusters: string;
  method: 'hierarchical' | 'kmeans' | 'louvain' | 'grid';
  variable: 'share' | 'lq';
  threshold?: string;
  year?: string;
  level?: string;
  seed: string;
  top: string;
  out?: string;
}

/** Adds `derive-definitions` to the `stats` command. */
export function statsDeriveCommand(stats: Command): void {
  stats
    .command('derive-definitions')
    .description(
      'Derive cluster definitions from the data: relatedness of industries (co-location of employment and establishments across regions, input-output links), clustering, and validation scores in the manner of Delgado, Porter & Stern (2016). Writes industry, cluster, type, cluster_name (a definitions file Kume imports); prints the scores',
    )
    .requiredOption(
      '--data <file>',
      'region x industry x year statistics with employment and establishments (a Census CBP file, a Eurostat TSV, or CSV/XLSX)',
    )
    .option(
      '--io <file>',
      'a direct-requirements table (BEA IODirectRequirements.txt, or CSV/XLSX long or matrix): adds input-output links',
    )
    .option(
      '--io-concordance <file>',
      'CSV/XLSX with columns industry, io_code placing the industries of --data in the --io table (default: by code prefix, BEA summary letter codes known)',
    )
    .option(
      '--definitions <file>',
      'a cluster definition: cluster only its traded industries, and compare the result with it (adjusted Rand index, scores, industries moved)',
    )
    .option('--clusters <k>', 'number of clusters, or auto (a range from n/20 to n/4)', 'auto')
    .addOption(
      new Option('--method <method>', 'clustering method, or grid for all three, ranked by score')
        .choices(['hierarchical', 'kmeans', 'louvain', 'grid'])
        .default('grid'),
    )
    .addOption(
      new Option(
        '--variable <variable>',
        "co-location on the regions' shares of each industry (as DPS) or on location quotients",
      )
        .choices(['share', 'lq'])
        .default('share'),
    )
    .option(
      '--threshold <percentile>',
      'Louvain: link pairs at or above this percentile (default: 80, 90 and 95)',
    )
    .option('--year <year>', 'the year of the data to use (default: the last)')
    .option('--level <digits>', 'industry code level, in digits (default: the finest in the data)')
    .option('--seed <n>', 'seed of k-means and Louvain', '1')
    .option('--top <n>', 'how many results of the grid to print', '5')
    .option(
      '--out <file>',
      'definitions file to write (default: standard output; the scores then go to standard error)',
    )
    .action(async (flags: StatsDeriveFlags) => {
      const { statsDerive } = await import('./statsDerive');
      await statsDerive(flags);
    });
}
