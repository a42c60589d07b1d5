// The value-chain lanes layout: one vertical lane per stage, left to right in chain order, the
// organisations on no stage in a last lane at the far right.

import { UNPLACED } from './mapOptions';

export interface Lane {
  /** A stage id, or UNPLACED. */
  key: string;
  /** The lane's centre, graph units. */
  x: number;
  /** The top of the lanes (y grows upwards in sigma's graph coordinates): height / 2. */
  top: number;
  count: number;
}

export interface LaneLayout {
  positions: Map<string, { x: number; y: number }>;
  /** Every stage of the chain, empty ones included; the UNPLACED lane only when it has nodes. */
  lanes: Lane[];
  /** The lanes' height, graph units; they run from -height / 2 to height / 2. */
  height: number;
}

export const LANE_WIDTH = 100;
/** The least lane height; more lanes make them taller, so that the whole stays about as tall as wide. */
export const LANE_HEIGHT = 400;

/**
 * Places each node in its stage's lane (a stage id not in `stageIds` counts as unplaced).
 * Inside a lane the nodes fill a grid, in the order given, whose columns take 60% of the lane's
 * width; a lane of n nodes has ceil(sqrt(n / 8)) columns, so a crowded lane stays readable
 * without growing past the lanes' height: LANE_HEIGHT, or 0.8 x the lanes' total width when that
 * is more (a screen is wider than tall). Every lane uses the fullest lane's row spacing and is
 * centred vertically; a lane of one node puts it at the lane's centre; lanes of several rows at
 * odd positions sit a quarter row lower (staggered labels).
 */
export function laneLayout(
  nodes: readonly { id: string; stageId: string | null }[],
  stageIds: readonly string[],
): LaneLayout {
  const members = new Map<string, string[]>(stageIds.map((id) => [id, []]));
  const unplaced: string[] = [];
  for (const node of nodes) {
    const lane = node.stageId === null ? undefined : members.get(node.stageId);
    (lane ?? unplaced).push(node.id);
  }
  const keys = [...stageIds, ...(unplaced.length ? [UNPLACED] : [])];
  const height = Math.max(LANE_HEIGHT, 0.8 * keys.length * LANE_WIDTH);
  const positions = new Map<string, { x: number; y: number }>();
  const gridOf = (count: number) => {
    const columns = Math.max(1, Math.ceil(Math.sqrt(count / 8)));
    return { columns, rows: Math.max(1, Math.ceil(count / columns)) };
  };
  const ids = (key: string) => (key === UNPLACED ? unplaced : members.get(key)!);
  // One row spacing for every lane, from the fullest: a small lane sits at the middle instead of
  // stretching from top to bottom.
  const maxRows = Math.max(1, ...keys.map((key) => gridOf(ids(key).length).rows));
  const rowGap = height / maxRows;
  const lanes: Lane[] = keys.map((key, laneIndex) => {
    const laneIds = ids(key);
    const centre = laneIndex * LANE_WIDTH;
    const { columns, rows } = gridOf(laneIds.length);
    const columnGap = columns > 1 ? (LANE_WIDTH * 0.6) / (columns - 1) : 0;
    // Every other lane a quarter row lower, so that neighbouring lanes' labels do not line up.
    const stagger = laneIndex % 2 === 1 && rows > 1 ? -rowGap / 4 : 0;
    laneIds.forEach((id, i) => {
      const column = i % columns;
      const row = Math.floor(i / columns);
      positions.set(id, {
        x: centre + (column - (columns - 1) / 2) * columnGap,
        y: ((rows - 1) / 2 - row) * rowGap + stagger,
      });
    });
    return { key, x: centre, top: height / 2, count: laneIds.length };
  });
  return { positions, lanes, height };
}
