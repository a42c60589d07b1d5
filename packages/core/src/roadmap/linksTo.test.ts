// The links between actions and items: who links an item, which keys name nothing.

import { describe, expect, it } from 'vitest';
import { linksTo, unknownItemKeys } from './linksTo';

const actions = [
  { id: 'a1', itemKeys: ['factor:w:f1', 'gap:empty_stage:x'], status: 'planned' },
  { id: 'a2', itemKeys: ['gap:empty_stage:x'], status: 'cancelled' },
  { id: 'a3', itemKeys: [], status: 'done' },
];

describe('linksTo', () => {
  it('returns every action linking the item, cancelled ones included, so a delete can be refused with the list', () => {
    expect(linksTo('gap:empty_stage:x', actions).map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(linksTo('factor:w:f1', actions).map((a) => a.id)).toEqual(['a1']);
  });

  it('returns nothing for an item no action links, so it may be deleted', () => {
    expect(linksTo('factor:w:f2', actions)).toEqual([]);
    expect(linksTo('factor:w', actions)).toEqual([]);
  });
});

describe('unknownItemKeys', () => {
  it('lists the keys that name no item, in order', () => {
    expect(
      unknownItemKeys(['factor:w:f1', 'manual:9', 'cluster:x'], [{ key: 'factor:w:f1' }]),
    ).toEqual(['manual:9', 'cluster:x']);
  });
});
