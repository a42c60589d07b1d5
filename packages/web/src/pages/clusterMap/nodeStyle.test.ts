// Tests of node colours, sizes and the legend, and of which nodes a gap highlights.

import { describe, expect, it } from 'vitest';
import { gapNodes } from './gapNodes';
import { UNPLACED } from './mapOptions';
import { MISSING_COLOUR, nodeColours, nodeSizes, PALETTE, scaleColour } from './nodeStyle';
import type { ClusterMapGap, ClusterMapNode } from './types';

function node(id: string, stageId: string | null, degree: number, employees: number | null) {
  return {
    id,
    name: id,
    type: 'firm',
    stageId,
    placement: null,
    employees,
    district: null,
    latitude: null,
    longitude: null,
    willingness: null,
    influence: null,
    metrics: {
      degree,
      inDegree: 0,
      outDegree: degree,
      weightedDegree: degree,
      betweenness: 0,
      closeness: null,
      eigenvector: null,
      clustering: null,
      community: 0,
      participation: null,
    },
  } as ClusterMapNode;
}

const nodes = [node('a', 's2', 0, 10), node('b', null, 4, null), node('c', 's1', 16, 40)];

describe('nodeColours', () => {
  it('colours stages in chain order and grey for organisations on no stage', () => {
    const { colours, legend } = nodeColours(nodes, 'stage', ['s1', 's2', 's3']);
    expect(colours).toEqual([PALETTE[1], MISSING_COLOUR, PALETTE[0]]);
    expect(legend).toEqual({
      kind: 'category',
      items: [
        { key: 's1', colour: PALETTE[0], count: 1 },
        { key: 's2', colour: PALETTE[1], count: 1 },
        { key: UNPLACED, colour: MISSING_COLOUR, count: 1 },
      ],
    });
  });

  it('maps a metric from the lightest colour at its minimum to the darkest at its maximum', () => {
    const { colours, legend } = nodeColours(nodes, 'employees', []);
    expect(colours).toEqual([scaleColour(0), MISSING_COLOUR, scaleColour(1)]);
    expect(legend).toMatchObject({ kind: 'scale', min: 10, max: 40, missing: 1 });
  });
});

describe('nodeSizes', () => {
  it('grows with the square root of the metric between the least and largest size', () => {
    expect(nodeSizes(nodes, 'degree', 2, 10)).toEqual([2, 2 + 8 * 0.5, 10]);
  });

  it('gives the least size to nodes without a value and to all when every value is equal', () => {
    expect(nodeSizes(nodes, 'employees', 2, 10)[1]).toBe(2);
    expect(
      nodeSizes([node('x', null, 3, null), node('y', null, 3, null)], 'degree', 2, 10),
    ).toEqual([2, 2]);
  });
});

describe('gapNodes', () => {
  const gap = (extra: Partial<ClusterMapGap>) =>
    ({
      kind: 'thin_stage',
      score: 0.5,
      evidence: {},
      suggestion: { tr: '', en: '' },
      ...extra,
    }) as ClusterMapGap;

  it("highlights the gap's stage, or both stages of a missing tie", () => {
    expect([...gapNodes(gap({ stage: 's1' }), nodes)]).toEqual(['c']);
    expect([
      ...gapNodes(gap({ kind: 'no_ties_between_stages', stages: ['s1', 's2'] }), nodes),
    ]).toEqual(['a', 'c']);
  });

  it('highlights nothing for a gap about an industry', () => {
    expect(gapNodes(gap({ kind: 'weak_supplier_industry', industry: '24' }), nodes).size).toBe(0);
  });
});
