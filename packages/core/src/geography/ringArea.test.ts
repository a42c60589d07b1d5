import { describe, expect, it } from 'vitest';
import { ringArea } from './ringArea';

describe('ringArea', () => {
  it('measures a ring whatever its winding, and nothing for a line', () => {
    const triangle: [number, number][] = [
      [0, 0],
      [4, 0],
      [0, 3],
    ];
    expect(ringArea(triangle)).toBe(6);
    expect(ringArea([...triangle].reverse())).toBe(6);
    expect(
      ringArea([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    ).toBe(0);
    expect(ringArea([])).toBe(0);
  });
});
