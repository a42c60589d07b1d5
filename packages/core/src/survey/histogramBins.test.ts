// Histogram bins of number answers: Sturges' count on nice edges, every value in exactly one bin.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogramBins } from './histogramBins';

describe('histogramBins', () => {
  it('uses ceil(log2 n) + 1 bins on round edges, the maximum in the closed last bin', () => {
    // 8 values -> 4 bins over 3..200: a step of 50 (49.25 rounded to 1, 2 or 5 x 10^k).
    expect(histogramBins([3, 7, 12, 45, 48, 120, 200, 15])).toEqual([
      { x0: 0, x1: 50, count: 6 },
      { x0: 50, x1: 100, count: 0 },
      { x0: 100, x1: 150, count: 1 },
      { x0: 150, x1: 200, count: 1 },
    ]);
  });

  it('puts a value on an edge in the bin it opens and keeps decimal edges exact', () => {
    expect(histogramBins([0.1, 0.2, 0.3, 0.7, 1.1])).toEqual([
      { x0: 0, x1: 0.2, count: 1 },
      { x0: 0.2, x1: 0.4, count: 2 },
      { x0: 0.4, x1: 0.6, count: 0 },
      { x0: 0.6, x1: 0.8, count: 1 },
      { x0: 0.8, x1: 1, count: 0 },
      { x0: 1, x1: 1.2, count: 1 },
    ]);
  });

  it('gives one bin when all values are equal and none without finite values', () => {
    expect(histogramBins([4, 4, 4])).toEqual([{ x0: 4, x1: 4, count: 3 }]);
    expect(histogramBins([])).toEqual([]);
    expect(histogramBins([Number.NaN, Infinity])).toEqual([]);
  });

  it('falls back to equal bins over a range too narrow for exact round edges', () => {
    // The step would be below the smallest double: its inverse is Infinity.
    const bins = histogramBins([0, 5e-324, 1e-323]);
    expect(bins).toHaveLength(3);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(3);
    expect(bins[2]!.x1).toBe(1e-323);
    expect(histogramBins([1e6, 1e6 + 1e-9]).reduce((sum, bin) => sum + bin.count, 0)).toBe(2);
  });

  it('counts every finite value once, within its bin, on contiguous edges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (values) => {
          const bins = histogramBins(values);
          expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(values.length);
          expect(bins[0]!.x0).toBeLessThanOrEqual(Math.min(...values));
          expect(bins[bins.length - 1]!.x1).toBeGreaterThanOrEqual(Math.max(...values));
          for (let i = 1; i < bins.length; i += 1) expect(bins[i]!.x0).toBe(bins[i - 1]!.x1);
          expect(bins.length).toBeLessThanOrEqual(
            2 * (Math.ceil(Math.log2(values.length)) + 1) + 1,
          );
        },
      ),
    );
  });
});
