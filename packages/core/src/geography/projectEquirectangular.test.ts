import { describe, expect, it } from 'vitest';
import { projectEquirectangular } from './projectEquirectangular';

/** A closed lon/lat rectangle, counter-clockwise, as GeoJSON writes it. */
const rectangle = (west: number, south: number, east: number, north: number) => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

describe('projectEquirectangular', () => {
  it('shortens longitudes by the cosine of the middle latitude and puts north at y = 0', () => {
    // 2° of longitude at 60° N are as long as 1° of latitude: a square once projected.
    const [region] = projectEquirectangular([
      { id: 'A', geometry: { type: 'Polygon', coordinates: [rectangle(10, 59.5, 12, 60.5)] } },
    ]);
    const ring = region?.polygons[0]?.[0] ?? [];
    expect(ring).toHaveLength(4);
    const expected = [
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    ring.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(expected[i]?.[0] ?? NaN, 10);
      expect(y).toBeCloseTo(expected[i]?.[1] ?? NaN, 10);
    });
  });

  it('fits the longer side of all the regions together to 1 and keeps their proportions', () => {
    const regions = projectEquirectangular([
      { id: 'W', geometry: { type: 'Polygon', coordinates: [rectangle(0, 0, 2, 1)] } },
      {
        id: 'E',
        geometry: { type: 'MultiPolygon', coordinates: [[rectangle(2, 0, 4, 1)]] },
      },
    ]);
    const points = regions.flatMap((region) => region.polygons.flat(2));
    // At 0.5° N the cosine is 0.99996: the map is 4 wide and 1 high, scaled by 1/4.
    expect(Math.max(...points.map(([x]) => x))).toBeCloseTo(1, 10);
    expect(Math.max(...points.map(([, y]) => y))).toBeCloseTo(
      1 / (4 * Math.cos((0.5 * Math.PI) / 180)),
      10,
    );
    expect(Math.min(...points.map(([x]) => x))).toBe(0);
    expect(regions.map((region) => region.id)).toEqual(['W', 'E']);
  });

  it('drops repeated points, the closing point and rings too short to enclose anything', () => {
    const [region] = projectEquirectangular([
      {
        id: 'A',
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [0, 0],
                [1, 0],
                [1, 0],
                [1, 1],
                [0, 1],
                [0, 0],
              ],
              // A hole that is a line: it goes, the polygon stays.
              [
                [0.2, 0.2],
                [0.4, 0.4],
                [0.2, 0.2],
              ],
            ],
            // A polygon whose outer ring is a line goes whole.
            [
              [
                [5, 5],
                [5, 6],
                [5, 5],
              ],
            ],
          ],
        },
      },
    ]);
    expect(region?.polygons).toHaveLength(1);
    expect(region?.polygons[0]).toHaveLength(1);
    expect(region?.polygons[0]?.[0]).toHaveLength(4);
  });

  it('puts a map without extent at the origin rather than dividing by zero', () => {
    const [region] = projectEquirectangular([
      { id: 'A', geometry: { type: 'Polygon', coordinates: [rectangle(5, 5, 5, 5)] } },
    ]);
    expect(region?.polygons).toEqual([]);
    expect(projectEquirectangular([])).toEqual([]);
  });
});
