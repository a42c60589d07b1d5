// The records the exports write, taken from the map as drawn: shown nodes at their current
// position, size and colour with their attributes, and the shown relations.

import { localText } from '@kume/core';
import type { MapGraph } from '../buildMapGraph';
import type { Visibility } from '../visibility';
import type { ClusterMapView } from '../types';
import type { AttributeValue, ExportEdge, ExportNode } from './exportTypes';

/** Node attributes in the order the exports' columns take. */
function nodeAttributes(
  node: ClusterMapView['nodes'][number],
  stageName: (id: string | null) => string,
): Record<string, AttributeValue> {
  const m = node.metrics;
  return {
    type: node.type,
    stage: node.stageId,
    stageName: stageName(node.stageId),
    placement: node.placement,
    community: m.community,
    employees: node.employees,
    district: node.district,
    latitude: node.latitude,
    longitude: node.longitude,
    willingness: node.willingness,
    influence: node.influence,
    degree: m.degree,
    inDegree: m.inDegree,
    outDegree: m.outDegree,
    weightedDegree: m.weightedDegree,
    betweenness: m.betweenness,
    closeness: m.closeness,
    eigenvector: m.eigenvector,
    clustering: m.clustering,
    participation: m.participation,
  };
}

export interface ExportRecords {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** Only what the filters leave visible; positions as currently drawn (after any layout). */
export function exportRecords(
  view: ClusterMapView,
  graph: MapGraph,
  visible: Visibility,
  language: string,
): ExportRecords {
  const stageNames = new Map(view.chain.stages.map((s) => [s.id, localText(s.name, language)]));
  const stageName = (id: string | null) => (id === null ? '' : (stageNames.get(id) ?? id));
  const nodes: ExportNode[] = [];
  for (const node of view.nodes) {
    if (!visible.nodes.has(node.id) || !graph.hasNode(node.id)) continue;
    const drawn = graph.getNodeAttributes(node.id);
    nodes.push({
      id: node.id,
      label: node.name,
      x: drawn.x,
      y: drawn.y,
      size: drawn.size,
      colour: drawn.color,
      attributes: nodeAttributes(node, stageName),
    });
  }
  const edges: ExportEdge[] = [];
  for (const edge of view.edges) {
    if (!visible.edges.has(edge.id) || !graph.hasEdge(edge.id)) continue;
    const drawn = graph.getEdgeAttributes(edge.id);
    edges.push({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      size: drawn.size,
      colour: drawn.color,
      attributes: {
        relationType: edge.relationType,
        sharePercent: edge.sharePercent,
        frequency: edge.frequency,
        location: edge.location,
        confirmed: edge.confirmed,
      },
    });
  }
  return { nodes, edges };
}

/** The nodes CSV's columns: nodeAttributes' keys after the id and name. */
export const NODE_CSV_COLUMNS = [
  'id',
  'name',
  'type',
  'stage',
  'stageName',
  'placement',
  'community',
  'employees',
  'district',
  'latitude',
  'longitude',
  'willingness',
  'influence',
  'degree',
  'inDegree',
  'outDegree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'eigenvector',
  'clustering',
  'participation',
] as const;

export const EDGE_CSV_COLUMNS = [
  'id',
  'source',
  'sourceName',
  'target',
  'targetName',
  'relationType',
  'sharePercent',
  'frequency',
  'location',
  'confirmed',
] as const;

/** Rows for the nodes CSV: id, name, then the attributes. */
export const nodeCsvRows = (nodes: readonly ExportNode[]) =>
  nodes.map((n) => ({ id: n.id, name: n.label, ...n.attributes }));

/** Rows for the edges CSV: id, source and target ids and names, then the attributes. */
export function edgeCsvRows(edges: readonly ExportEdge[], nodes: readonly ExportNode[]) {
  const names = new Map(nodes.map((n) => [n.id, n.label]));
  return edges.map((e) => ({
    id: e.id,
    source: e.source,
    sourceName: names.get(e.source) ?? '',
    target: e.target,
    targetName: names.get(e.target) ?? '',
    ...e.attributes,
  }));
}
