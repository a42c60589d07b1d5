// The coverage check: success factors and large gaps without an action.

import { describe, expect, it } from 'vitest';
import type { RoadmapItem, RoadmapItemKind } from './roadmapItem';
import { uncoveredItems } from './uncoveredItems';

const item = (
  key: string,
  kind: RoadmapItemKind,
  extra: Partial<RoadmapItem> = {},
): RoadmapItem => ({
  key,
  kind,
  title: { tr: key, en: key },
  detail: { tr: '', en: '' },
  weight: null,
  score: null,
  figures: {},
  quadrant: null,
  parentKey: null,
  source: { kind: 'workshop', id: 'w', label: { tr: 'W', en: 'W' }, date: null },
  sourceState: 'present',
  ...extra,
});

const items = [
  item('vision:w', 'vision'),
  item('factor:w:light', 'success_factor', { weight: 0.05 }),
  item('factor:w:heavy', 'success_factor', { weight: 0.6 }),
  item('factor:w:unweighted', 'success_factor'),
  item('factor:w:gone', 'success_factor', { weight: 0.9, sourceState: 'gone' }),
  item('gap:thin_stage:a', 'value_chain_gap', { score: 0.27 }),
  item('gap:no_ties_between_stages:a-b', 'value_chain_gap', { score: 0.6 }),
  item('gap:empty_stage:b', 'investment_need', { score: 1 }),
  item('skill:w:s', 'skill_gap', { score: 12 }),
];
const keys = (list: RoadmapItem[]) => list.map((i) => i.key);

describe('uncoveredItems', () => {
  it('lists every success factor, heaviest first, then gaps scoring at least 0.5, largest first', () => {
    expect(keys(uncoveredItems(items, []))).toEqual([
      'factor:w:heavy',
      'factor:w:light',
      'factor:w:unweighted',
      'gap:empty_stage:b',
      'gap:no_ties_between_stages:a-b',
    ]);
  });

  it('leaves out what an action addresses, unless that action is cancelled', () => {
    const actions = [
      { itemKeys: ['factor:w:heavy', 'gap:empty_stage:b'], status: 'in_progress' as const },
      { itemKeys: ['factor:w:light'], status: 'cancelled' as const },
    ];
    expect(keys(uncoveredItems(items, actions))).toEqual([
      'factor:w:light',
      'factor:w:unweighted',
      'gap:no_ties_between_stages:a-b',
    ]);
  });

  it('asks only for factors above a weight when given, keeping unweighted ones, and for smaller gaps on request', () => {
    expect(keys(uncoveredItems(items, [], { minFactorWeight: 0.1, largeGapScore: 0.2 }))).toEqual([
      'factor:w:heavy',
      'factor:w:unweighted',
      'gap:empty_stage:b',
      'gap:no_ties_between_stages:a-b',
      'gap:thin_stage:a',
    ]);
  });
});
