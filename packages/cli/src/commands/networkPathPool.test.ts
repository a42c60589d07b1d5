// The worker pool of `kume network metrics`: betweenness and closeness summed from worker threads
// equal core's single-thread pathMetrics, and the source ranges cover every node once.

import { buildGraph } from '@kume/core/network/buildGraph';
import { pathMetrics } from '@kume/core/network/pathMetrics';
import { describe, expect, it } from 'vitest';
import { pathMetricsInWorkers, sourceRanges, workerScript } from './networkPathPool';

/** A ring of 300 nodes with a chord every 7 nodes: paths of many lengths, one component. */
function ringGraph(directed: boolean) {
  const sources: string[] = [];
  const targets: string[] = [];
  for (let i = 0; i < 300; i += 1) {
    sources.push(`n${i}`);
    targets.push(`n${(i + 1) % 300}`);
    if (i % 7 === 0) {
      sources.push(`n${i}`);
      targets.push(`n${(i * 13 + 5) % 300}`);
    }
  }
  return buildGraph({ edges: { sources, targets }, directed });
}

describe('pathMetricsInWorkers', () => {
  it('splits the sources into consecutive ranges covering every node once', () => {
    expect(sourceRanges(10, 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 10],
    ]);
    expect(sourceRanges(2, 8)).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it.each([false, true])(
    'sums to the single-thread betweenness and closeness (directed: %s)',
    async (directed) => {
      const graph = ringGraph(directed);
      const script = await workerScript();
      expect(script).toBeDefined();
      const threaded = await pathMetricsInWorkers(graph, 2, script!);
      const single = pathMetrics(graph);
      expect(Math.max(...single.betweenness)).toBeGreaterThan(100);
      for (let i = 0; i < graph.nodeCount; i += 1) {
        expect(threaded.betweenness[i]).toBeCloseTo(single.betweenness[i]!, 9);
        expect(threaded.closeness[i]).toBeCloseTo(single.closeness[i]!, 12);
      }
    },
    20_000,
  );

  it.each([false, true])(
    'a worker on the first sources (one range) plus this thread on the rest gives the full values (directed: %s)',
    async (directed) => {
      const graph = ringGraph(directed);
      const script = await workerScript();
      const theirs = await pathMetricsInWorkers(graph, 1, script!, [0, 120], 1);
      const mine = pathMetrics(graph, { sources: [120, graph.nodeCount] });
      const single = pathMetrics(graph);
      // One range per worker: the very sums of pathMetrics over the same sources, bit for bit.
      expect(theirs).toEqual(pathMetrics(graph, { sources: [0, 120] }));
      expect(theirs.closeness[200]).toBe(0);
      for (let i = 0; i < graph.nodeCount; i += 1) {
        expect(theirs.betweenness[i]! + mine.betweenness[i]!).toBeCloseTo(
          single.betweenness[i]!,
          9,
        );
        expect(theirs.closeness[i]! + mine.closeness[i]!).toBeCloseTo(single.closeness[i]!, 12);
      }
    },
    20_000,
  );
});
