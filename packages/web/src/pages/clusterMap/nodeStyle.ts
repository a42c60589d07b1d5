// Node colours and sizes from the chosen attribute or metric, and the legend that explains them.

import { isCategory, UNPLACED, type ColourBy, type NodeMetric } from './mapOptions';
import { nodeMetric } from './nodeMetric';
import type { ClusterMapNode } from './types';

/** Twelve distinguishable colours (Tableau 10 plus two); categories past twelve repeat them. */
export const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#1f77b4',
  '#8c564b',
] as const;
/** Nodes with no value (no stage, metric undefined). */
export const MISSING_COLOUR = '#c8ccd2';

export type Legend =
  | { kind: 'category'; items: { key: string; colour: string; count: number }[] }
  | { kind: 'scale'; min: number; max: number; from: string; to: string; missing: number };

export interface NodeColours {
  colours: string[];
  legend: Legend;
}

const SCALE_FROM = [222, 235, 247] as const;
const SCALE_TO = [8, 48, 107] as const;
const hex = (rgb: readonly number[]) =>
  `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** A blue of the sequential scale, t from 0 (lightest) to 1 (darkest). */
export function scaleColour(t: number): string {
  const u = Math.min(1, Math.max(0, t));
  return hex(SCALE_FROM.map((from, i) => from + (SCALE_TO[i]! - from) * u));
}

function categoryKey(node: ClusterMapNode, by: 'stage' | 'type' | 'community'): string {
  if (by === 'stage') return node.stageId ?? UNPLACED;
  if (by === 'type') return node.type;
  return String(node.metrics.community);
}

/**
 * Colours of the nodes, in their order. Categories: stages in chain order (`stageOrder`), then
 * "no stage" in grey; types and communities in order of first appearance sorted. Metrics: a
 * sequential scale from the minimum to the maximum value; nodes without a value are grey.
 */
export function nodeColours(
  nodes: readonly ClusterMapNode[],
  by: ColourBy,
  stageOrder: readonly string[],
): NodeColours {
  if (isCategory(by)) {
    const keys = nodes.map((node) => categoryKey(node, by));
    const present = new Set(keys);
    const ordered =
      by === 'stage'
        ? [
            ...stageOrder.filter((id) => present.has(id)),
            ...(present.has(UNPLACED) ? [UNPLACED] : []),
          ]
        : by === 'community'
          ? [...present].sort((a, b) => Number(a) - Number(b))
          : [...present].sort();
    const colourOf = new Map<string, string>();
    let next = 0;
    for (const key of ordered)
      colourOf.set(key, key === UNPLACED ? MISSING_COLOUR : PALETTE[next++ % PALETTE.length]!);
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return {
      colours: keys.map((key) => colourOf.get(key)!),
      legend: {
        kind: 'category',
        items: ordered.map((key) => ({ key, colour: colourOf.get(key)!, count: counts.get(key)! })),
      },
    };
  }
  const values = nodes.map((node) => nodeMetric(node, by));
  const known = values.filter((v): v is number => v !== null);
  const min = known.length ? Math.min(...known) : 0;
  const max = known.length ? Math.max(...known) : 0;
  const span = max - min;
  return {
    colours: values.map((v) =>
      v === null ? MISSING_COLOUR : scaleColour(span > 0 ? (v - min) / span : 0.5),
    ),
    legend: {
      kind: 'scale',
      min,
      max,
      from: scaleColour(0),
      to: scaleColour(1),
      missing: values.length - known.length,
    },
  };
}

/**
 * Node sizes (sigma pixels at zoom 1) growing with the square root of the metric, so that area
 * tracks the value: minSize for the smallest value and for nodes without one, maxSize for the
 * largest. Negative values are not expected (every metric offered is >= 0) and clamp to the least.
 */
export function nodeSizes(
  nodes: readonly ClusterMapNode[],
  metric: NodeMetric,
  minSize = 3,
  maxSize = 16,
): number[] {
  const values = nodes.map((node) => nodeMetric(node, metric));
  const known = values.filter((v): v is number => v !== null);
  const min = known.length ? Math.min(...known) : 0;
  const max = known.length ? Math.max(...known) : 0;
  const span = Math.sqrt(Math.max(0, max - min));
  return values.map((v) =>
    v === null || span === 0
      ? minSize
      : minSize + (maxSize - minSize) * (Math.sqrt(Math.max(0, v - min)) / span),
  );
}
