// buildGraph: interning, CSR layout, duplicate and self-loop handling, and its error messages.

import { describe, expect, it } from 'vitest';
import { buildGraph } from './buildGraph';
import { NetworkInputError } from './networkInputError';

const rowsOf = (graph: ReturnType<typeof buildGraph>, u: number) =>
  [...graph.targets.subarray(graph.offsets[u], graph.offsets[u + 1])].map((v) => graph.ids[v]);

describe('buildGraph', () => {
  it('interns ids in the order of the node list, or else of first appearance', () => {
    const edges = [
      { source: 'x', target: 'z' },
      { source: 'y', target: 'x' },
    ];
    expect(buildGraph({ edges, directed: false }).ids).toEqual(['x', 'z', 'y']);
    const listed = buildGraph({ nodes: ['z', 'y', 'x', 'w'], edges, directed: false });
    expect(listed.ids).toEqual(['z', 'y', 'x', 'w']);
    expect(listed.nodeCount).toBe(4);
  });

  it('rejects an edge to a node missing from the node list, naming the edge', () => {
    const build = () =>
      buildGraph({
        nodes: ['a', 'b'],
        edges: [
          { source: 'a', target: 'b' },
          { source: 'b', target: 'c' },
        ],
        directed: true,
      });
    expect(build).toThrow(NetworkInputError);
    expect(build).toThrow('edge 1: the target "c" is not in the node list');
  });

  it.each([
    [-1, 'edge 0: the weight -1 is not a finite number >= 0'],
    [Number.NaN, 'edge 0: the weight NaN is not a finite number >= 0'],
    [Number.POSITIVE_INFINITY, 'edge 0: the weight Infinity is not a finite number >= 0'],
  ])('rejects the weight %s', (weight, message) => {
    expect(() =>
      buildGraph({ edges: [{ source: 'a', target: 'b', weight }], directed: false }),
    ).toThrow(message);
  });

  it('rejects empty ids and repeated node ids', () => {
    expect(() => buildGraph({ edges: [{ source: 'a', target: '' }], directed: false })).toThrow(
      'edge 0: the target id is empty',
    );
    expect(() => buildGraph({ nodes: ['a', 'a'], edges: [], directed: false })).toThrow(
      'node 1: the id "a" is repeated',
    );
  });

  it('rejects edge columns of different lengths', () => {
    expect(() =>
      buildGraph({ edges: { sources: ['a', 'b'], targets: ['b'] }, directed: false }),
    ).toThrow(NetworkInputError);
  });

  it('merges duplicate undirected edges both ways, summing weights, and counts them', () => {
    const graph = buildGraph({
      edges: {
        sources: ['a', 'b', 'a', 'b'],
        targets: ['b', 'a', 'b', 'c'],
        weights: Float64Array.of(1, 2, 3, 4),
      },
      directed: false,
    });
    expect(graph.duplicateEdgeCount).toBe(2);
    expect(graph.edgeCount).toBe(2);
    expect(rowsOf(graph, 0)).toEqual(['b']);
    expect(graph.weights[graph.offsets[0]!]).toBe(6);
    expect(rowsOf(graph, 1)).toEqual(['a', 'c']);
  });

  it('keeps a-b and b-a apart on a directed graph, with in-adjacency', () => {
    const graph = buildGraph({
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a' },
        { source: 'c', target: 'b' },
      ],
      directed: true,
    });
    expect(graph.duplicateEdgeCount).toBe(0);
    expect(graph.edgeCount).toBe(3);
    expect(rowsOf(graph, 1)).toEqual(['a']);
    const b = 1;
    expect([...graph.inSources.subarray(graph.inOffsets[b], graph.inOffsets[b + 1])]).toEqual([
      0, 2,
    ]);
  });

  it('keeps self-loops out of the adjacency, counting them and summing their weights', () => {
    const graph = buildGraph({
      edges: [
        { source: 'a', target: 'a', weight: 2 },
        { source: 'a', target: 'a', weight: 3 },
        { source: 'a', target: 'b' },
      ],
      directed: false,
    });
    expect(graph.selfLoopCount).toBe(1);
    expect(graph.duplicateEdgeCount).toBe(1);
    expect(graph.selfLoopWeight[0]).toBe(5);
    expect(rowsOf(graph, 0)).toEqual(['b']);
    expect(graph.edgeCount).toBe(2);
  });

  it('sorts each adjacency row by node index', () => {
    const graph = buildGraph({
      nodes: ['a', 'b', 'c', 'd'],
      edges: [
        { source: 'a', target: 'd' },
        { source: 'a', target: 'b' },
        { source: 'c', target: 'a' },
      ],
      directed: false,
    });
    expect(rowsOf(graph, 0)).toEqual(['b', 'c', 'd']);
  });
});
