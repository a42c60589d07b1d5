// The importance-performance matrix: Martilla & James's quadrants around the chosen crosshairs.

import { describe, expect, it } from 'vitest';
import { importancePerformance } from './importancePerformance';

const factor = (id: string, importance: number | null, performance: number | null) => ({
  id,
  text: id,
  importance,
  performance,
});

describe('importancePerformance', () => {
  it('places factors around the means: concentrate here, keep up, low priority, possible overkill', () => {
    const matrix = importancePerformance([
      factor('skilled labour', 0.4, 2),
      factor('exports', 0.3, 4),
      factor('logistics', 0.1, 2.5),
      factor('trade fairs', 0.2, 4.5),
    ]);
    expect(matrix.importanceSplit).toBeCloseTo(0.25, 12);
    expect(matrix.performanceSplit).toBeCloseTo(3.25, 12);
    expect(matrix.rows.map((row) => row.quadrant)).toEqual([
      'concentrate_here',
      'keep_up',
      'low_priority',
      'possible_overkill',
    ]);
  });

  it('takes given crosshairs, counts a value on the split as high, and leaves incomplete factors unplaced', () => {
    const matrix = importancePerformance(
      [factor('a', 0.5, 3), factor('b', 0.5, 2.9), factor('c', null, 4), factor('d', 0.2, null)],
      {
        importanceSplit: 0.5,
        performanceSplit: 3,
      },
    );
    expect(matrix.rows.map((row) => row.quadrant)).toEqual([
      'keep_up',
      'concentrate_here',
      null,
      null,
    ]);
    expect(importancePerformance([]).rows).toEqual([]);
  });
});
