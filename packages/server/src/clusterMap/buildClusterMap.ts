// The cluster map's data: the registry's organisations as nodes placed on the value chain, the
// relations as directed edges, network metrics, summaries by stage and type, and the chain's gaps.

import {
  buildGraph,
  gapAnalysis,
  networkMetrics,
  placeOrganisation,
  summariseBy,
  type Gap,
  type IndustryEvidence,
  type SupplierEvidence,
  type ValueChain,
} from '@kume/core';
import type { CommitmentRow, OrganisationRow, RelationRow } from '@kume/db';

/** What the map reads of a relation (projectClusterMap's mapRelations selects just this). */
export type MapRelation = Pick<
  RelationRow,
  | 'id'
  | 'sourceOrganisationId'
  | 'targetOrganisationId'
  | 'relationType'
  | 'sharePercent'
  | 'frequency'
  | 'location'
  | 'confirmed'
  | 'reportedByOrganisationId'
>;

export interface ClusterMapInput {
  chain: ValueChain;
  organisations: readonly OrganisationRow[];
  /** In any order: the graph is built from them sorted by source, then target organisation. */
  relations: readonly MapRelation[];
  /** The latest commitment assessment of each organisation, by organisation id. */
  commitments: ReadonlyMap<string, CommitmentRow>;
  /**
   * The stage each organisation named in its own survey answers (db surveyStageAnswers), by id;
   * used where the registry gives no stage name.
   */
  surveyStages?: ReadonlyMap<string, string>;
  /** Supplier industries of the cluster and their LQs (supplierGaps), for weak-supplier gaps. */
  supplierEvidence?: { io?: SupplierEvidence[]; statistics?: IndustryEvidence[] };
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
  // One pass for the counts: a filter per group would be O(groups x nodes).
  const counts = new Map<string, number>();
  for (const g of groupOf) if (g !== null) counts.set(g, (counts.get(g) ?? 0) + 1);
  return groups.map((group) => ({
    group,
    nodes: counts.get(group) ?? 0,
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
 * stage is placed from the registry's stage name, else the stage its survey answers name, else its
 * industry code (placeOrganisation); `placement` says which: stage, survey or code.
 */
export function buildClusterMap({
  chain,
  organisations,
  relations,
  commitments,
  surveyStages,
  supplierEvidence,
}: ClusterMapInput) {
  const ids = organisations.map((o) => o.id);
  // The metrics (Louvain's communities, hence the brokers) depend on the order of the edges: sort
  // them by the ends' node order so that every caller's map is the same whatever order it loaded.
  const position = new Map(ids.map((id, i) => [id, i]));
  const at = (id: string) => position.get(id) ?? -1;
  const graphEdges = relations
    .map((r) => ({
      source: r.sourceOrganisationId,
      target: r.targetOrganisationId,
      weight: r.sharePercent ?? 1,
    }))
    .sort((a, b) => at(a.source) - at(b.source) || at(a.target) - at(b.target));
  const graph = buildGraph({ nodes: ids, edges: graphEdges, directed: true });
  const metrics = networkMetrics(graph);
  // Organisations with the same stage name and industry code place alike: place each pair once.
  const placed = new Map<string, ReturnType<typeof placeOrganisation>>();
  const fromSurvey = organisations.map(
    (o) => !o.valueChainStage?.trim() && surveyStages?.get(o.id) !== undefined,
  );
  const placements = organisations.map((o, i) => {
    const stageName = fromSurvey[i] ? surveyStages!.get(o.id)! : (o.valueChainStage ?? '');
    const key = `${stageName}\u0000${o.industryCode ?? ''}`;
    let placement = placed.get(key);
    if (placement === undefined) {
      placement = placeOrganisation(
        { valueChainStage: stageName, industryCode: o.industryCode },
        chain,
      );
      placed.set(key, placement);
    }
    return placement;
  });
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
    ...supplierEvidence,
  }).gaps;

  const brokerSet = new Set(metrics.brokers);
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
          : placement.by === 'industry_code'
            ? ('code' as const)
            : fromSurvey[i]
              ? ('survey' as const)
              : ('stage' as const),
      employees: o.employees,
      district: o.district,
      latitude: o.latitude,
      longitude: o.longitude,
      willingness: commitment?.willingness ?? null,
      influence: commitment?.influence ?? null,
      /** Listed in summary.brokers (core selectBrokers). */
      isBroker: brokerSet.has(i),
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
    /**
     * Node ids tying two or more communities (participation >= 0.3) with betweenness in the top
     * quarter of the non-zero values (core selectBrokers), highest participation first.
     */
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
