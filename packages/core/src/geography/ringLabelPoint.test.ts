import { describe, expect, it } from 'vitest';
import type { MapRing } from './projectEquirectangular';
import { ringLabelPoint } from './ringLabelPoint';

/** Whether the point lies inside the ring (even-odd rule). */
function inside([x, y]: [number, number], ring: MapRing): boolean {
  let within = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] ?? [0, 0];
    const [x1, y1] = ring[i] ?? [0, 0];
    if (y0 <= y !== y1 <= y && x < x0 + ((y - y0) / (y1 - y0)) * (x1 - x0)) within = !within;
  }
  return within;
}

describe('ringLabelPoint', () => {
  it('labels a convex ring at its centroid', () => {
    expect(
      ringLabelPoint([
        [0, 0],
        [4, 0],
        [4, 2],
        [0, 2],
      ]),
    ).toEqual([2, 1]);
  });

  it('labels a U-shaped ring inside one of its arms, not in the gap whose middle is its centroid', () => {
    const u: MapRing = [
      [0, 0],
      [1, 0],
      [1, 3],
      [2, 3],
      [2, 0],
      [3, 0],
      [3, 4],
      [0, 4],
    ];
    const point = ringLabelPoint(u, 0.2);
    expect(inside(point, u)).toBe(true);
  });

  it('labels an L-shaped ring inside it, with room for the label, when its centroid falls outside', () => {
    const l: MapRing = [
      [0, 0],
      [1, 0],
      [1, 2],
      [3, 2],
      [3, 3],
      [0, 3],
    ];
    const [x, y] = ringLabelPoint(l, 0.45);
    expect(inside([x, y], l)).toBe(true);
    expect(inside([x - 0.45, y], l) && inside([x + 0.45, y], l)).toBe(true);
  });

  it('leaves a centroid in a stem too narrow for the label for the nearest height with room', () => {
    // A T: a bar 4 wide and 1 high over a stem 0.4 wide; the centroid (2, 1.21) is in the stem.
    const t: MapRing = [
      [0, 0],
      [4, 0],
      [4, 1],
      [2.2, 1],
      [2.2, 5],
      [1.8, 5],
      [1.8, 1],
      [0, 1],
    ];
    expect(ringLabelPoint(t, 0)).toEqual([expect.closeTo(2, 10), expect.closeTo(6.8 / 5.6, 10)]);
    const [x, y] = ringLabelPoint(t, 0.3);
    expect(y).toBeLessThan(1);
    expect(inside([x - 0.3, y], t) && inside([x + 0.3, y], t)).toBe(true);
  });
});
