// The working group suggestion: committed first, every stage and type covered, brokers, minimums.

import { describe, expect, it } from 'vitest';
import { suggestWorkingGroup, type WorkingGroupNode } from './workingGroup';

const chain = { stages: [{ id: 'casting' }, { id: 'machining' }, { id: 'assembly' }] };

const node = (id: string, extra: Partial<WorkingGroupNode> = {}): WorkingGroupNode => ({
  id,
  name: id,
  type: 'firm',
  stageId: null,
  willingness: null,
  influence: null,
  betweenness: null,
  participation: null,
  isBroker: false,
  ...extra,
});

const minimums = { chambers: 1, universities: 1, firms: 3 };

const nodes: WorkingGroupNode[] = [
  node('c1', { stageId: 'casting', willingness: 5, influence: 2 }),
  node('c2', { stageId: 'casting', willingness: 2, influence: 5 }),
  node('m1', { stageId: 'machining', willingness: 3, influence: 1 }),
  node('m2', { stageId: 'machining', willingness: 1, influence: 4 }),
  node('a1', { stageId: 'assembly', influence: 3 }),
  node('uni', { type: 'university', willingness: 4, influence: 3 }),
  node('ch1', { type: 'chamber', influence: 2 }),
  node('ch2', { type: 'chamber', influence: 5 }),
  node('bank', { type: 'finance', isBroker: true, participation: 0.6 }),
  node('ngo', { type: 'ngo', isBroker: true, participation: 0.7 }),
];

const reasonsOf = (result: ReturnType<typeof suggestWorkingGroup>, id: string) =>
  result.members.find((m) => m.id === id)?.reasons.map((r) => r.code);

describe('suggestWorkingGroup', () => {
  const result = suggestWorkingGroup({ nodes, chain, minimums });

  it('adds the committed organisations first, the more influential first', () => {
    expect(result.members.slice(0, 2).map((m) => m.id)).toEqual(['uni', 'c1']);
    expect(reasonsOf(result, 'uni')).toEqual(['committed', 'covers_type']);
  });

  it('covers each stage with a member already there, else the most willing organisation on it', () => {
    const stageReasons = result.members.flatMap((m) =>
      m.reasons.filter((r) => r.code === 'covers_stage').map((r) => [r.stageId, m.id]),
    );
    expect(stageReasons).toEqual([
      ['casting', 'c1'],
      ['machining', 'm1'],
      ['assembly', 'a1'],
    ]);
    expect(result.uncovered.stages).toEqual([]);
  });

  it('covers each actor type present and lists the missing ones as uncovered', () => {
    const types = result.members.flatMap((m) =>
      m.reasons.filter((r) => r.code === 'covers_type').map((r) => r.type),
    );
    // In member order: the committed university is first, then c1 for firms.
    expect(types).toEqual(['university', 'firm', 'chamber', 'ngo', 'finance']);
    expect(result.uncovered.types).toEqual(['supplier', 'service_provider', 'public_agency']);
    // The more willing chamber is equal (none assessed), so influence decides.
    expect(reasonsOf(result, 'ch2')).toEqual(['covers_type']);
    expect(reasonsOf(result, 'ch1')).toBeUndefined();
  });

  it('credits brokers and fills the firm minimum by influence, reporting the counts', () => {
    expect(reasonsOf(result, 'ngo')).toEqual(['covers_type', 'broker']);
    expect(reasonsOf(result, 'bank')).toEqual(['covers_type', 'broker']);
    expect(result.meetsMinimums).toEqual({
      chambers: { have: 1, need: 1 },
      universities: { have: 1, need: 1 },
      firms: { have: 3, need: 3 },
    });
    expect(reasonsOf(result, 'm2')).toBeUndefined();
    expect(reasonsOf(result, 'c2')).toBeUndefined();
  });

  it('adds firms for the minimum, most influential first, and reports a minimum it cannot meet', () => {
    const more = suggestWorkingGroup({
      nodes,
      chain,
      minimums: { chambers: 3, universities: 1, firms: 5 },
    });
    expect(reasonsOf(more, 'c2')).toEqual(['minimum_firm']);
    expect(reasonsOf(more, 'm2')).toEqual(['minimum_firm']);
    expect(reasonsOf(more, 'ch1')).toEqual(['minimum_chamber']);
    expect(more.meetsMinimums.chambers).toEqual({ have: 2, need: 3 });
    expect(more.meetsMinimums.firms).toEqual({ have: 5, need: 5 });
  });

  it('fills up to the size by influence and never cuts a required member', () => {
    const filled = suggestWorkingGroup({ nodes, chain, minimums, size: 8 });
    expect(filled.members).toHaveLength(8);
    expect(filled.members.slice(-1)[0]).toEqual({
      id: 'c2',
      reasons: [{ code: 'influential' }],
    });
    const small = suggestWorkingGroup({ nodes, chain, minimums, size: 2 });
    expect(small.members).toHaveLength(result.members.length);
  });

  it('lists a stage with nobody on it as uncovered, and is the same for any input order', () => {
    const withEmpty = { stages: [...chain.stages, { id: 'coating' }] };
    const forward = suggestWorkingGroup({ nodes, chain: withEmpty, minimums });
    const backward = suggestWorkingGroup({
      nodes: [...nodes].reverse(),
      chain: withEmpty,
      minimums,
    });
    expect(forward.uncovered.stages).toEqual(['coating']);
    expect(backward).toEqual(forward);
  });

  it('uses the readiness gate defaults: willingness 4 is committed, 20 firms needed', () => {
    const defaults = suggestWorkingGroup({ nodes, chain });
    expect(defaults.meetsMinimums.firms).toEqual({ have: 5, need: 20 });
    expect(reasonsOf(defaults, 'uni')?.[0]).toBe('committed');
  });
});
