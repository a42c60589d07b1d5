import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { projectRegions } from './importedShapes';

/** A one-degree square at (x, y), counter-clockwise (RFC 7946), as the server serves regions. */
const square = (id: string, x: number, y: number, name: string | null = null) => ({
  type: 'Feature' as const,
  id,
  properties: { name },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  },
});

/** The x coordinates of an SVG path's points. */
const xs = (d: string) => [...d.matchAll(/[ML]([-\d.]+),/g)].map((m) => Number(m[1]));

describe('projectRegions', () => {
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: [square('TR31', 27, 38, 'İzmir'), square('TR32', 28, 38)],
  };

  it('fits two squares side by side into a frame of their proportions on Mercator', () => {
    const { viewBox, shapes } = projectRegions(collection);
    expect(viewBox[2]).toBe(1012);
    // Two degrees across, one up, stretched by Mercator at 38.5°N (1 / cos 38.5° = 1.28).
    expect(viewBox[3] - 12).toBeGreaterThan(630);
    expect(viewBox[3] - 12).toBeLessThan(645);
    const [left, right] = shapes.map((s) => xs(s.d));
    expect(Math.min(...left!)).toBeCloseTo(0, 0);
    expect(Math.max(...left!)).toBeCloseTo(Math.min(...right!), 0);
    expect(Math.max(...right!)).toBeCloseTo(1000, 0);
  });

  it('keeps the region codes and names, the code where there is no name', () => {
    expect(projectRegions(collection).shapes.map((s) => [s.id, s.name])).toEqual([
      ['TR31', 'İzmir'],
      ['TR32', 'TR32'],
    ]);
  });
});
