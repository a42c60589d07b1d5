// Who is on each stage of the value chain, from the cluster map: the organisations placed there,
// how each was placed, and whether the map's gap analysis reports the stage empty or thin.

import type { ClusterMapView } from '@kume/server';

export interface StageOrganisation {
  id: string;
  name: string;
  type: ClusterMapView['nodes'][number]['type'];
  /**
   * stage: its stage field names the stage; survey: its own survey answer does (no stage field);
   * code: its industry code is one of the stage's.
   */
  placement: NonNullable<ClusterMapView['nodes'][number]['placement']>;
}

export interface StageOccupancy {
  organisations: StageOrganisation[];
  /** The gap analysis's word on the stage: no local firm, too few, or none (null). */
  gap: 'empty' | 'thin' | null;
}

/**
 * Occupancy of every stage of the chain the map was drawn on, by stage id, organisations in
 * `compare` order of their names. A stage only in an unsaved draft is absent: the map has not
 * placed anyone on it yet.
 */
export function stageOccupancy(
  map: { chain: { stages: readonly { id: string }[] } } & Pick<ClusterMapView, 'nodes' | 'gaps'>,
  compare: (a: string, b: string) => number,
): Map<string, StageOccupancy> {
  const byStage = new Map<string, StageOccupancy>(
    map.chain.stages.map((stage) => [stage.id, { organisations: [], gap: null }]),
  );
  for (const node of map.nodes) {
    if (node.stageId === null || node.placement === null) continue;
    byStage.get(node.stageId)?.organisations.push({
      id: node.id,
      name: node.name,
      type: node.type,
      placement: node.placement,
    });
  }
  for (const gap of map.gaps) {
    const occupancy = gap.stage === undefined ? undefined : byStage.get(gap.stage);
    if (!occupancy) continue;
    if (gap.kind === 'empty_stage') occupancy.gap = 'empty';
    else if (gap.kind === 'thin_stage') occupancy.gap = 'thin';
  }
  for (const occupancy of byStage.values())
    occupancy.organisations.sort((a, b) => compare(a.name, b.name));
  return byStage;
}
