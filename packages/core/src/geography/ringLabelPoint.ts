// Where a label goes inside a projected ring: the centroid when it lies well inside, else the
// middle of the widest stretch of the ring across the centroid's height (a crescent or an L).

import type { MapPoint } from './projectEquirectangular';

/** The ring's area-weighted centroid; the mean of its points when it has no area. */
function centroid(ring: readonly MapPoint[]): MapPoint {
  let twice = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] as MapPoint;
    const [x1, y1] = ring[i] as MapPoint;
    const cross = x0 * y1 - x1 * y0;
    twice += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (twice === 0) {
    const n = Math.max(1, ring.length);
    return [ring.reduce((sum, [x]) => sum + x, 0) / n, ring.reduce((sum, [, y]) => sum + y, 0) / n];
  }
  return [cx / (3 * twice), cy / (3 * twice)];
}

/** The stretches [from, to] of the horizontal line at `y` that lie inside the ring. */
function insideAt(ring: readonly MapPoint[], y: number): [number, number][] {
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] as MapPoint;
    const [x1, y1] = ring[i] as MapPoint;
    // Half-open on y, so a vertex on the line is crossed once.
    if (y0 <= y !== y1 <= y) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
  }
  xs.sort((a, b) => a - b);
  const stretches: [number, number][] = [];
  for (let k = 0; k + 1 < xs.length; k += 2) stretches.push([xs[k] as number, xs[k + 1] as number]);
  return stretches;
}

/** The widest of the stretches, or undefined for none. */
function widest(stretches: [number, number][]): [number, number] | undefined {
  return stretches.reduce<[number, number] | undefined>(
    (best, stretch) => (!best || stretch[1] - stretch[0] > best[1] - best[0] ? stretch : best),
    undefined,
  );
}

/** How many heights across the ring are tried when the centroid's height has no room. */
const HEIGHTS = 9;

/**
 * A point inside the ring for a label of half-width `margin`: the centroid when the stretch
 * across it leaves that margin on both sides; else the middle of the widest stretch at the
 * centroid's height when it is at least 2 × margin wide; else at the nearest of nine heights
 * across the ring that has such a stretch; else the middle of the widest stretch found (the
 * centroid itself for a ring too thin to cross).
 */
export function ringLabelPoint(ring: readonly MapPoint[], margin = 0): MapPoint {
  const [cx, cy] = centroid(ring);
  const across = insideAt(ring, cy);
  if (across.some(([from, to]) => from + margin <= cx && cx <= to - margin)) return [cx, cy];
  const ys = ring.map(([, y]) => y);
  const top = Math.min(...ys);
  const height = Math.max(...ys) - top;
  const heights = [
    cy,
    ...Array.from({ length: HEIGHTS }, (_, k) => top + ((k + 0.5) / HEIGHTS) * height).sort(
      (a, b) => Math.abs(a - cy) - Math.abs(b - cy),
    ),
  ];
  let best: { y: number; stretch: [number, number] } | undefined;
  for (const y of heights) {
    const stretch = widest(y === cy ? across : insideAt(ring, y));
    if (!stretch) continue;
    if (stretch[1] - stretch[0] >= 2 * margin) return [(stretch[0] + stretch[1]) / 2, y];
    if (!best || stretch[1] - stretch[0] > best.stretch[1] - best.stretch[0]) best = { y, stretch };
  }
  return best ? [(best.stretch[0] + best.stretch[1]) / 2, best.y] : [cx, cy];
}
