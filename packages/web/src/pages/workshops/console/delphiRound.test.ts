// Tests of delphiRound: when the console may start another iteration, the previous answers per
// item, and the items typed one per line.

import type { RoundView } from '@kume/core';
import { describe, expect, it } from 'vitest';
import { delphiItems, delphiNext, delphiRows } from './delphiRound';

const summary = (itemId: string, median: number | null) => ({
  itemId,
  count: median === null ? 0 : 4,
  median,
  q1: median === null ? null : median - 1,
  q3: median === null ? null : median + 1,
  iqr: median === null ? null : 2,
  counts: {},
});

function round(
  change: Partial<RoundView> = {},
  delphi: Partial<RoundView['delphi']> = {},
): RoundView {
  return {
    roundId: 'delphi',
    phase: 'vote',
    closed: false,
    timer: null,
    items: [
      { id: 'i1', text: 'Skilled workforce', categoryId: null, groupId: null, mine: false },
      { id: 'i2', text: 'Export markets', categoryId: null, groupId: null, mine: false },
    ],
    myBallot: null,
    ballotsCast: 0,
    notVoted: [],
    results: null,
    revealed: false,
    namedBallots: [],
    decision: null,
    confirmedCount: 0,
    confirmedByMe: false,
    delphi: {
      iteration: 1,
      maxIterations: 3,
      previous: null,
      settled: false,
      settledReason: null,
      ...delphi,
    },
    ...change,
  };
}

describe('delphiNext', () => {
  it('is ready in the vote phase of a live round before the last iteration', () => {
    expect(delphiNext(round(), true)).toBe('ready');
    expect(delphiNext(round({}, { iteration: 2 }), true)).toBe('ready');
  });

  it('refuses once the answers settled, at the last iteration, outside the vote phase, closed or offline', () => {
    expect(delphiNext(round({}, { settled: true, settledReason: 'consensus' }), true)).toBe(
      'settled',
    );
    expect(delphiNext(round({}, { iteration: 3 }), true)).toBe('finished');
    expect(delphiNext(round({ delphi: null }), true)).toBe('finished');
    expect(delphiNext(round({ phase: 'brainstorm' }), true)).toBe('wrong_phase');
    expect(delphiNext(round({ closed: true }), true)).toBe('closed');
    expect(delphiNext(round(), false)).toBe('offline');
  });
});

describe('delphiRows', () => {
  it('is empty during the first iteration', () => {
    expect(delphiRows(round())).toEqual([]);
  });

  it("gives the previous iteration's median and IQR with the item's text, leaving out removed items", () => {
    const previous = {
      iteration: 1,
      items: [summary('i2', 4), summary('i9', 3), summary('i1', null)],
    };
    expect(delphiRows(round({}, { iteration: 2, previous }))).toEqual([
      { itemId: 'i2', text: 'Export markets', count: 4, median: 4, q1: 3, q3: 5, iqr: 2 },
      {
        itemId: 'i1',
        text: 'Skilled workforce',
        count: 0,
        median: null,
        q1: null,
        q3: null,
        iqr: null,
      },
    ]);
  });
});

describe('delphiItems', () => {
  it('takes one item a line, trimmed, without blank lines or repeats', () => {
    expect(delphiItems(' Skilled workforce \r\n\n Export markets\nSkilled workforce\n')).toEqual({
      items: ['Skilled workforce', 'Export markets'],
      problem: null,
    });
    expect(delphiItems('  \n')).toEqual({ items: [], problem: null });
  });

  it('says when there are more than 30 items or one is longer than 280 characters', () => {
    const many = Array.from({ length: 31 }, (_, index) => `Item ${index}`).join('\n');
    expect(delphiItems(many).problem).toBe('too_many');
    expect(delphiItems(`ok\n${'x'.repeat(281)}`).problem).toBe('too_long');
    expect(delphiItems('x'.repeat(280)).problem).toBeNull();
  });
});
