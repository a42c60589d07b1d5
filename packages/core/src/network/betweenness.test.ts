// Betweenness: hand-computed cases, summable source ranges, and the exact values on trees.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betweenness } from './betweenness';
import { buildGraph } from './buildGraph';
import { pathMetrics } from './pathMetrics';

const path = (ids: string[], directed = false) =>
  buildGraph({
    edges: ids.slice(1).map((id, i) => ({ source: ids[i]!, target: id })),
    directed,
  });

/** A random tree: node i > 0 hangs from parents[i - 1] (taken modulo i). */
const treeArbitrary = fc
  .array(fc.nat(), { minLength: 1, maxLength: 40 })
  .map((parents) =>
    parents.map((p, k) => ({ source: String(p % (k + 1)), target: String(k + 1) })),
  );

describe('betweenness', () => {
  it('counts each unordered pair once on an undirected path', () => {
    // a-b-c-d: b lies between a-c and a-d, c between a-d and b-d.
    expect([...betweenness(path(['a', 'b', 'c', 'd']))]).toEqual([0, 2, 2, 0]);
  });

  it('counts ordered pairs on a directed path', () => {
    expect([...betweenness(path(['a', 'b', 'c'], true))]).toEqual([0, 1, 0]);
  });

  it('splits a pair over equally short paths', () => {
    const square = buildGraph({
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'c', target: 'd' },
        { source: 'd', target: 'a' },
      ],
      directed: false,
    });
    expect([...betweenness(square)]).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('prefers the lighter route when weights are distances', () => {
    const graph = buildGraph({
      edges: [
        { source: 'a', target: 'b', weight: 1 },
        { source: 'b', target: 'c', weight: 1 },
        { source: 'a', target: 'c', weight: 5 },
      ],
      directed: false,
    });
    expect([...betweenness(graph)]).toEqual([0, 0, 0]);
    expect([...betweenness(graph, { weighted: true })]).toEqual([0, 1, 0]);
  });

  it('gives results over source ranges that sum to the whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(14), fc.nat(14)), { maxLength: 60 }),
        fc.boolean(),
        fc.nat(15),
        (pairs, directed, cut) => {
          const graph = buildGraph({
            edges: pairs.map(([a, b]) => ({ source: String(a), target: String(b) })),
            directed,
          });
          const whole = pathMetrics(graph);
          const first = pathMetrics(graph, { sources: [0, cut] });
          const second = pathMetrics(graph, { sources: [cut, graph.nodeCount] });
          for (let i = 0; i < graph.nodeCount; i++) {
            expect(first.betweenness[i]! + second.betweenness[i]!).toBeCloseTo(
              whole.betweenness[i]!,
              9,
            );
            expect(first.closeness[i]! + second.closeness[i]!).toBeCloseTo(whole.closeness[i]!, 12);
          }
        },
      ),
    );
  });

  it('equals, on a tree, the number of pairs that removing the node separates', () => {
    fc.assert(
      fc.property(treeArbitrary, (edges) => {
        const graph = buildGraph({ edges, directed: false });
        const values = betweenness(graph);
        const n = graph.nodeCount;
        for (let v = 0; v < n; v++) {
          // Sizes of the branches at v; pairs in different branches pass through v.
          const seen = new Uint8Array(n);
          seen[v] = 1;
          let separated = 0;
          let before = 0;
          for (let k = graph.offsets[v]!; k < graph.offsets[v + 1]!; k++) {
            const stack = [graph.targets[k]!];
            seen[stack[0]!] = 1;
            let size = 0;
            while (stack.length > 0) {
              const u = stack.pop()!;
              size++;
              for (let j = graph.offsets[u]!; j < graph.offsets[u + 1]!; j++) {
                const w = graph.targets[j]!;
                if (seen[w] === 0) {
                  seen[w] = 1;
                  stack.push(w);
                }
              }
            }
            separated += before * size;
            before += size;
          }
          expect(values[v]).toBeCloseTo(separated, 9);
        }
      }),
    );
  });
});
