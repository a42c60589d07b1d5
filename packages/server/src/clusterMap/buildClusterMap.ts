// The cluster map's data: the registry's organisations as nodes placed on the value chain, the
// relations as directed edges, network metrics, summaries by stage and type, and the chain's gaps.

import {
  buildGraph,
  gapAnalysis,
  networkMetrics,
  placeOrganisation,
  summariseBy,
  type Gap,
  type ValueChain,
} from '@kume/core';
import type { CommitmentRow, OrganisationRow, RelationRow } from '@kume/db';

export interface ClusterMapInput {
  chain: ValueChain;
  organisations: readonly OrganisationRow[];
  relations: readonly RelationRow[];
  /** The latest commitment assessment of each organisation, by organisation id. */
  commitments: ReadonlyMap<string, CommitmentRow>;
}

/** A metric rounded for the wire; null where undefined (NaN, infinite). */
function finite(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}

/** Count, mean and max of a group's degree, betweenness and eigenvector centrality. */
function groupSummaries(
  groups: readonly string[],
  groupOf: readonly (string | null)[],
  metrics: { degree: Float64Array; betweenness: Float64Array; eigenvector: Float64Array },
) {
  const degree = new Map(summariseBy(metrics.degree, groupOf).map((s) => [s.group, s]));
  const between = new Map(summariseBy(metrics.betweenness, groupOf).map((s) => [s.group, s]));
  const eigen = new Map(summariseBy(metrics.eigenvector, groupOf).map((s) => [s.group, s]));
  return groups.map((group) => ({
    group,
    nodes: groupOf.filter((g) => g === group).length,
    meanDegree: finite(degree.get(group)?.mean),
    meanBetweenness: finite(between.get(group)?.mean),
    maxBetweenness: finite(between.get(group)?.max),
    meanEigenvector: finite(eigen.get(group)?.mean),
  }));
}

/**
 * Every organisation is a node, isolates included. The graph is directed (a relation points from
 * the organisation that reported it, or was entered for, to the one it names); an edge's weight is
 * its sharePercent, or 1 when none is given; two relations between the same ordered pair merge into
 * one edge of the graph (summary.edges counts graph edges, `edges` lists every relation). A node's
 * stage is placed from its stage name, else its industry code (placeOrganisation).
 */
export function buildClusterMap({ chain, organisations, relations, commitments }: ClusterMapInput) {
  const ids = organisations.map((o) => o.id);
  const graph = buildGraph({
    nodes: ids,
    edges: relations.map((r) => ({
      source: r.sourceOrganisationId,
      target: r.targetOrganisationId,
      weight: r.sharePercent ?? 1,
    })),
    directed: true,
  });
  const metrics = networkMetrics(graph);
  const placements = organisations.map((o) => placeOrganisation(o, chain));
  const stageOf = placements.map((p) => p.stageId);

  const gaps: Gap[] = gapAnalysis({
    chain,
    organisations: organisations.map((o, i) => ({
      id: o.id,
      type: o.type,
      stageId: stageOf[i] ?? null,
      employees: o.employees,
      commitment: commitments.get(o.id)?.willingness ?? null,
    })),
    relations: relations.map((r) => ({
      source: r.sourceOrganisationId,
      target: r.targetOrganisationId,
      type: r.relationType,
      location: r.location,
      sharePercent: r.sharePercent,
    })),
  }).gaps;

  const nodes = organisations.map((o, i) => {
    const placement = placements[i]!;
    const commitment = commitments.get(o.id);
    return {
      id: o.id,
      name: o.name,
      type: o.type,
      stageId: placement.stageId,
      placement:
        placement.stageId === null
          ? null
          : placement.by === 'stage_name'
            ? ('stage' as const)
            : ('code' as const),
      employees: o.employees,
      district: o.district,
      latitude: o.latitude,
      longitude: o.longitude,
      willingness: commitment?.willingness ?? null,
      influence: commitment?.influence ?? null,
      metrics: {
        degree: metrics.degree.total[i]!,
        inDegree: metrics.degree.in[i]!,
        outDegree: metrics.degree.out[i]!,
        weightedDegree: metrics.degree.weightedTotal[i]!,
        betweenness: finite(metrics.betweenness[i]),
        closeness: finite(metrics.closeness[i]),
        eigenvector: finite(metrics.eigenvector[i]),
        clustering: finite(metrics.clustering[i]),
        community: metrics.community[i]!,
        participation: finite(metrics.participation[i]),
      },
    };
  });

  const edges = relations.map((r) => ({
    id: r.id,
    source: r.sourceOrganisationId,
    target: r.targetOrganisationId,
    relationType: r.relationType,
    sharePercent: r.sharePercent,
    frequency: r.frequency,
    location: r.location,
    confirmed: r.confirmed,
    reportedBy: r.reportedByOrganisationId,
  }));

  const groupMetrics = {
    degree: metrics.degree.total,
    betweenness: metrics.betweenness,
    eigenvector: metrics.eigenvector,
  };
  const types = [...new Set(organisations.map((o) => o.type))].sort();
  const summary = {
    nodes: graph.nodeCount,
    edges: graph.edgeCount,
    density: finite(metrics.density),
    reciprocity: finite(metrics.reciprocity),
    components: metrics.components.count,
    isolates: metrics.components.isolates.length,
    modularity: finite(metrics.modularity),
    communities: metrics.communityCount,
    /** Node ids tying two or more communities, highest participation first. */
    brokers: Array.from(metrics.brokers, (i) => ids[i]!),
    /** Every stage of the chain in order, empty ones included. */
    byStage: groupSummaries(
      chain.stages.map((s) => s.id),
      stageOf,
      groupMetrics,
    ),
    byType: groupSummaries(
      types,
      organisations.map((o) => o.type),
      groupMetrics,
    ),
  };
  return { nodes, edges, summary, gaps };
}

export type ClusterMap = ReturnType<typeof buildClusterMap>;
