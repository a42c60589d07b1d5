import { describe, expect, it } from 'vitest';
import { StatsInputError } from '../statsInputError';
import { adjustedRandIndex } from './adjustedRandIndex';
import { averageLinkage, cutLinkage } from './averageLinkage';

/** Euclidean distances between 2-D points, n x n. */
function distances(points: number[][]): Float64Array {
  const n = points.length;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      d[i * n + j] = Math.hypot(points[i]![0]! - points[j]![0]!, points[i]![1]! - points[j]![1]!);
  return d;
}

// Ten points and scipy's answers (scipy 1.10 on /usr/bin/python3): rng = default_rng(7), after
// drawing a 6 x 4 matrix, P = round(rng.uniform(0, 10, (10, 2)), 1); Z = linkage(pdist(P),
// 'average'); heights Z[:, 2]; fcluster(Z, k, 'maxclust') for k = 2, 3, 4.
const points = [
  [0.4, 5.1],
  [4.7, 9.2],
  [6.3, 5.1],
  [5.0, 2.5],
  [0.1, 1.9],
  [6.9, 2.0],
  [3.7, 0.0],
  [8.3, 1.5],
  [2.7, 8.8],
  [5.1, 8.5],
];
const heights = [
  0.80622577483, 1.486606874732, 2.229142564963, 2.706438100176, 3.214031735998, 3.394223702638,
  4.288572471862, 6.413626889435, 7.016794075117,
];
const fcluster: Record<number, number[]> = {
  2: [2, 1, 2, 2, 2, 2, 2, 2, 1, 1],
  3: [2, 1, 3, 3, 2, 3, 3, 3, 1, 1],
  4: [2, 1, 3, 3, 2, 3, 4, 3, 1, 1],
};

describe('averageLinkage and cutLinkage', () => {
  const linkage = averageLinkage(distances(points), 10);

  it("merges at the heights of scipy's linkage(method='average')", () => {
    expect(linkage.height.length).toBe(9);
    linkage.height.forEach((h, m) => expect(h).toBeCloseTo(heights[m]!, 10));
  });

  it("cuts into the partitions of scipy's fcluster(criterion='maxclust')", () => {
    for (const k of [2, 3, 4]) {
      const labels = cutLinkage(linkage, k);
      expect(new Set(labels).size).toBe(k);
      expect(adjustedRandIndex(labels, fcluster[k]!)).toBe(1);
    }
  });

  it('gives one cluster per item at k = n and one cluster at k = 1', () => {
    expect(Array.from(cutLinkage(linkage, 10))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(cutLinkage(linkage, 1)).size).toBe(1);
  });

  it('refuses NaN, negative or asymmetric distances and a k out of range', () => {
    const d = distances(points);
    d[1] = Number.NaN;
    expect(() => averageLinkage(d, 10)).toThrow(StatsInputError);
    expect(() => averageLinkage(Float64Array.from([0, -1, -1, 0]), 2)).toThrow(
      /finite numbers >= 0/,
    );
    expect(() => averageLinkage(Float64Array.from([0, 1, 2, 0]), 2)).toThrow(/not symmetric/);
    expect(() => cutLinkage(linkage, 11)).toThrow('cannot cut 10 items into 11 clusters');
  });
});
