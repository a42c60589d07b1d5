import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/mulberry32';
import type { MapPoint, MapRing, ProjectedRegion } from './projectEquirectangular';
import { simplifyRegions } from './simplifyRegions';

const pointCount = (regions: ProjectedRegion[]) =>
  regions.reduce((sum, region) => sum + region.polygons.flat(2).length, 0);
const keys = (points: MapPoint[]) => new Set(points.map(([x, y]) => `${x},${y}`));

/**
 * Borders between grid corners that wiggle through `detail` random points each, the same points
 * whichever way a border is walked: the regions share borders exactly, as in a clean GeoJSON file.
 */
function wigglyBorders(detail: number, seed: number) {
  const rng = mulberry32(seed);
  const edges = new Map<string, MapPoint[]>();
  // The border from corner a towards corner b: a and the points between, not b.
  return (a: MapPoint, b: MapPoint): MapPoint[] => {
    const forward = a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
    const [from, to] = forward ? [a, b] : [b, a];
    const key = `${from.join()}-${to.join()}`;
    let inner = edges.get(key);
    if (!inner) {
      inner = Array.from({ length: detail }, (_, k) => {
        const t = (k + 1) / (detail + 1);
        const wiggle = (rng() - 0.5) * 0.3 * Math.sin(t * Math.PI);
        const along: MapPoint = [from[0] + t * (to[0] - from[0]), from[1] + t * (to[1] - from[1])];
        return from[0] === to[0] ? [along[0] + wiggle, along[1]] : [along[0], along[1] + wiggle];
      });
      edges.set(key, inner);
    }
    return forward ? [a, ...inner] : [a, ...[...inner].reverse()];
  };
}

/** A ring through the corners, along the wiggly borders. */
const ringThrough = (border: ReturnType<typeof wigglyBorders>, corners: MapPoint[]): MapRing =>
  corners.flatMap((corner, i) => border(corner, corners[(i + 1) % corners.length] as MapPoint));

/** A map of columns × rows square cells with wiggly borders. */
function wigglyGrid(columns: number, rows: number, detail: number, seed: number) {
  const border = wigglyBorders(detail, seed);
  const regions: ProjectedRegion[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      const corners: MapPoint[] = [
        [c, r],
        [c + 1, r],
        [c + 1, r + 1],
        [c, r + 1],
      ];
      regions.push({ id: `${c}:${r}`, polygons: [[ringThrough(border, corners)]] });
    }
  return regions;
}

describe('simplifyRegions', () => {
  it('keeps all the rings within the point budget', () => {
    const map = wigglyGrid(6, 4, 200, 7);
    expect(pointCount(map)).toBeGreaterThan(19_000);
    const simplified = simplifyRegions(map, { maxPoints: 1000 });
    expect(pointCount(simplified)).toBeLessThanOrEqual(1000);
    // Close to the budget, not far below it: the tolerance is the largest the budget allows.
    expect(pointCount(simplified)).toBeGreaterThan(900);
    expect(simplified.map((region) => region.id)).toEqual(map.map((region) => region.id));
  });

  it('simplifies a shared border the same way in both regions, so no sliver opens between them', () => {
    // A tall region to the west of two: where its neighbours meet, at (1, 1), its border is
    // nearly straight, and a ring simplified on its own would cut that corner.
    const border = wigglyBorders(300, 11);
    const map: ProjectedRegion[] = [
      {
        id: 'west',
        polygons: [
          [
            ringThrough(border, [
              [0, 0],
              [1, 0],
              [1, 1],
              [1, 2],
              [0, 2],
              [0, 1],
            ]),
          ],
        ],
      },
      {
        id: 'north-east',
        polygons: [
          [
            ringThrough(border, [
              [1, 0],
              [2, 0],
              [2, 1],
              [1, 1],
            ]),
          ],
        ],
      },
      {
        id: 'south-east',
        polygons: [
          [
            ringThrough(border, [
              [1, 1],
              [2, 1],
              [2, 2],
              [1, 2],
            ]),
          ],
        ],
      },
    ];
    const simplified = simplifyRegions(map, { maxPoints: 60 });
    const [west, northEast, southEast] = simplified.map((region) => keys(region.polygons.flat(2)));
    const original = map.map((region) => keys(region.polygons.flat(2)));
    const sharedWith = (a: number, b: number) =>
      new Set([...(original[a] ?? [])].filter((key) => original[b]?.has(key)));
    for (const [a, b, kept] of [
      [0, 1, [west, northEast]],
      [0, 2, [west, southEast]],
      [1, 2, [northEast, southEast]],
    ] as const) {
      const shared = sharedWith(a, b);
      const on = (set: Set<string> | undefined) =>
        [...(set ?? [])].filter((key) => shared.has(key)).sort();
      expect(on(kept[0])).toEqual(on(kept[1]));
      expect(on(kept[0]).length).toBeGreaterThanOrEqual(2);
    }
    // The corner where the three meet stays in all three.
    for (const region of [west, northEast, southEast]) expect(region?.has('1,1')).toBe(true);
  });

  it('drops points on a straight line even within the budget, but never below the tolerance', () => {
    const square: MapRing = [
      [0, 0],
      [0.5, 0],
      [1, 0],
      [1, 0.5],
      [1, 1],
      [0.5, 1.0001],
      [0, 1],
    ];
    const [tight] = simplifyRegions([{ id: 'A', polygons: [[square]] }], {
      maxPoints: 100,
      minTolerance: 0.001,
    });
    expect(tight?.polygons[0]?.[0]).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ]);
    // Without a tolerance only the points exactly on the line go.
    const [exact] = simplifyRegions([{ id: 'A', polygons: [[square]] }], { maxPoints: 100 });
    expect(exact?.polygons[0]?.[0]).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0.5, 1.0001],
      [0, 1],
    ]);
  });

  it('keeps a region too small for the budget on the map as a triangle of its own points', () => {
    const map = wigglyGrid(3, 3, 100, 3);
    const simplified = simplifyRegions(map, { maxPoints: 40 });
    for (const [index, region] of simplified.entries()) {
      const ring = region.polygons[0]?.[0] ?? [];
      expect(ring.length).toBeGreaterThanOrEqual(3);
      const own = keys(map[index]?.polygons.flat(2) ?? []);
      expect(ring.every(([x, y]) => own.has(`${x},${y}`))).toBe(true);
    }
  });

  it('keeps only points of the region, at most the budget, for any map and budget (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 2 ** 31 }),
        (columns, rows, detail, budget, seed) => {
          const map = wigglyGrid(columns, rows, detail, seed);
          const simplified = simplifyRegions(map, { maxPoints: budget });
          // The grid's corners are junctions or ring starts that every ring keeps, and every
          // region keeps at least a triangle: below that, the budget cannot be met.
          const floor = columns * rows * 4;
          if (budget >= floor) expect(pointCount(simplified)).toBeLessThanOrEqual(budget);
          simplified.forEach((region, index) => {
            const own = keys(map[index]?.polygons.flat(2) ?? []);
            for (const [x, y] of region.polygons.flat(2)) expect(own.has(`${x},${y}`)).toBe(true);
            expect(region.polygons.length).toBe(1);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
