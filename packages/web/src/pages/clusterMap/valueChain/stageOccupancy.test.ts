// Tests of who the value-chain page shows on each stage, and the gap badges.

import { describe, expect, it } from 'vitest';
import type { ClusterMapView } from '@kume/server';
import { stageOccupancy } from './stageOccupancy';

type Node = ClusterMapView['nodes'][number];
const node = (id: string, stageId: string | null, placement: Node['placement']) =>
  ({ id, name: id, type: 'firm', stageId, placement }) as Node;

describe('stageOccupancy', () => {
  it('lists each stage’s organisations by name with how they were placed, and its gap', () => {
    const map = {
      chain: { stages: [{ id: 'casting' }, { id: 'machining' }, { id: 'assembly' }] },
      nodes: [
        node('Zeta', 'casting', 'code'),
        node('Alfa', 'casting', 'stage'),
        node('x', null, null),
      ],
      gaps: [
        { kind: 'thin_stage', stage: 'casting' },
        { kind: 'empty_stage', stage: 'machining' },
        { kind: 'no_ties_between_stages', stages: ['casting', 'machining'] },
      ] as ClusterMapView['gaps'],
    };
    const byStage = stageOccupancy(map, (a, b) => a.localeCompare(b));
    expect(byStage.get('casting')).toEqual({
      organisations: [
        { id: 'Alfa', name: 'Alfa', type: 'firm', placement: 'stage' },
        { id: 'Zeta', name: 'Zeta', type: 'firm', placement: 'code' },
      ],
      gap: 'thin',
    });
    expect(byStage.get('machining')).toEqual({ organisations: [], gap: 'empty' });
    expect(byStage.get('assembly')).toEqual({ organisations: [], gap: null });
    expect(byStage.has('new_stage')).toBe(false);
  });
});
