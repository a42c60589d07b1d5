// The shown map as an SVG picture: edges as lines with arrowheads, nodes as circles, labels of
// the larger nodes, fitted into the given size.

import type { ExportEdge, ExportNode } from './exportTypes';
import { xmlEscape } from './xmlEscape';

export interface SvgOptions {
  width?: number;
  height?: number;
  padding?: number;
  /** Nodes at least this large (pixels) get their label written. Default 8. */
  labelMinSize?: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Fits the nodes' bounding box into width x height less padding, keeping the aspect ratio, and
 * flips y (graph y grows upwards, SVG's downwards). A single node or a line of nodes is centred.
 * Edges whose end is not among the nodes are left out. Labels are escaped text, never markup.
 */
export function mapToSvg(
  nodes: readonly ExportNode[],
  edges: readonly ExportEdge[],
  options: SvgOptions = {},
): string {
  const { width = 1200, height = 900, padding = 40, labelMinSize = 8 } = options;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const minX = xs.length ? Math.min(...xs) : 0;
  const maxX = xs.length ? Math.max(...xs) : 0;
  const minY = ys.length ? Math.min(...ys) : 0;
  const maxY = ys.length ? Math.max(...ys) : 0;
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scale = Math.min(
    spanX > 0 ? (width - 2 * padding) / spanX : Infinity,
    spanY > 0 ? (height - 2 * padding) / spanY : Infinity,
  );
  const k = Number.isFinite(scale) ? scale : 1;
  const offsetX = (width - spanX * k) / 2;
  const offsetY = (height - spanY * k) / 2;
  const at = new Map(
    nodes.map((n) => [
      n.id,
      { x: round(offsetX + (n.x - minX) * k), y: round(offsetY + (maxY - n.y) * k), n },
    ]),
  );

  const edgeLines: string[] = [];
  for (const edge of edges) {
    const from = at.get(edge.source);
    const to = at.get(edge.target);
    if (!from || !to) continue;
    // Stop the line at the target's rim so that the arrowhead stays visible.
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    const end = Math.max(0, length - to.n.size);
    edgeLines.push(
      `<line x1="${from.x}" y1="${from.y}" x2="${round(from.x + (dx * end) / length)}" y2="${round(from.y + (dy * end) / length)}" stroke="${xmlEscape(edge.colour)}" stroke-width="${round(edge.size)}" marker-end="url(#arrow)"/>`,
    );
  }
  const nodeLines = nodes.map((n) => {
    const p = at.get(n.id)!;
    return `<circle cx="${p.x}" cy="${p.y}" r="${round(n.size)}" fill="${xmlEscape(n.colour)}"><title>${xmlEscape(n.label)}</title></circle>`;
  });
  const labelLines = nodes
    .filter((n) => n.size >= labelMinSize)
    .map((n) => {
      const p = at.get(n.id)!;
      return `<text x="${round(p.x + n.size + 2)}" y="${round(p.y + 4)}">${xmlEscape(n.label)}</text>`;
    });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#8a94a6"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g class="edges">${edgeLines.join('')}</g>`,
    `<g class="nodes">${nodeLines.join('')}</g>`,
    `<g class="labels" font-family="sans-serif" font-size="11" fill="#222">${labelLines.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
