import { describe, expect, it } from 'vitest';
import { type ClusterRelatedness, relatedClusters } from './relatedClusters';

const pair = (
  cluster: string,
  related: string,
  score: number,
  percentile: number,
): ClusterRelatedness => ({
  cluster,
  related,
  score,
  percentile,
});

const matrix = [
  pair('A', 'A', 3, 99), // within-cluster relatedness: never a neighbour
  pair('A', 'B', 2.5, 95), // R1 is strong in B already
  pair('A', 'C', 1.5, 92),
  pair('A', 'D', 1.2, 85), // below the default threshold
  pair('A', 'E', 2, 99),
  pair('C', 'A', 1, 90), // exactly at the threshold
];

const strong = new Map([
  ['R1', new Set(['A', 'B'])],
  ['R2', new Set(['C'])],
  ['R3', new Set<string>()],
]);

describe('relatedClusters', () => {
  it('lists, per strong cluster, the strongly related clusters where the region is not strong, highest score first', () => {
    expect(relatedClusters(strong, matrix)).toEqual([
      { region: 'R1', cluster: 'A', related: 'E', score: 2, percentile: 99 },
      { region: 'R1', cluster: 'A', related: 'C', score: 1.5, percentile: 92 },
      { region: 'R2', cluster: 'C', related: 'A', score: 1, percentile: 90 },
    ]);
  });

  it('takes a lower percentile threshold', () => {
    const neighbours = relatedClusters(strong, matrix, { minPercentile: 80 });
    expect(neighbours.filter((n) => n.region === 'R1').map((n) => n.related)).toEqual([
      'E',
      'C',
      'D',
    ]);
  });

  it('finds nothing for a region without strong clusters', () => {
    expect(relatedClusters(new Map([['R3', new Set<string>()]]), matrix)).toEqual([]);
  });
});
