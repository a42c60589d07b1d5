// GraphML of the shown map: <key> declarations for the label, position, size, colour and every
// attribute, then the nodes and directed edges with their data.

import {
  attributeNames,
  attributeType,
  type AttributeValue,
  type ExportEdge,
  type ExportNode,
} from './exportTypes';
import { xmlEscape } from './xmlEscape';

interface Key {
  id: string;
  name: string;
  type: 'string' | 'double' | 'boolean';
}

const drawnNodeKeys: Key[] = [
  { id: 'label', name: 'label', type: 'string' },
  { id: 'x', name: 'x', type: 'double' },
  { id: 'y', name: 'y', type: 'double' },
  { id: 'size', name: 'size', type: 'double' },
  { id: 'color', name: 'color', type: 'string' },
];
const drawnEdgeKeys: Key[] = [
  { id: 'weight', name: 'weight', type: 'double' },
  { id: 'edge_color', name: 'color', type: 'string' },
];

function dataLines(keys: readonly Key[], values: Record<string, AttributeValue>): string {
  return keys
    .map((key) => {
      const value = values[key.id];
      if (value === null || value === undefined) return '';
      return `<data key="${xmlEscape(key.id)}">${xmlEscape(String(value))}</data>`;
    })
    .join('');
}

/** The attribute keys of one kind: ids `n_<i>` / `e_<i>` so that no name can clash with another. */
function attributeKeys(
  prefix: string,
  items: readonly { attributes: Record<string, AttributeValue> }[],
): Key[] {
  return attributeNames(items).map((name, i) => ({
    id: `${prefix}${i}`,
    name,
    type: attributeType(items, name),
  }));
}

const byKeyId = (keys: readonly Key[], attributes: Record<string, AttributeValue>) =>
  Object.fromEntries(keys.map((key) => [key.id, attributes[key.name] ?? null]));

/** A GraphML document with every text XML-escaped. */
export function writeGraphml(nodes: readonly ExportNode[], edges: readonly ExportEdge[]): string {
  const nodeKeys = attributeKeys('n_', nodes);
  const edgeKeys = attributeKeys('e_', edges);
  const declare = (kind: 'node' | 'edge', key: Key) =>
    `  <key id="${xmlEscape(key.id)}" for="${kind}" attr.name="${xmlEscape(key.name)}" attr.type="${key.type}"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...drawnNodeKeys, ...nodeKeys].map((key) => declare('node', key)),
    ...[...drawnEdgeKeys, ...edgeKeys].map((key) => declare('edge', key)),
    '  <graph id="G" edgedefault="directed">',
    ...nodes.map(
      (node) =>
        `    <node id="${xmlEscape(node.id)}">` +
        dataLines(drawnNodeKeys, {
          label: node.label,
          x: node.x,
          y: node.y,
          size: node.size,
          color: node.colour,
        }) +
        dataLines(nodeKeys, byKeyId(nodeKeys, node.attributes)) +
        '</node>',
    ),
    ...edges.map(
      (edge) =>
        `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">` +
        dataLines(drawnEdgeKeys, { weight: edge.size, edge_color: edge.colour }) +
        dataLines(edgeKeys, byKeyId(edgeKeys, edge.attributes)) +
        '</edge>',
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
