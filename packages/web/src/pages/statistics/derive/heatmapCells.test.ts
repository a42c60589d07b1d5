// The heat map's colours and the cell under the pointer.

import { describe, expect, it } from 'vitest';
import { cellAt, clusterAt, colourOf, MISSING_COLOUR } from './heatmapCells';

describe('heat map cells', () => {
  it('colours 0 near white, 100 dark blue, a missing value grey, and darker as relatedness grows', () => {
    expect(colourOf(0)).toEqual([248, 249, 250]);
    expect(colourOf(100)).toEqual([11, 45, 110]);
    expect(colourOf(null)).toBe(MISSING_COLOUR);
    expect(colourOf(140)).toEqual(colourOf(100));
    const brightness = (p: number) => colourOf(p).reduce((sum, c) => sum + c, 0);
    for (let p = 0; p < 100; p += 5) expect(brightness(p + 5)).toBeLessThan(brightness(p));
  });

  it('finds the cell under the pointer, none outside the square', () => {
    expect(cellAt(0, 0, 300, 3)).toEqual({ row: 0, column: 0 });
    expect(cellAt(299.9, 150, 300, 3)).toEqual({ row: 1, column: 2 });
    expect(cellAt(300, 10, 300, 3)).toBeNull();
    expect(cellAt(-1, 10, 300, 3)).toBeNull();
  });

  it('finds the cluster of a position from where the clusters start', () => {
    expect([0, 3, 4, 7, 9].map((i) => clusterAt(i, [0, 4, 8]))).toEqual([0, 0, 1, 1, 2]);
  });
});
