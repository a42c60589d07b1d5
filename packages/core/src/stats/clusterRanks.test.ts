import { describe, expect, it } from 'vitest';
import { aggregateClusters } from './aggregateClusters';
import { bisectLeft, bisectRight } from './bisect';
import { buildClusterDefinition } from './clusterDefinition';
import { clusterRanks } from './clusterRanks';
import { statsTableFromRows } from './statsTableFromRows';

const { definition } = buildClusterDefinition([{ industry: 'c', cluster: 'c', type: 'traded' }]);

function ranksOf(jobs: Record<string, number>, exclude?: string) {
  const rows = Object.entries(jobs).map(([region, employment]) => ({
    region,
    industry: 'c',
    year: 2020,
    employment,
  }));
  const aggregate = aggregateClusters(statsTableFromRows(rows), definition);
  const excluded = exclude === undefined ? undefined : aggregate.regions.indexOf(exclude);
  const { rank, percentile } = clusterRanks(aggregate, aggregate.employment, excluded);
  return Object.fromEntries(
    aggregate.regions.map((region, r) => [region, [rank[r], percentile[r]]]),
  );
}

describe('clusterRanks', () => {
  it('ranks 1 = largest, ties sharing the best rank, percentile = share of others below', () => {
    const result = ranksOf({ A: 5, B: 9, C: 9, D: 1, E: 0 });
    expect(result.B).toEqual([1, (100 * 2) / 3]);
    expect(result.C).toEqual([1, (100 * 2) / 3]);
    expect(result.A).toEqual([3, 100 / 3]);
    expect(result.D).toEqual([4, 0]);
  });

  it('leaves regions without employment and the excluded region unranked', () => {
    const result = ranksOf({ A: 5, B: 9, E: 0, N: 100 }, 'N');
    expect(result.E).toEqual([0, Number.NaN]);
    expect(result.N).toEqual([0, Number.NaN]);
    expect(result.B).toEqual([1, 100]);
  });

  it('gives a region ranked alone rank 1 and percentile 100', () => {
    expect(ranksOf({ A: 5 }).A).toEqual([1, 100]);
  });
});

describe('bisect', () => {
  it('counts the values below and at or below a value in an ascending array', () => {
    const sorted = [1, 3, 3, 7];
    expect([0, 1, 3, 5, 8].map((v) => bisectLeft(sorted, v))).toEqual([0, 0, 1, 3, 4]);
    expect([0, 1, 3, 5, 8].map((v) => bisectRight(sorted, v))).toEqual([0, 1, 3, 3, 4]);
    expect(bisectRight(sorted, 3, 2)).toBe(2);
  });
});
