// The output of `kume network metrics`: the per-node columns (with the nodes file's attributes
// after them) and the one-line summary printed on standard error.

import type { Graph } from '@kume/core/network/graph';
import type { NetworkMetricsResult } from '@kume/core/network/networkMetrics';
import type { NodeList } from '@kume/io/network';
import type { TableColumn } from '@kume/io/statistics';

/** The metric columns in contract order; in_degree and out_degree only for directed graphs. */
export function networkColumns(
  graph: Graph,
  metrics: NetworkMetricsResult,
  nodes: NodeList | null,
): TableColumn[] {
  const { degree } = metrics;
  const columns: TableColumn[] = [
    { name: 'node', value: (i) => graph.ids[i]! },
    { name: 'degree', value: (i) => degree.total[i]! },
    ...(graph.directed
      ? [
          { name: 'in_degree', value: (i: number) => degree.in[i]! },
          { name: 'out_degree', value: (i: number) => degree.out[i]! },
        ]
      : []),
    { name: 'weighted_degree', value: (i) => degree.weightedTotal[i]! },
    { name: 'betweenness', value: (i) => metrics.betweenness[i]! },
    { name: 'closeness', value: (i) => metrics.closeness[i]! },
    { name: 'eigenvector', value: (i) => metrics.eigenvector[i]! },
    { name: 'clustering', value: (i) => metrics.clustering[i]! },
    { name: 'community', value: (i) => metrics.community[i]! },
  ];
  // The nodes file's own columns, renamed where they would repeat a metric's name.
  const taken = new Set(columns.map((column) => column.name));
  for (const attribute of nodes?.attributes ?? []) {
    let name = attribute.name;
    while (taken.has(name)) name = `${name}_attribute`;
    taken.add(name);
    columns.push({ name, value: (i) => attribute.values[i] ?? '' });
  }
  return columns;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `12 nodes, 20 edges (undirected), density 0.3030, 2 components, 1 isolate, ...`. */
export function networkSummary(graph: Graph, metrics: NetworkMetricsResult): string {
  const parts = [
    plural(graph.nodeCount, 'node'),
    `${plural(graph.edgeCount, 'edge')} (${graph.directed ? 'directed' : 'undirected'})`,
    `density ${metrics.density.toPrecision(4)}`,
    `${plural(metrics.components.count, 'component')} (${graph.directed ? 'weakly connected, ' : ''}${plural(metrics.components.isolates.length, 'isolate')})`,
    ...(metrics.reciprocity === undefined ? [] : [`reciprocity ${metrics.reciprocity.toFixed(4)}`]),
    plural(metrics.communityCount, 'community').replace(/communitys$/, 'communities'),
    `modularity ${metrics.modularity.toFixed(4)}`,
  ];
  return parts.join(', ');
}
