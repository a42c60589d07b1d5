// Lays the cluster map out for a slide: value-chain stages as lanes from left to right (organisations
// not placed on the chain in a last lane), nodes spread in their lane and sized by weight, at most
// `maxNodes` of the heaviest drawn. Pure: the same map gives the same drawing.

import { compareText } from '../text/compareText';
import { ORGANISATION_TYPES, type OrganisationType } from '../organisation/organisationTypes';
import type { DeckClusterMap } from './deckInput';
import type { DeckMapBlock, Frame } from './deckModel';
import { fitText } from './fitText';
import { textWidth } from './textMetrics';

export interface MapLayoutOptions {
  /** Most nodes drawn (the heaviest); the rest are counted in `hidden`. */
  maxNodes?: number;
  /** Most edges drawn (the heaviest among drawn nodes). */
  maxEdges?: number;
  /** How many of the heaviest nodes get a number, for the slide to list their names. */
  numbered?: number;
}

export interface MapLayout {
  block: DeckMapBlock;
  /** Nodes not drawn because only the heaviest fit. */
  hidden: number;
  /** Edges not drawn (an end not drawn, or past maxEdges). */
  hiddenEdges: number;
  /** The numbered nodes' names, by number. */
  listed: { number: number; name: string }[];
}

const LABEL_HEIGHT = 0.7;
const LEGEND_ROW = 0.26;
const LEGEND_HEIGHT = 2 * LEGEND_ROW;
const DOT = 0.14;

/** Legend entries flowed left to right in up to two rows, at the largest size that fits. */
function legendLayout(entries: { type: OrganisationType; label: string }[], frame: Frame) {
  for (let size = 10; size >= 7; size -= 1) {
    let x = frame.x;
    let row = 0;
    const placed: DeckMapBlock['legend'] = [];
    for (const entry of entries) {
      const width = DOT + 0.06 + textWidth(entry.label, size) + 0.12;
      if (x + width > frame.x + frame.w + 1e-9 && x > frame.x) {
        row += 1;
        x = frame.x;
      }
      const y = frame.y + row * LEGEND_ROW;
      placed.push({
        ...entry,
        dot: { x, y: y + (LEGEND_ROW - DOT) / 2, w: DOT, h: DOT },
        labelFrame: { x: x + DOT + 0.04, y, w: width - DOT - 0.04, h: LEGEND_ROW },
      });
      x += width + 0.15;
    }
    if (row < 2 || size === 7) return { legend: placed, fontSize: size };
  }
  return { legend: [], fontSize: 7 };
}

type MapNode = DeckClusterMap['nodes'][number];

/** Plain code-unit order, for ids: stable whatever the locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byWeight(a: MapNode, b: MapNode): number {
  return b.weight - a.weight || compareText('tr', a.name, b.name) || compareIds(a.id, b.id);
}

/**
 * The drawing of `map` in `frame`. `unplacedLabel` names the last lane (organisations without a
 * stage); `typeLabels` the legend's entries.
 */
export function clusterMapLayout(
  map: DeckClusterMap,
  frame: Frame,
  unplacedLabel: string,
  typeLabels: Record<OrganisationType, string>,
  options: MapLayoutOptions = {},
): MapLayout {
  const maxNodes = options.maxNodes ?? 80;
  const maxEdges = options.maxEdges ?? 300;
  const shown = [...map.nodes].sort(byWeight).slice(0, maxNodes);
  const numbers = new Map(
    shown.slice(0, options.numbered ?? 8).map((node, index) => [node.id, index + 1]),
  );

  const validStage = (stage: number | null) =>
    stage !== null && Number.isInteger(stage) && stage >= 0 && stage < map.stages.length;
  const hasUnplaced = shown.some((node) => !validStage(node.stage));
  const laneNames = hasUnplaced ? [...map.stages, unplacedLabel] : [...map.stages];
  const laneCount = Math.max(1, laneNames.length);
  const laneWidth = frame.w / laneCount;
  const nodeTop = frame.y + LABEL_HEIGHT + 0.08;
  const nodeHeight = frame.h - LABEL_HEIGHT - LEGEND_HEIGHT - 0.2;

  const laneOf = (node: MapNode) =>
    validStage(node.stage) ? (node.stage as number) : laneCount - 1;
  const maxWeight = Math.max(0, ...shown.map((node) => node.weight));
  const nodes: DeckMapBlock['nodes'] = [];
  const position = new Map<string, { x: number; y: number }>();

  laneNames.forEach((_, lane) => {
    const members = shown.filter((node) => laneOf(node) === lane);
    if (members.length === 0) return;
    const x0 = frame.x + lane * laneWidth;
    const columns = Math.max(1, Math.ceil(Math.sqrt((members.length * laneWidth) / nodeHeight)));
    const rowCount = Math.ceil(members.length / columns);
    // Odd rows shift by half a cell so edges do not run straight through a column of nodes; the
    // cells are narrowed by that half so the shifted row stays inside its lane.
    const staggered = columns > 1 && rowCount > 1;
    const cellW = laneWidth / (columns + (staggered ? 0.5 : 0));
    const cellH = nodeHeight / rowCount;
    const maxR = Math.min(0.2, 0.42 * Math.min(cellW, cellH));
    const minR = Math.max(0.03, maxR * 0.3);
    members.forEach((node, index) => {
      const column = index % columns;
      const row = Math.floor(index / columns);
      const shift = staggered && row % 2 === 1 ? 0.5 : 0;
      const x = x0 + (column + 0.5 + shift) * cellW;
      const y = nodeTop + (row + 0.5) * cellH;
      const share = maxWeight > 0 ? Math.sqrt(Math.max(0, node.weight) / maxWeight) : 0;
      const r = minR + (maxR - minR) * share;
      position.set(node.id, { x, y });
      nodes.push({ id: node.id, x, y, r, type: node.type, number: numbers.get(node.id) ?? null });
    });
  });

  const drawable = map.edges
    .filter(
      (edge) =>
        edge.source !== edge.target && position.has(edge.source) && position.has(edge.target),
    )
    .sort(
      (a, b) =>
        b.weight - a.weight || compareIds(a.source, b.source) || compareIds(a.target, b.target),
    );
  const drawn = drawable.slice(0, maxEdges);
  const maxEdgeWeight = Math.max(0, ...drawn.map((edge) => edge.weight));
  const edges = drawn.map((edge) => {
    const from = position.get(edge.source) as { x: number; y: number };
    const to = position.get(edge.target) as { x: number; y: number };
    const share = maxEdgeWeight > 0 ? Math.max(0, edge.weight) / maxEdgeWeight : 0;
    return { x1: from.x, y1: from.y, x2: to.x, y2: to.y, width: 0.5 + 2 * share };
  });

  const laneLabels = laneNames.map((label, lane) => {
    const laneFrame = {
      x: frame.x + lane * laneWidth,
      y: frame.y,
      w: laneWidth,
      h: frame.h - LEGEND_HEIGHT - 0.05,
    };
    const labelFrame = { x: laneFrame.x, y: frame.y, w: laneWidth, h: LABEL_HEIGHT };
    const fitted = fitText([{ text: label }], labelFrame, { max: 11, min: 7 });
    return {
      label: fitted.paragraphs[0]?.text ?? '',
      frame: laneFrame,
      labelFrame,
      labelFontSize: fitted.fontSize,
    };
  });
  // One size for every stage name, the largest at which all of them fit.
  const labelFontSize = Math.min(...laneLabels.map((lane) => lane.labelFontSize));
  const lanes = laneLabels.map((lane) => ({ ...lane, labelFontSize }));

  const types = new Set(shown.map((node) => node.type));
  const legend = legendLayout(
    ORGANISATION_TYPES.filter((type) => types.has(type)).map((type) => ({
      type,
      label: typeLabels[type],
    })),
    { x: frame.x, y: frame.y + frame.h - LEGEND_HEIGHT, w: frame.w, h: LEGEND_HEIGHT },
  );

  return {
    block: {
      kind: 'map',
      frame,
      lanes,
      nodes,
      edges,
      legend: legend.legend,
      legendFontSize: legend.fontSize,
    },
    hidden: map.nodes.length - shown.length,
    hiddenEdges: map.edges.length - drawn.length,
    listed: shown
      .slice(0, options.numbered ?? 8)
      .map((node, index) => ({ number: index + 1, name: node.name })),
  };
}
