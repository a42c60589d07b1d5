import { describe, expect, it } from 'vitest';
import { StatsInputError } from '../statsInputError';
import { adjustedRandIndex } from './adjustedRandIndex';
import { clusterGrid, autoClusterCounts } from './clusterGrid';
import { clusterIndustries } from './clusterIndustries';
import { plantedBlocks } from './plantedBlocks';
import { relatednessMeasure } from './relatednessMeasure';

describe('clusterIndustries', () => {
  const { measure, truth } = plantedBlocks(3, 5);

  it('finds planted blocks with each method', () => {
    for (const method of ['hierarchical', 'kmeans', 'louvain'] as const) {
      const result = clusterIndustries(measure, { method, k: 3, threshold: 70 });
      expect({ method, ari: adjustedRandIndex(result.labels, truth) }).toEqual({ method, ari: 1 });
      expect(result.count).toBe(3);
    }
  });

  it('clusters hierarchically on a stated distance when one is given', () => {
    const n = truth.length;
    // Distance 0 inside blocks 0 and 1 together, so k = 2 joins them.
    const distance = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        distance[i * n + j] =
          i === j ? 0 : Math.min(truth[i]!, 1) === Math.min(truth[j]!, 1) ? 0.1 : 0.9;
    const result = clusterIndustries(measure, { method: 'hierarchical', k: 2, distance });
    expect(
      adjustedRandIndex(
        result.labels,
        truth.map((t) => Math.min(t, 1)),
      ),
    ).toBe(1);
  });

  it('refuses K larger than the number of industries, K < 2, and a missing K', () => {
    expect(() => clusterIndustries(measure, { method: 'hierarchical', k: 16 })).toThrow(
      '16 clusters is more than the 15 industries to cluster',
    );
    expect(() => clusterIndustries(measure, { method: 'kmeans', k: 1 })).toThrow(
      'the number of clusters must be a whole number of at least 2, got 1',
    );
    expect(() => clusterIndustries(measure, { method: 'louvain', k: 0 })).toThrow(StatsInputError);
    expect(() => clusterIndustries(measure, { method: 'kmeans' })).toThrow(
      'kmeans clustering needs the number of clusters',
    );
  });

  it('refuses industries without relatedness, naming them', () => {
    const nan = Number.NaN;
    const partial = relatednessMeasure(
      'input-output',
      ['A', 'B', 'C', 'D'],
      Float64Array.from([1, 0.5, 0.2, nan, 0.5, 1, 0.1, nan, 0.2, 0.1, 1, nan, nan, nan, nan, nan]),
    );
    expect(() => clusterIndustries(partial, { method: 'hierarchical', k: 2 })).toThrow(
      'input-output: 1 industries have no relatedness to cluster on (leave them out): D',
    );
  });
});

describe('clusterGrid', () => {
  const { measure, truth } = plantedBlocks(4, 5);

  it('ranks the planted number of clusters first and scores it perfectly', () => {
    const grid = clusterGrid(measure, [measure], { ks: [2, 4, 7], thresholds: [70] });
    expect(grid.length).toBe(9);
    const best = grid[0]!;
    expect(best.count).toBe(4);
    expect(adjustedRandIndex(best.labels, truth)).toBe(1);
    expect(best.scores.score).toBe(1);
    for (let i = 1; i < grid.length; i++)
      expect(grid[i]!.scores.score).toBeLessThanOrEqual(grid[i - 1]!.scores.score);
  });

  it('keeps the resolution Louvain used and leaves out thresholds that link nothing', () => {
    const grid = clusterGrid(measure, [measure], {
      methods: ['louvain'],
      ks: [4],
      thresholds: [70, 101],
    });
    expect(grid.length).toBe(1);
    expect(grid[0]!.parameters.resolution).toBeGreaterThan(0);
  });

  it('tries eight numbers of clusters from n / 20 to n / 4 when asked for auto', () => {
    expect(autoClusterCounts(400)).toEqual([20, 31, 43, 54, 66, 77, 89, 100]);
    expect(autoClusterCounts(8)).toEqual([2]);
  });
});
