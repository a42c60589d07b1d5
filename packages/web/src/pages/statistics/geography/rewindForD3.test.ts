import { geoArea, geoBounds } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rewindForD3 } from './rewindForD3';

/** A one-degree square near İzmir, counter-clockwise as RFC 7946 writes outer rings. */
const counterClockwise: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [27, 38],
      [28, 38],
      [28, 39],
      [27, 39],
      [27, 38],
    ],
  ],
};

describe('rewindForD3', () => {
  it('turns an RFC 7946 square that d3 would read as the rest of the globe', () => {
    expect(geoArea(counterClockwise)).toBeGreaterThan(2 * Math.PI);
    const rewound = rewindForD3(counterClockwise);
    expect(geoArea(rewound)).toBeLessThan(0.001);
    expect(geoBounds(rewound)[0][0]).toBeCloseTo(27, 6);
  });

  it('leaves a square already wound for d3 as it is', () => {
    const clockwise = rewindForD3(counterClockwise);
    expect(rewindForD3(clockwise)).toEqual(clockwise);
  });

  it('turns each polygon of a MultiPolygon on its own', () => {
    const wound = rewindForD3(counterClockwise).coordinates;
    const multi = rewindForD3({
      type: 'MultiPolygon',
      coordinates: [counterClockwise.coordinates, wound],
    });
    expect(multi.coordinates).toEqual([wound, wound]);
  });
});
