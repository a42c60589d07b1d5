// Louvain against networkx's louvain_communities: modularity within 3%, repeatable with a seed,
// and `modularity` equal to networkx's on networkx's own partition.

import { describe, expect, it } from 'vitest';
import { loadNetworkFixture } from '../../test/fixtures/network/loadNetworkFixture';
import { buildGraph } from './buildGraph';
import { louvain } from './louvain';
import { modularity } from './modularity';

const withLouvain = [
  'karate',
  'plantedPartition',
  'plantedDirected',
  'smallDirected',
  'disconnected',
  'weighted',
  'selfLoopsAndDuplicates',
] as const;

describe.each(withLouvain)('louvain on the %s graph', (name) => {
  const fixture = loadNetworkFixture(name);
  const graph = buildGraph({
    nodes: fixture.nodes,
    edges: fixture.edges.map(([source, target, weight]) => ({ source, target, weight })),
    directed: fixture.directed,
  });
  const networkxModularity = fixture.expected.louvainModularity ?? Number.NaN;

  it('modularity computes networkx modularity of networkx partition', () => {
    const community = Int32Array.from(fixture.expected.louvainCommunity ?? []);
    expect(modularity(graph, community)).toBeCloseTo(networkxModularity, 12);
  });

  it('finds communities with modularity within 3% of networkx louvain_communities', () => {
    const result = louvain(graph, { seed: 1 });
    expect(result.modularity).toBeGreaterThanOrEqual(networkxModularity * 0.97);
    expect(result.modularity).toBeCloseTo(modularity(graph, result.community), 12);
    expect(result.count).toBe(new Set(result.community).size);
  });

  it('repeats the same communities with the same seed', () => {
    expect(louvain(graph, { seed: 5 }).community).toEqual(louvain(graph, { seed: 5 }).community);
  });
});

describe('louvain', () => {
  it('recovers two cliques joined by one edge', () => {
    const edges = [];
    for (const group of [
      ['a', 'b', 'c', 'd'],
      ['e', 'f', 'g', 'h'],
    ]) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++)
          edges.push({ source: group[i]!, target: group[j]! });
      }
    }
    edges.push({ source: 'd', target: 'e' });
    const result = louvain(buildGraph({ edges, directed: false }));
    expect([...result.community]).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    // m = 13; each clique holds 6 edges and half of the degree sum 26.
    expect(result.modularity).toBeCloseTo(2 * (6 / 13 - (13 / 26) ** 2), 12);
  });

  it('lower resolution merges communities', () => {
    const fixture = loadNetworkFixture('plantedPartition');
    const graph = buildGraph({
      edges: fixture.edges.map(([source, target]) => ({ source, target })),
      directed: false,
    });
    expect(louvain(graph, { resolution: 0.05 }).count).toBeLessThan(louvain(graph).count);
  });

  it('gives every node its own community and modularity 0 on a graph without edges', () => {
    const result = louvain(buildGraph({ nodes: ['a', 'b'], edges: [], directed: false }));
    expect([...result.community]).toEqual([0, 1]);
    expect(result.modularity).toBe(0);
  });
});
