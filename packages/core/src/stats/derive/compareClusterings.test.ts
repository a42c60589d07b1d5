import { describe, expect, it } from 'vitest';
import { compareClusterings } from './compareClusterings';

describe('compareClusterings', () => {
  const benchmark = {
    industries: ['a', 'b', 'c', 'd', 'e', 'f'],
    labels: [0, 0, 0, 1, 1, 1],
    clusters: ['Metal', 'Food'],
  };

  it('says which industries moved, matching each new cluster to the old one it shares most with', () => {
    const derived = {
      industries: ['f', 'e', 'd', 'c', 'b', 'a', 'z'],
      labels: [1, 1, 0, 1, 0, 0, 1],
      clusters: ['D01', 'D02'],
    };
    const result = compareClusterings(benchmark, derived);
    expect(result.common).toBe(6);
    expect(result.matches).toEqual(
      new Map([
        ['D02', 'Food'],
        ['D01', 'Metal'],
      ]),
    );
    expect(result.moved).toEqual([
      { industry: 'c', from: 'Metal', to: 'D02' },
      { industry: 'd', from: 'Food', to: 'D01' },
    ]);
    // a, b, c | d, e, f against a, b, d | c, e, f: contingency 2 1 / 1 2, index 2, sums 6 and
    // 6, pairs 15: expected 2.4, max 6, ARI = -0.4 / 3.6.
    expect(result.adjustedRandIndex).toBeCloseTo(-0.4 / 3.6, 12);
  });

  it('finds nothing moved between a definition and itself under other cluster names', () => {
    const renamed = { ...benchmark, clusters: ['X', 'Y'] };
    const result = compareClusterings(benchmark, renamed);
    expect(result.moved).toEqual([]);
    expect(result.adjustedRandIndex).toBe(1);
  });
});
