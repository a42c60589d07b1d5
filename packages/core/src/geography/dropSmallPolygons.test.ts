import { describe, expect, it } from 'vitest';
import { dropSmallPolygons } from './dropSmallPolygons';
import type { MapRing } from './projectEquirectangular';

const square = (x: number, y: number, side: number): MapRing => [
  [x, y],
  [x + side, y],
  [x + side, y + side],
  [x, y + side],
];

describe('dropSmallPolygons', () => {
  it('drops islands and holes below the share of the map, and keeps every region its largest polygon', () => {
    const [mainland, speck] = dropSmallPolygons(
      [
        {
          id: 'mainland',
          polygons: [
            // Area 1, with a hole of 0.0001 (dropped) and one of 0.04 (kept).
            [square(0, 0, 1), square(0.1, 0.1, 0.01), square(0.5, 0.5, 0.2)],
            // An island of 0.0004 of the map's 1.0005: below the 0.001 share.
            [square(2, 0, 0.02)],
            // An island of 0.01: kept.
            [square(3, 0, 0.1)],
          ],
        },
        // A region of 0.0001: below the share, but its only polygon.
        { id: 'speck', polygons: [[square(5, 5, 0.01)]] },
      ],
      0.001,
    );
    expect(mainland?.polygons).toEqual([
      [square(0, 0, 1), square(0.5, 0.5, 0.2)],
      [square(3, 0, 0.1)],
    ]);
    expect(speck?.polygons).toEqual([[square(5, 5, 0.01)]]);
  });
});
