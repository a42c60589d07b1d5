// The power-interest grid's layout: quadrants and the spreading of equal scores.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_OFFSET, quadrantOf, spreadPoints } from './powerInterestLayout';

const point = (id: string, willingness: number, influence: number) => ({
  id,
  willingness,
  influence,
});

describe('quadrantOf', () => {
  it('calls 4 and 5 high and 1 to 3 low on both axes', () => {
    expect(quadrantOf(4, 4)).toBe('manage_closely');
    expect(quadrantOf(3, 5)).toBe('keep_satisfied');
    expect(quadrantOf(5, 3)).toBe('keep_informed');
    expect(quadrantOf(3, 3)).toBe('monitor');
    expect(quadrantOf(1, 1)).toBe('monitor');
  });
});

describe('spreadPoints', () => {
  it('leaves a point alone in its cell exactly on its scores', () => {
    const [only] = spreadPoints([point('a', 2, 5), point('b', 4, 1)]);
    expect(only).toMatchObject({ x: 2, y: 5 });
  });

  it('gives points with equal scores distinct positions within their own cell', () => {
    const same = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => point(id, 3, 4));
    const placed = spreadPoints(same);
    const positions = new Set(placed.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
    expect(positions.size).toBe(same.length);
    for (const p of placed) {
      expect(Math.abs(p.x - 3)).toBeLessThanOrEqual(MAX_OFFSET);
      expect(Math.abs(p.y - 4)).toBeLessThanOrEqual(MAX_OFFSET);
    }
  });

  it('places each point the same way whatever the order of the input', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            id: fc.uuid(),
            willingness: fc.integer({ min: 1, max: 5 }),
            influence: fc.integer({ min: 1, max: 5 }),
          }),
          { selector: (p) => p.id, maxLength: 40 },
        ),
        (points) => {
          const forward = new Map(spreadPoints(points).map((p) => [p.id, [p.x, p.y]]));
          const backward = new Map(
            spreadPoints([...points].reverse()).map((p) => [p.id, [p.x, p.y]]),
          );
          expect(backward).toEqual(forward);
          for (const p of spreadPoints(points)) {
            expect(Math.round(p.x)).toBe(p.willingness);
            expect(Math.round(p.y)).toBe(p.influence);
          }
        },
      ),
    );
  });
});
