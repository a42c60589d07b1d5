import { describe, expect, it } from 'vitest';
import { StatsInputError } from '../statsInputError';
import { adjustedRandIndex } from './adjustedRandIndex';
import { plantedBlocks } from './plantedBlocks';
import { louvainClusters } from './louvainClusters';

describe('louvainClusters', () => {
  it('finds planted blocks in the graph of pairs above the threshold', () => {
    const { measure, truth } = plantedBlocks(4, 8);
    // Within-block pairs are the top 7/31 of all pairs, about the 77th percentile and up.
    const result = louvainClusters(measure.industries, measure.percentiles, { threshold: 80 });
    expect(result.count).toBe(4);
    expect(adjustedRandIndex(result.labels, truth)).toBe(1);
  });

  it('searches the resolution for a number of clusters', () => {
    const { measure } = plantedBlocks(4, 8);
    const result = louvainClusters(measure.industries, measure.percentiles, {
      threshold: 70,
      k: 2,
    });
    expect(result.count).toBe(2);
    expect(result.resolution).toBeLessThan(1);
  });

  it('puts an industry without links in the community it is most related to', () => {
    const { measure, truth } = plantedBlocks(2, 5);
    const n = truth.length;
    const percentiles = Float64Array.from(measure.percentiles);
    // Industry 0 keeps its ranks to its block (below the threshold) but has no link.
    for (let j = 1; j < n; j++) {
      const p = truth[j] === 0 ? 85 : 10;
      percentiles[j] = p;
      percentiles[j * n] = p;
    }
    const result = louvainClusters(measure.industries, percentiles, { threshold: 90 });
    expect(result.labels[0]).toBe(result.labels[1]);
    expect(adjustedRandIndex(result.labels, truth)).toBe(1);
  });

  it('refuses a threshold that no pair reaches', () => {
    const { measure } = plantedBlocks(2, 3);
    expect(() =>
      louvainClusters(measure.industries, measure.percentiles, { threshold: 101 }),
    ).toThrow(StatsInputError);
  });
});
