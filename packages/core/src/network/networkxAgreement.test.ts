// Every network metric against networkx on known graphs (karate club, Padgett's Florentine
// families, directed, disconnected, weighted, self-loops and duplicates), to 1e-9 relative.

import { describe, expect, it } from 'vitest';
import {
  fixtureAvailable,
  loadNetworkFixture,
  networkFixtureNames,
  sharedGraphFile,
  type NetworkFixture,
} from '../../test/fixtures/network/loadNetworkFixture';
import { betweenness } from './betweenness';
import { buildGraph } from './buildGraph';
import { closeness } from './closeness';
import { clustering } from './clustering';
import { components } from './components';
import { degree } from './degree';
import { density } from './density';
import { eigenvector } from './eigenvector';
import type { Graph } from './graph';
import { networkMetrics } from './networkMetrics';
import { pathMetrics } from './pathMetrics';
import { reciprocity } from './reciprocity';

function graphOf(fixture: NetworkFixture): Graph {
  return buildGraph({
    nodes: fixture.nodes,
    edges: fixture.edges.map(([source, target, weight]) => ({ source, target, weight })),
    directed: fixture.directed,
  });
}

/** Equal within 1e-9 relative (1e-12 absolute near zero), naming the first node that differs. */
function expectClose(actual: ArrayLike<number>, expected: readonly number[], what: string): void {
  expect(actual.length, what).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i]!;
    const got = actual[i]!;
    if (Math.abs(got - want) > 1e-9 * Math.abs(want) + 1e-12) {
      expect.fail(`${what}: node ${i} is ${got}, networkx gives ${want}`);
    }
  }
}

// Graphs that live in ../shared/data (Padgett's families) run only when it is there.
const missing = networkFixtureNames.filter((name) => !fixtureAvailable(name));
describe.runIf(missing.length > 0)(
  `skipped, as ../shared/data is absent: the networkx checks on ${missing.join(', ')} (${missing.map(sharedGraphFile).join(', ')})`,
  () => {
    it('reports the graphs it could not read', () => {
      expect(missing.length).toBeGreaterThan(0);
    });
  },
);

describe.each(networkFixtureNames.filter(fixtureAvailable))(
  'on the %s graph the metrics equal networkx',
  (name) => {
    const fixture = loadNetworkFixture(name);
    const graph = graphOf(fixture);
    const want = fixture.expected;

    it('counts edges as networkx after merging duplicates', () => {
      expect(graph.edgeCount).toBe(want.edgeCount);
    });

    it('gives in, out and weighted degree', () => {
      const d = degree(graph);
      expectClose(d.out, want.degreeOut, 'out-degree');
      expectClose(d.in, want.degreeIn, 'in-degree');
      expectClose(d.total, want.degreeTotal, 'degree');
      expectClose(d.weightedOut, want.weightedOut, 'weighted out-degree');
      expectClose(d.weightedIn, want.weightedIn, 'weighted in-degree');
    });

    it('gives unnormalised and normalised betweenness', () => {
      expectClose(betweenness(graph), want.betweenness, 'betweenness');
      expectClose(
        betweenness(graph, { normalized: true }),
        want.betweennessNormalized,
        'normalised',
      );
    });

    it('gives closeness (Wasserman-Faust improved, incoming on directed graphs)', () => {
      expectClose(closeness(graph), want.closeness, 'closeness');
    });

    it('gives the same betweenness and closeness from the shared pass', () => {
      const paths = pathMetrics(graph);
      expectClose(paths.betweenness, want.betweenness, 'betweenness');
      expectClose(paths.closeness, want.closeness, 'closeness');
    });

    it('gives eigenvector centrality', () => {
      const result = eigenvector(graph);
      if (want.eigenvector === null) expect(result.converged).toBe(false);
      else expectClose(result.centrality, want.eigenvector, 'eigenvector');
    });

    it('gives the clustering coefficient', () => {
      expectClose(clustering(graph), want.clustering, 'clustering');
    });

    it('gives density, reciprocity, components and isolates', () => {
      expect(density(graph)).toBeCloseTo(want.density, 12);
      const r = reciprocity(graph);
      if (want.reciprocity === null) expect(r).toBeUndefined();
      else expect(r).toBeCloseTo(want.reciprocity, 12);
      const c = components(graph);
      expect(c.count).toBe(want.componentCount);
      expect([...c.isolates]).toEqual(want.isolates);
    });

    it('gives the same columns through networkMetrics', () => {
      const all = networkMetrics(graph);
      expectClose(all.betweenness, want.betweenness, 'betweenness');
      expectClose(all.closeness, want.closeness, 'closeness');
      expectClose(all.clustering, want.clustering, 'clustering');
      expectClose(all.degree.total, want.degreeTotal, 'degree');
      expect(all.components.count).toBe(want.componentCount);
    });
  },
);

describe.each(['weighted', 'selfLoopsAndDuplicates'] as const)(
  'on the %s graph weighted metrics equal networkx',
  (name) => {
    const fixture = loadNetworkFixture(name);
    const graph = graphOf(fixture);

    it('gives betweenness with weights as distances', () => {
      expectClose(
        betweenness(graph, { weighted: true }),
        fixture.expected.weightedBetweenness ?? [],
        'weighted betweenness',
      );
    });

    it('gives weighted eigenvector centrality', () => {
      expectClose(
        eigenvector(graph, { weighted: true }).centrality,
        fixture.expected.weightedEigenvector ?? [],
        'weighted eigenvector',
      );
    });
  },
);
