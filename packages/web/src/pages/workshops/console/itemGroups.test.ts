// Tests of itemGroups: heads with their members.

import { describe, expect, it } from 'vitest';
import { itemGroups, type ViewItem } from './itemGroups';

const item = (id: string, groupId: string | null = null): ViewItem => ({
  id,
  text: id,
  categoryId: null,
  groupId,
  mine: false,
});

describe('itemGroups', () => {
  it('puts grouped items under their head, heads in the order added', () => {
    const groups = itemGroups([item('i1'), item('i2', 'i3'), item('i3'), item('i4', 'i1')]);
    expect(groups.map((group) => [group.item.id, group.members.map((m) => m.id)])).toEqual([
      ['i1', ['i4']],
      ['i3', ['i2']],
    ]);
  });

  it('shows an item whose head is gone as a head', () => {
    expect(itemGroups([item('i2', 'i9')]).map((group) => group.item.id)).toEqual(['i2']);
  });
});
