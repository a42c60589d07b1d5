// Brokers: the participation coefficient, and the rule that a broker ties communities and carries
// many shortest paths.

import { describe, expect, it } from 'vitest';
import { brokers, participationCoefficient, selectBrokers } from './brokers';
import { buildGraph } from './buildGraph';
import { networkMetrics } from './networkMetrics';

describe('participationCoefficient', () => {
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
    const result = participationCoefficient(graph, community);
    expect(result.participation[0]).toBeCloseTo(1 - 3 * (1 / 3) ** 2, 12);
    expect(result.participation[1]).toBe(0);
    expect(result.participation[4]).toBe(0);
    const weighted = participationCoefficient(graph, community, { weighted: true });
    expect(weighted.participation[0]).toBeCloseTo(
      1 - (1 / 4) ** 2 - (2 / 4) ** 2 - (1 / 4) ** 2,
      12,
    );
  });

  it('counts the communities among a node and its neighbours, an isolate tying one', () => {
    expect([...participationCoefficient(graph, community).communitiesTied]).toEqual([
      3, 1, 2, 2, 1,
    ]);
  });
});

describe('selectBrokers', () => {
  // Every node ties two communities at participation 0.5, except node 2 (0.6), node 4 (0.2),
  // node 5 (one community) and node 6 (0.7).
  const coefficients = {
    participation: Float64Array.of(0.5, 0.5, 0.6, 0.5, 0.2, 0.5, 0.7, 0.5, 0.5, 0.5),
    communitiesTied: Int32Array.of(2, 2, 2, 2, 2, 1, 2, 2, 2, 2),
  };

  it('sets the threshold at the type-7 75th percentile of the non-zero betweenness', () => {
    // positives 1, 2, 3, 4, 6, 7, 8: h = 6 * 0.75 = 4.5, so 6 + 0.5 * (7 - 6) = 6.5 (with the
    // three zeros it would be 5.25 -> 4 + 0.25 * 2 = 4.5)
    const betweenness = Float64Array.of(8, 1, 2, 7, 3, 6, 0, 4, 0, 0);
    const result = selectBrokers(coefficients, betweenness);
    expect(result.betweennessThreshold).toBeCloseTo(6.5, 12);
    expect([...result.brokers]).toEqual([0, 3]);
  });

  it('needs participation >= 0.3, two communities and betweenness at the threshold', () => {
    // positives 1, 1, 1, 1, 1, 7, 8, 9, 9: h = 6, threshold 8. Node 4 (participation 0.2) and
    // node 5 (one community) are above it but not brokers; node 3 (7) is below it.
    const betweenness = Float64Array.of(8, 1, 1, 7, 9, 9, 0, 1, 1, 1);
    const result = selectBrokers(coefficients, betweenness);
    expect(result.betweennessThreshold).toBe(8);
    expect([...result.brokers]).toEqual([0]);
  });

  it('orders by participation, then betweenness, then index', () => {
    // positives 5, 5, 5, 6, 5: threshold 5; participation 0.6 first, then 0.5 by betweenness.
    const betweenness = Float64Array.of(5, 5, 5, 6, 0, 0, 0, 5, 0, 0);
    expect([...selectBrokers(coefficients, betweenness).brokers]).toEqual([2, 3, 0, 1, 7]);
  });

  it('finds no broker in a graph without betweenness', () => {
    const result = selectBrokers(coefficients, new Float64Array(10));
    expect(result.betweennessThreshold).toBe(Infinity);
    expect(result.brokers).toHaveLength(0);
  });
});

describe('brokers on a graph', () => {
  // Two triangles a and b, joined through x (a1 - x - b1); y ties a3 and b3, which are also tied
  // directly, so y lies on no shortest path between others.
  const graph = buildGraph({
    nodes: ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'x', 'y'],
    edges: [
      ['a1', 'a2'],
      ['a2', 'a3'],
      ['a1', 'a3'],
      ['b1', 'b2'],
      ['b2', 'b3'],
      ['b1', 'b3'],
      ['a1', 'x'],
      ['x', 'b1'],
      ['a3', 'b3'],
      ['a3', 'y'],
      ['y', 'b3'],
    ].map(([source, target]) => ({ source: source!, target: target! })),
    directed: false,
  });
  const community = Int32Array.of(0, 0, 0, 1, 1, 1, 0, 1);

  it('the bridge carrying paths is a broker; a node beside a direct tie is not', () => {
    const metrics = networkMetrics(graph);
    const result = brokers(graph, community, metrics.betweenness);
    const y = graph.ids.indexOf('y');
    expect(metrics.betweenness[y]).toBe(0);
    expect(result.participation[y]).toBeCloseTo(0.5, 12);
    const names = [...result.brokers].map((i) => graph.ids[i]);
    expect(names).not.toContain('y');
    expect(names.length).toBeGreaterThan(0);
    for (const i of result.brokers) {
      expect(metrics.betweenness[i]).toBeGreaterThanOrEqual(result.betweennessThreshold);
    }
  });
});
