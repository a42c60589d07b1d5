// GEXF 1.3 (Gephi's format) of the shown map: nodes with viz position, size and colour and their
// attributes (stage, type, community, metrics), directed edges with weight and attributes.

import {
  attributeNames,
  attributeType,
  rgbOf,
  type AttributeValue,
  type ExportEdge,
  type ExportNode,
} from './exportTypes';
import { xmlEscape } from './xmlEscape';

function attributesBlock(
  kind: 'node' | 'edge',
  items: readonly { attributes: Record<string, AttributeValue> }[],
): { declaration: string; names: string[] } {
  const names = attributeNames(items);
  if (names.length === 0) return { declaration: '', names };
  const lines = names.map(
    (name, i) =>
      `      <attribute id="${i}" title="${xmlEscape(name)}" type="${attributeType(items, name)}"/>`,
  );
  return {
    declaration: `    <attributes class="${kind}">\n${lines.join('\n')}\n    </attributes>\n`,
    names,
  };
}

function attvalues(names: readonly string[], attributes: Record<string, AttributeValue>): string {
  const values = names
    .map((name, i) => {
      const value = attributes[name];
      if (value === null || value === undefined) return '';
      return `<attvalue for="${i}" value="${xmlEscape(String(value))}"/>`;
    })
    .filter(Boolean);
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

/** A GEXF 1.3 document; `title` goes into the meta description. Every text is XML-escaped. */
export function writeGexf(
  nodes: readonly ExportNode[],
  edges: readonly ExportEdge[],
  title: string,
): string {
  const nodeAttributes = attributesBlock('node', nodes);
  const edgeAttributes = attributesBlock('edge', edges);
  const nodeLines = nodes.map((node) => {
    const [r, g, b] = rgbOf(node.colour);
    return (
      `      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.label)}">` +
      attvalues(nodeAttributes.names, node.attributes) +
      `<viz:color r="${r}" g="${g}" b="${b}"/>` +
      `<viz:position x="${node.x}" y="${node.y}" z="0"/>` +
      `<viz:size value="${node.size}"/></node>`
    );
  });
  const edgeLines = edges.map((edge) => {
    const [r, g, b] = rgbOf(edge.colour);
    return (
      `      <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" weight="${edge.size}">` +
      attvalues(edgeAttributes.names, edge.attributes) +
      `<viz:color r="${r}" g="${g}" b="${b}"/><viz:thickness value="${edge.size}"/></edge>`
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>Kume</creator><description>${xmlEscape(title)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    nodeAttributes.declaration + edgeAttributes.declaration + '    <nodes>',
    ...nodeLines,
    '    </nodes>',
    '    <edges>',
    ...edgeLines,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
