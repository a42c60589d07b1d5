// Every per-node network metric at once, for the CLI and the map: one shortest-path pass where the
// graph allows it, then degree, eigenvector, clustering, components, Louvain and brokers.

import { participationCoefficient, selectBrokers } from './brokers';
import { clustering } from './clustering';
import { components, type ComponentsResult } from './components';
import { degree, type DegreeResult } from './degree';
import { density } from './density';
import { eigenvector } from './eigenvector';
import type { Graph } from './graph';
import { louvain } from './louvain';
import { pathMetrics } from './pathMetrics';
import { reciprocity } from './reciprocity';

export interface NetworkMetricsOptions {
  /** Louvain seed; default 1. */
  seed?: number;
  /** Louvain resolution; default 1. */
  resolution?: number;
  /**
   * Betweenness and closeness already computed (e.g. summed from worker threads running
   * `pathMetrics` on source ranges); when given, no shortest paths are computed here.
   */
  paths?: { betweenness: Float64Array; closeness: Float64Array };
}

export interface NetworkMetricsResult {
  degree: DegreeResult;
  /** Unnormalised, each unordered pair once on undirected graphs. */
  betweenness: Float64Array;
  closeness: Float64Array;
  eigenvector: Float64Array;
  eigenvectorConverged: boolean;
  clustering: Float64Array;
  community: Int32Array;
  communityCount: number;
  modularity: number;
  participation: Float64Array;
  /** Distinct communities among a node's neighbours and itself. */
  communitiesTied: Int32Array;
  components: ComponentsResult;
  density: number;
  /** undefined on undirected graphs. */
  reciprocity: number | undefined;
}

/** networkMetrics' result: the metrics and the brokers, whose rule needs betweenness. */
export interface NetworkMetricsWithBrokers extends NetworkMetricsResult {
  /** See selectBrokers: highest participation first, then higher betweenness, lower index. */
  brokers: Int32Array;
  /** The betweenness a broker reaches at least; Infinity when no node has any. */
  brokerBetweennessThreshold: number;
}

/** Every metric but the shortest-path ones (betweenness, closeness). */
export type MetricsWithoutPaths = Omit<NetworkMetricsResult, 'betweenness' | 'closeness'>;

/**
 * Degree, eigenvector, clustering, Louvain, participation, components, density and reciprocity: what
 * a caller computes in this thread while worker threads run the shortest paths.
 */
export function metricsWithoutPaths(
  graph: Graph,
  options: Omit<NetworkMetricsOptions, 'paths'> = {},
): MetricsWithoutPaths {
  const eigen = eigenvector(graph);
  const communities = louvain(graph, {
    seed: options.seed ?? 1,
    resolution: options.resolution ?? 1,
  });
  const bridging = participationCoefficient(graph, communities.community);
  return {
    degree: degree(graph),
    eigenvector: eigen.centrality,
    eigenvectorConverged: eigen.converged,
    clustering: clustering(graph),
    community: communities.community,
    communityCount: communities.count,
    modularity: communities.modularity,
    participation: bridging.participation,
    communitiesTied: bridging.communitiesTied,
    components: components(graph),
    density: density(graph),
    reciprocity: reciprocity(graph),
  };
}

/** All metrics with their defaults and the brokers (see each function for the definitions). */
export function networkMetrics(
  graph: Graph,
  options: NetworkMetricsOptions = {},
): NetworkMetricsWithBrokers {
  const paths = options.paths ?? pathMetrics(graph);
  const rest = metricsWithoutPaths(graph, options);
  const { brokers, betweennessThreshold } = selectBrokers(rest, paths.betweenness);
  return {
    ...rest,
    betweenness: paths.betweenness,
    closeness: paths.closeness,
    brokers,
    brokerBetweennessThreshold: betweennessThreshold,
  };
}
