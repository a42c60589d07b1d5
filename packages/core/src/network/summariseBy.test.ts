// summariseBy: per-group count, mean and max of a node metric.

import { describe, expect, it } from 'vitest';
import { summariseBy } from './summariseBy';

describe('summariseBy', () => {
  it('gives count, mean and max per group in order of first appearance, skipping NaN and ungrouped nodes', () => {
    const metric = Float64Array.of(1, 4, 2, Number.NaN, 10, 7);
    const groups = ['supplier', 'producer', 'supplier', 'producer', null, 'university'];
    expect(summariseBy(metric, groups)).toEqual([
      { group: 'supplier', count: 2, mean: 1.5, max: 2 },
      { group: 'producer', count: 1, mean: 4, max: 4 },
      { group: 'university', count: 1, mean: 7, max: 7 },
    ]);
  });

  it('leaves mean and max undefined for a group with no numbers', () => {
    expect(summariseBy([Number.NaN], ['x'])).toEqual([
      { group: 'x', count: 0, mean: undefined, max: undefined },
    ]);
  });
});
