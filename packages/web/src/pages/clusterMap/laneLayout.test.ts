// Tests of the value-chain lanes layout.

import { describe, expect, it } from 'vitest';
import { LANE_HEIGHT, LANE_WIDTH, laneLayout } from './laneLayout';
import { UNPLACED } from './mapOptions';

describe('laneLayout', () => {
  it('puts stages left to right in chain order and unplaced organisations in a last lane', () => {
    const { positions, lanes } = laneLayout(
      [
        { id: 'c', stageId: 'assembly' },
        { id: 'a', stageId: 'casting' },
        { id: 'u', stageId: null },
        { id: 'x', stageId: 'not_a_stage' },
      ],
      ['casting', 'machining', 'assembly'],
    );
    expect(lanes.map((l) => [l.key, l.count])).toEqual([
      ['casting', 1],
      ['machining', 0],
      ['assembly', 1],
      [UNPLACED, 2],
    ]);
    expect(positions.get('a')).toEqual({ x: 0, y: 0 });
    expect(positions.get('c')).toEqual({ x: 2 * LANE_WIDTH, y: 0 });
    expect(positions.get('u')!.x).toBe(3 * LANE_WIDTH);
    expect(positions.get('x')!.x).toBe(3 * LANE_WIDTH);
  });

  it('keeps an empty stage as a lane and leaves out the unplaced lane when nobody is unplaced', () => {
    const { lanes } = laneLayout([{ id: 'a', stageId: 's1' }], ['s1', 's2']);
    expect(lanes.map((l) => l.key)).toEqual(['s1', 's2']);
    expect(lanes[1]).toMatchObject({ x: LANE_WIDTH, count: 0 });
  });

  it('spreads a lane vertically within its height and inside its width, no two nodes at one point', () => {
    const nodes = Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, stageId: 's' }));
    const { positions, lanes } = laneLayout(nodes, ['s']);
    const points = [...positions.values()];
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(500);
    for (const p of points) {
      expect(Math.abs(p.x)).toBeLessThanOrEqual(LANE_WIDTH * 0.3 + 1e-9);
      expect(Math.abs(p.y)).toBeLessThanOrEqual(LANE_HEIGHT / 2 + 1e-9);
    }
    expect(lanes[0]!.top).toBeCloseTo(LANE_HEIGHT / 2);
  });

  it('makes many lanes taller than LANE_HEIGHT, keeping every node inside the height', () => {
    const stages = Array.from({ length: 10 }, (_, i) => `s${i}`);
    const nodes = Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, stageId: `s${i % 10}` }));
    const { positions, height, lanes } = laneLayout(nodes, stages);
    expect(height).toBe(0.8 * 10 * LANE_WIDTH);
    for (const p of positions.values())
      expect(Math.abs(p.y)).toBeLessThanOrEqual(height / 2 + 1e-9);
    expect(lanes.every((lane) => lane.top === height / 2)).toBe(true);
  });

  it('places nodes of a lane top to bottom in the order given', () => {
    const { positions } = laneLayout(
      [
        { id: 'first', stageId: 's' },
        { id: 'second', stageId: 's' },
        { id: 'third', stageId: 's' },
      ],
      ['s'],
    );
    expect(positions.get('first')!.y).toBeGreaterThan(positions.get('second')!.y);
    expect(positions.get('second')!.y).toBeGreaterThan(positions.get('third')!.y);
  });
});
