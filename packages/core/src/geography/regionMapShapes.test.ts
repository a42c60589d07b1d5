import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGeoJsonRegions } from './readGeoJsonRegions';
import { regionMapShapes } from './regionMapShapes';

const TR_PROVINCES = '/work/shared/data/geo/tr-provinces.geojson';
const hasProvinces = existsSync(TR_PROVINCES);

const pointCount = (shapes: { rings: [number, number][][] }[]) =>
  shapes.reduce((sum, shape) => sum + shape.rings.flat().length, 0);

/** A closed lon/lat polygon through `corners`. */
const polygon = (corners: [number, number][]) => [[...corners, corners[0] as [number, number]]];

describe('regionMapShapes', () => {
  it('projects into the unit box, drops specks and rounds to the digits asked', () => {
    const shapes = regionMapShapes(
      [
        {
          id: 'A',
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              polygon([
                [26, 36],
                [28.5, 36],
                [28.5, 38],
                [26, 38],
              ]),
              // An islet of a millionth of the map.
              polygon([
                [25, 37],
                [25.001, 37],
                [25.001, 37.001],
              ]),
            ],
          },
        },
        {
          id: 'B',
          geometry: {
            type: 'Polygon',
            coordinates: polygon([
              [28.5, 36],
              [30, 36],
              [30, 38],
              [28.5, 38],
            ]),
          },
        },
      ],
      { digits: 3 },
    );
    expect(shapes.map((shape) => shape.id)).toEqual(['A', 'B']);
    expect(shapes[0]?.rings).toHaveLength(1);
    const points = shapes.flatMap((shape) => shape.rings.flat());
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    // Once the islet at 25° E is gone, 4° of longitude at 37° N against 2° of latitude: x spans
    // 1 and y 2 / (4 cos 37°).
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(1);
    expect(Math.max(...ys)).toBe(
      Math.round((2 / (4 * Math.cos((37 * Math.PI) / 180))) * 1000) / 1000,
    );
    for (const value of [...xs, ...ys]) expect(Math.round(value * 1000) / 1000).toBe(value);
  });

  it.runIf(hasProvinces)(
    `keeps the 81 Turkish provinces within 3,000 points, none lost (needs ${TR_PROVINCES}; skipped without it)`,
    () => {
      const { regions } = readGeoJsonRegions(JSON.parse(readFileSync(TR_PROVINCES, 'utf8')));
      const features = regions?.features ?? [];
      expect(features).toHaveLength(81);
      const source = features.reduce(
        (sum, feature) =>
          sum +
          (feature.geometry.type === 'Polygon'
            ? [feature.geometry.coordinates]
            : feature.geometry.coordinates
          )
            .flat()
            .reduce((inner, ring) => inner + ring.length, 0),
        0,
      );
      const shapes = regionMapShapes(features);
      expect(source).toBeGreaterThan(3000);
      expect(pointCount(shapes)).toBeLessThanOrEqual(3000);
      expect(pointCount(shapes)).toBeGreaterThan(2500);
      expect(shapes.every((shape) => shape.rings.length > 0)).toBe(true);
    },
  );
});
