import { describe, expect, it } from 'vitest';
import { averageRanks, spearmanCorrelation } from './spearmanCorrelation';

describe('spearmanCorrelation', () => {
  it('agrees with scipy.stats.spearmanr, ties included', () => {
    // scipy 1.10: spearmanr([3,1,4,1,5,9,2,6], [2,7,1,8,2,8,1,8])[0] = 0.19885368120992467.
    expect(spearmanCorrelation([3, 1, 4, 1, 5, 9, 2, 6], [2, 7, 1, 8, 2, 8, 1, 8])).toBeCloseTo(
      0.19885368120992467,
      12,
    );
  });

  it('ranks ties by their mean rank, as scipy rankdata', () => {
    expect(Array.from(averageRanks([5, 1, 5, 3]))).toEqual([3.5, 1, 3.5, 2]);
  });

  it('is 1 for any increasing relation, -1 for a decreasing one, NaN without variance', () => {
    expect(spearmanCorrelation([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearmanCorrelation([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearmanCorrelation([1, 2, 3], [5, 5, 5])).toBeNaN();
  });

  it('leaves out pairs with a NaN', () => {
    expect(spearmanCorrelation([1, 2, Number.NaN, 3], [1, 2, 0, 3])).toBeCloseTo(1, 12);
  });
});
