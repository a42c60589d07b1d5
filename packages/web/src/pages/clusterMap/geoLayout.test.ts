// Tests of the geographic layout's projection and its list of nodes without coordinates.

import { describe, expect, it } from 'vitest';
import { geoLayout } from './geoLayout';

describe('geoLayout', () => {
  it('projects longitude scaled by the cosine of the mean latitude, and latitude as y (north up)', () => {
    const { positions, missing } = geoLayout([
      { id: 'a', latitude: 60, longitude: 10 },
      { id: 'b', latitude: 60, longitude: 20 },
    ]);
    expect(missing).toEqual([]);
    expect(positions.get('a')!.x).toBeCloseTo(5);
    expect(positions.get('b')!.x).toBeCloseTo(10);
    expect(positions.get('a')!.y).toBe(60);
  });

  it('lists nodes with a missing or impossible coordinate and does not place them', () => {
    const { positions, missing } = geoLayout([
      { id: 'ok', latitude: 38.4, longitude: 27.1 },
      { id: 'noLat', latitude: null, longitude: 27 },
      { id: 'none', latitude: null, longitude: null },
      { id: 'bad', latitude: 95, longitude: 27 },
    ]);
    expect(missing).toEqual(['noLat', 'none', 'bad']);
    expect([...positions.keys()]).toEqual(['ok']);
  });
});
