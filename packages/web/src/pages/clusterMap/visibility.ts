// Which organisations and relations the filters leave on the map; the reducers hide the rest.

import { UNPLACED, type MapFilters } from './mapOptions';
import type { ClusterMapEdge, ClusterMapNode } from './types';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * A node is shown unless its type, stage (UNPLACED when on none) or community is hidden; a
 * relation is shown when both its ends are and its type is not hidden.
 */
export function visibility(
  nodes: readonly ClusterMapNode[],
  edges: readonly ClusterMapEdge[],
  filters: MapFilters,
): Visibility {
  const shown = new Set<string>();
  for (const node of nodes) {
    if (filters.types.has(node.type)) continue;
    if (filters.stages.has(node.stageId ?? UNPLACED)) continue;
    if (filters.communities.has(node.metrics.community)) continue;
    shown.add(node.id);
  }
  const shownEdges = new Set<string>();
  for (const edge of edges) {
    if (filters.relationTypes.has(edge.relationType)) continue;
    if (shown.has(edge.source) && shown.has(edge.target)) shownEdges.add(edge.id);
  }
  return { nodes: shown, edges: shownEdges };
}
