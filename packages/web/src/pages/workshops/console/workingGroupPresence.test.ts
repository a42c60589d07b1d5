// Tests of workingGroupPresence: an organisation is present when one of its people is.

import { describe, expect, it } from 'vitest';
import { workingGroupPresence } from './workingGroupPresence';

describe('workingGroupPresence', () => {
  it('splits the working group into organisations present and missing, keeping their order', () => {
    const presence = workingGroupPresence({
      workingGroup: [
        { id: 'a', name: 'Bakır Makina', present: [] },
        { id: 'b', name: 'Çekiç Döküm', present: ['Ayşe', null] },
        { id: 'c', name: 'Demir Kalıp', present: [] },
      ],
      unaffiliated: 1,
    });
    expect(presence?.present.map(({ id }) => id)).toEqual(['b']);
    expect(presence?.missing.map(({ id }) => id)).toEqual(['a', 'c']);
  });

  it('says nothing when the project has no confirmed working group or it is empty', () => {
    expect(workingGroupPresence({ workingGroup: null, unaffiliated: 2 })).toBeNull();
    expect(workingGroupPresence({ workingGroup: [], unaffiliated: 0 })).toBeNull();
    expect(workingGroupPresence(undefined)).toBeNull();
  });
});
