// Weakly connected components: a partition of the nodes that no edge crosses; isolates.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from './buildGraph';
import { components } from './components';

describe('components', () => {
  it('partitions the nodes so that no edge joins two components', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 40 }),
        fc.boolean(),
        (pairs, directed) => {
          const nodes = Array.from({ length: 30 }, (_, i) => String(i));
          const edges = pairs.map(([a, b]) => ({ source: String(a), target: String(b) }));
          const result = components(buildGraph({ nodes, edges, directed }));
          expect(result.sizes.reduce((sum, s) => sum + s, 0)).toBe(30);
          for (const [a, b] of pairs) expect(result.component[a]).toBe(result.component[b]);
          for (let c = 0; c < result.count; c++) {
            expect(result.component.filter((x) => x === c).length).toBe(result.sizes[c]);
          }
          const touched = new Set(pairs.flat());
          expect([...result.isolates]).toEqual(
            nodes.map((_, i) => i).filter((i) => !touched.has(i)),
          );
        },
      ),
    );
  });

  it('joins nodes linked only against the arc direction', () => {
    const result = components(
      buildGraph({
        edges: [
          { source: 'a', target: 'c' },
          { source: 'b', target: 'c' },
        ],
        directed: true,
      }),
    );
    expect(result.count).toBe(1);
  });

  it('does not count a node with only a self-loop as isolated', () => {
    const result = components(
      buildGraph({ nodes: ['a', 'b'], edges: [{ source: 'a', target: 'a' }], directed: false }),
    );
    expect([...result.isolates]).toEqual([1]);
    expect(result.count).toBe(2);
  });
});
