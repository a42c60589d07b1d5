// `kume network metrics`: an edge list in, one row of network metrics per node out. Only the
// options live here; the action loads its module (core's network engine, the reader) when it runs.

import { type Command, Option } from 'commander';

export interface NetworkMetricsFlags {
  edges: string;
  nodes?: string;
  directed?: boolean;
  format: 'csv' | 'json';
  out?: string;
  seed: string;
  threads?: string;
}

export function networkCommand(program: Command) {
  const network = program
    .command('network')
    .description('Network analysis of a cluster map: who is tied to whom, brokers, communities');

  network
    .command('metrics')
    .summary('One row of network metrics per node, from an edge list')
    .description(
      "One row per node: node, degree[, in_degree, out_degree], weighted_degree, betweenness, closeness, eigenvector, clustering, community, then the nodes file's other columns; a summary (nodes, edges, density, components, modularity) on standard error. Betweenness is exact, unweighted and unnormalised, each unordered pair counted once on undirected graphs (as igraph and networkx with normalized=False); closeness, eigenvector and clustering as networkx; communities by Louvain (seeded). Self-loops are dropped and duplicate edges merged (weights summed), with a warning.",
    )
    .requiredOption(
      '--edges <file>',
      'edge list, CSV or XLSX with columns source, target[, weight] (or from, to; kaynak, hedef[, ağırlık]); weights are numbers >= 0',
    )
    .option(
      '--nodes <file>',
      'nodes, CSV or XLSX with a column id (or node) and any attributes (copied to the output); every edge end must be one of its ids, and nodes without edges are kept',
    )
    .option('--directed', 'edges point from source to target (default: undirected)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'),
    )
    .option('--out <file>', 'file to write (default: standard output)')
    .option('--seed <n>', 'seed of the Louvain community search (same seed, same communities)', '1')
    .option(
      '--threads <n>',
      'worker threads for betweenness and closeness (default: the number of CPUs; 1 = no workers)',
    )
    .action(async (flags: NetworkMetricsFlags) => {
      const { networkMetricsCommand } = await import('./networkMetricsCommand');
      await networkMetricsCommand(flags);
    });

  for (const command of [network, ...network.commands]) command.exitOverride();
}
