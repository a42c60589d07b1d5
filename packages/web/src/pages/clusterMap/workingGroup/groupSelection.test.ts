// Tests of the facilitator's choice of members: the start, the difference from the suggestion or
// the confirmed group, and the minimums the choice meets.

import { describe, expect, it } from 'vitest';
import type { OrganisationType } from '@kume/core';
import { groupDiff, initialSelection, sameMembers, selectionMinimums } from './groupSelection';

const suggestion = {
  members: [
    { id: 'a', reasons: [] },
    { id: 'b', reasons: [] },
  ],
};

describe('group selection', () => {
  it('starts from the confirmed group when there is one, else from the suggestion', () => {
    expect(initialSelection(suggestion, null)).toEqual(['a', 'b']);
    expect(initialSelection(suggestion, { memberIds: ['c', 'a'] })).toEqual(['c', 'a']);
  });

  it('the diff names the members added and the ones left out, in their lists’ order', () => {
    expect(groupDiff(['a', 'b', 'c'], ['d', 'c', 'a', 'e'])).toEqual({
      added: ['d', 'e'],
      removed: ['b'],
    });
    expect(sameMembers(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameMembers(['a', 'b'], ['a'])).toBe(false);
  });

  it('counts chambers, universities and the project’s firm types among the chosen', () => {
    const typeOf = new Map<string, OrganisationType>([
      ['ch', 'chamber'],
      ['u', 'university'],
      ['f', 'firm'],
      ['s', 'supplier'],
      ['n', 'ngo'],
    ]);
    const need = {
      chambers: { have: 9, need: 1 },
      universities: { have: 9, need: 1 },
      firms: { have: 9, need: 20 },
    };
    const met = selectionMinimums(
      ['ch', 'f', 's', 'n', 'gone'],
      typeOf,
      ['firm', 'supplier'],
      need,
    );
    expect(met).toEqual({
      chambers: { have: 1, need: 1 },
      universities: { have: 0, need: 1 },
      firms: { have: 2, need: 20 },
    });
    expect(selectionMinimums(['f', 's'], typeOf, ['firm'], need).firms.have).toBe(1);
  });
});
