import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './adjustedRandIndex';
import { plantedBlocks } from './plantedBlocks';
import { kMeansRows } from './kMeansRows';

describe('kMeansRows', () => {
  it('separates two clouds of points, the best of its restarts by inertia', () => {
    const rows = Float64Array.from([0, 0, 0.1, 0.2, 0.2, 0, 5, 5, 5.1, 4.9, 4.8, 5.2]);
    const result = kMeansRows(rows, 6, 2, 2, { seed: 2 });
    expect(Array.from(result.labels)).toEqual([0, 0, 0, 1, 1, 1]);
    // Inertia by hand: each cloud's squared distances to its mean.
    const cloud = (xs: number[], ys: number[]) => {
      const mx = xs.reduce((s, v) => s + v, 0) / 3;
      const my = ys.reduce((s, v) => s + v, 0) / 3;
      return xs.reduce((s, x, i) => s + (x - mx) ** 2 + (ys[i]! - my) ** 2, 0);
    };
    expect(result.inertia).toBeCloseTo(
      cloud([0, 0.1, 0.2], [0, 0.2, 0]) + cloud([5, 5.1, 4.8], [5, 4.9, 5.2]),
      10,
    );
  });

  it('finds planted blocks from the rows of a relatedness matrix', () => {
    const { measure, truth } = plantedBlocks(4, 6);
    const n = truth.length;
    const { labels } = kMeansRows(measure.values, n, n, 4, { seed: 1 });
    expect(adjustedRandIndex(labels, truth)).toBe(1);
  });

  it('repeats itself with the same seed', () => {
    const { measure, truth } = plantedBlocks(5, 4);
    const n = truth.length;
    const a = kMeansRows(measure.values, n, n, 7, { seed: 9, restarts: 2 });
    const b = kMeansRows(measure.values, n, n, 7, { seed: 9, restarts: 2 });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(a.inertia).toBe(b.inertia);
  });

  it('refuses k out of range and values that are not numbers', () => {
    expect(() => kMeansRows(new Float64Array(4), 2, 2, 3)).toThrow(
      'k-means: cannot make 3 clusters of 2 rows',
    );
    expect(() => kMeansRows(Float64Array.from([0, Number.NaN, 1, 1]), 2, 2, 1)).toThrow(
      'k-means: row 0 has a value that is not a number',
    );
  });
});
