// Where each organisation sits on the power-interest grid: its quadrant, and a small,
// deterministic offset so organisations with equal scores do not hide each other.

/** Scores of 4 and 5 are high, 1 to 3 low (4 is also the default "committed" willingness). */
export const HIGH_FROM = 3.5;

/** How far (in score units) a point may move from its cell's centre: less than half a cell. */
export const MAX_OFFSET = 0.36;

export const QUADRANTS = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Mendelow's grid: power (influence) up, interest (willingness) across. */
export function quadrantOf(willingness: number, influence: number): Quadrant {
  const interested = willingness > HIGH_FROM;
  const powerful = influence > HIGH_FROM;
  if (powerful) return interested ? 'manage_closely' : 'keep_satisfied';
  return interested ? 'keep_informed' : 'monitor';
}

export interface GridPoint {
  id: string;
  willingness: number;
  influence: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Spreads points that share a cell (the same willingness and influence) on a sunflower spiral
 * around the cell's centre, ordered by id so the picture does not change between loads. A point
 * alone in its cell stays exactly on its scores. Returns x (willingness) and y (influence).
 */
export function spreadPoints<P extends GridPoint>(
  points: readonly P[],
): (P & { x: number; y: number })[] {
  const cells = new Map<string, P[]>();
  for (const point of points) {
    const key = `${point.willingness}:${point.influence}`;
    const cell = cells.get(key);
    if (cell) cell.push(point);
    else cells.set(key, [point]);
  }
  const placed = new Map<P, { x: number; y: number }>();
  for (const cell of cells.values()) {
    cell.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    cell.forEach((point, k) => {
      if (cell.length === 1) {
        placed.set(point, { x: point.willingness, y: point.influence });
        return;
      }
      const radius = MAX_OFFSET * Math.sqrt((k + 0.5) / cell.length);
      const angle = k * GOLDEN_ANGLE;
      placed.set(point, {
        x: point.willingness + radius * Math.cos(angle),
        y: point.influence + radius * Math.sin(angle),
      });
    });
  }
  return points.map((point) => ({ ...point, ...(placed.get(point) ?? { x: 0, y: 0 }) }));
}
