// Tests of the filters' visibility and the search of organisations.

import { describe, expect, it } from 'vitest';
import { NO_FILTERS, UNPLACED } from './mapOptions';
import { searchNodes } from './searchNodes';
import type { ClusterMapEdge, ClusterMapNode } from './types';
import { visibility } from './visibility';

function mapNode(id: string, extra: Partial<ClusterMapNode> = {}): ClusterMapNode {
  return {
    id,
    name: id,
    type: 'firm',
    stageId: 's1',
    placement: 'stage',
    employees: null,
    district: null,
    latitude: null,
    longitude: null,
    willingness: null,
    influence: null,
    isBroker: false,
    metrics: {
      degree: 0,
      inDegree: 0,
      outDegree: 0,
      weightedDegree: 0,
      betweenness: 0,
      closeness: null,
      eigenvector: null,
      clustering: null,
      community: 0,
      participation: null,
    },
    ...extra,
  };
}

function edge(id: string, source: string, target: string, extra: Partial<ClusterMapEdge> = {}) {
  return {
    id,
    source,
    target,
    relationType: 'supplier',
    sharePercent: null,
    frequency: null,
    location: null,
    confirmed: false,
    reportedBy: null,
    ...extra,
  } as ClusterMapEdge;
}

const nodes = [
  mapNode('a'),
  mapNode('b', { type: 'university', stageId: null }),
  mapNode('c', { stageId: 's2', metrics: { ...mapNode('c').metrics, community: 1 } }),
];
const edges = [edge('ab', 'a', 'b'), edge('ac', 'a', 'c', { relationType: 'customer' })];

describe('visibility', () => {
  it('shows everything without filters', () => {
    const v = visibility(nodes, edges, NO_FILTERS);
    expect([...v.nodes]).toEqual(['a', 'b', 'c']);
    expect([...v.edges]).toEqual(['ab', 'ac']);
  });

  it('hides a stage, the unplaced ones, a type or a community, and the relations they end', () => {
    expect([...visibility(nodes, edges, { ...NO_FILTERS, stages: new Set(['s2']) }).nodes]).toEqual(
      ['a', 'b'],
    );
    const unplaced = visibility(nodes, edges, { ...NO_FILTERS, stages: new Set([UNPLACED]) });
    expect([...unplaced.nodes]).toEqual(['a', 'c']);
    expect([...unplaced.edges]).toEqual(['ac']);
    expect([
      ...visibility(nodes, edges, { ...NO_FILTERS, types: new Set(['firm']) }).nodes,
    ]).toEqual(['b']);
    expect([
      ...visibility(nodes, edges, { ...NO_FILTERS, communities: new Set([1]) }).nodes,
    ]).toEqual(['a', 'b']);
  });

  it('hides relations of a hidden type but keeps their organisations', () => {
    const v = visibility(nodes, edges, {
      ...NO_FILTERS,
      relationTypes: new Set(['customer'] as const),
    });
    expect(v.nodes.size).toBe(3);
    expect([...v.edges]).toEqual(['ab']);
  });
});

describe('searchNodes', () => {
  const named = [
    mapNode('1', { name: 'Ege Döküm' }),
    mapNode('2', { name: 'İZMİR Makina', district: 'Bornova' }),
    mapNode('3', { name: 'Kuzey Izmir Döküm' }),
  ];

  it('matches Turkish letters typed on any keyboard, names starting with the query first', () => {
    expect(searchNodes(named, 'izmir').map((n) => n.id)).toEqual(['2', '3']);
    expect(searchNodes(named, 'DOKUM').map((n) => n.id)).toEqual(['1', '3']);
    expect(searchNodes(named, 'bornova').map((n) => n.id)).toEqual(['2']);
  });

  it('finds nothing for a blank query', () => {
    expect(searchNodes(named, '  ')).toEqual([]);
  });
});
