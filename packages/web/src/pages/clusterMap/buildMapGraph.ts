// The graphology graph sigma draws: one node per organisation (keyed by id), one directed edge per
// relation (keyed by relation id, so two relations between a pair stay two edges).

import { MultiDirectedGraph } from 'graphology';
import type { ClusterMapEdge, ClusterMapView } from './types';

export interface MapNodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface MapEdgeAttributes {
  size: number;
  color: string;
  type: 'arrow';
}

export type MapGraph = MultiDirectedGraph<MapNodeAttributes, MapEdgeAttributes>;

export const CONFIRMED_EDGE = '#7b8794';
/** Reported by one side only: lighter, since sigma 3 has no dashed edge program. */
export const UNCONFIRMED_EDGE = '#d3d8de';

/**
 * Thickness grows with the relation's share (0..100 %) from 0.8 to 4.8 pixels; a relation
 * without a share is drawn as one of 10 %.
 */
export function edgeStyle(edge: ClusterMapEdge): MapEdgeAttributes {
  const share = Math.min(100, Math.max(0, edge.sharePercent ?? 10));
  return {
    size: 0.8 + (share / 100) * 4,
    color: edge.confirmed ? CONFIRMED_EDGE : UNCONFIRMED_EDGE,
    type: 'arrow',
  };
}

/** The golden-angle spiral: a deterministic, evenly spread start for ForceAtlas2. */
export function spiralPosition(index: number): { x: number; y: number } {
  const angle = index * 2.399963229728653;
  const radius = Math.sqrt(index + 0.5) * 10;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** Relations naming an organisation not on the map are left out (the server never sends one). */
export function buildMapGraph(view: Pick<ClusterMapView, 'nodes' | 'edges'>): MapGraph {
  const graph: MapGraph = new MultiDirectedGraph();
  view.nodes.forEach((node, i) =>
    graph.addNode(node.id, { label: node.name, ...spiralPosition(i), size: 4, color: '#4e79a7' }),
  );
  for (const edge of view.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, edgeStyle(edge));
  }
  return graph;
}
