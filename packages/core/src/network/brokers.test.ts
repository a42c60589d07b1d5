// Brokers: the participation coefficient and which nodes tie communities together.

import { describe, expect, it } from 'vitest';
import { brokers } from './brokers';
import { buildGraph } from './buildGraph';

describe('brokers', () => {
  // a, b in community 0; c in 1; d in 2. a ties b, c and d; b ties only a.
  const graph = buildGraph({
    nodes: ['a', 'b', 'c', 'd', 'e'],
    edges: [
      { source: 'a', target: 'b' },
      { source: 'a', target: 'c', weight: 2 },
      { source: 'd', target: 'a' },
    ],
    directed: true,
  });
  const community = Int32Array.of(0, 0, 1, 2, 3);

  it('gives 1 - sum of squared shares of ties per community', () => {
    const result = brokers(graph, community);
    expect(result.participation[0]).toBeCloseTo(1 - 3 * (1 / 3) ** 2, 12);
    expect(result.participation[1]).toBe(0);
    expect(result.participation[4]).toBe(0);
    expect(brokers(graph, community, { weighted: true }).participation[0]).toBeCloseTo(
      1 - (1 / 4) ** 2 - (2 / 4) ** 2 - (1 / 4) ** 2,
      12,
    );
  });

  it('lists nodes tying two or more communities, most participating first', () => {
    const result = brokers(graph, community);
    expect([...result.communitiesTied]).toEqual([3, 1, 2, 2, 1]);
    expect([...result.brokers]).toEqual([0, 2, 3]);
  });
});
