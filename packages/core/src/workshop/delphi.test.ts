// Delphi summaries (median, quartiles, counts) and when a Delphi round has settled.

import { describe, expect, it } from 'vitest';
import { type DelphiSummary, delphiHistorySettled, delphiSettled, delphiSummary } from './delphi';
import { delphiSettingsSchema } from './workshopModel';

const settings = delphiSettingsSchema.parse({});

function summary(
  iteration: number,
  items: [string, number | null, number | null][],
): DelphiSummary {
  return {
    iteration,
    items: items.map(([itemId, median, iqr]) => ({
      itemId,
      count: median === null ? 0 : 5,
      median,
      q1: null,
      q3: null,
      iqr,
      counts: {},
    })),
  };
}

describe('delphiSummary', () => {
  it('gives each item its count, type-7 median and quartiles, and how many gave each rating', () => {
    const result = delphiSummary(2, ['a', 'b'], [{ a: 1, b: 4 }, { a: 2 }, { a: 2 }, { a: 5 }]);
    expect(result).toEqual({
      iteration: 2,
      items: [
        {
          itemId: 'a',
          count: 4,
          median: 2,
          q1: 1.75,
          q3: 2.75,
          iqr: 1,
          counts: { 1: 1, 2: 2, 5: 1 },
        },
        { itemId: 'b', count: 1, median: 4, q1: 4, q3: 4, iqr: 0, counts: { 4: 1 } },
      ],
    });
    expect(delphiSummary(1, ['a'], []).items[0]).toMatchObject({
      count: 0,
      median: null,
      iqr: null,
    });
  });
});

describe('delphiSettled', () => {
  it('settles on consensus when every rated item has an IQR of at most 1', () => {
    expect(
      delphiSettled(
        null,
        summary(1, [
          ['a', 3, 1],
          ['b', 4, 0],
        ]),
        settings,
      ),
    ).toEqual({ settled: true, reason: 'consensus' });
    expect(
      delphiSettled(
        null,
        summary(1, [
          ['a', 3, 1],
          ['b', 4, 2],
        ]),
        settings,
      ).settled,
    ).toBe(false);
  });

  it('settles when every median moved by less than 0.5 since the previous iteration', () => {
    const before = summary(1, [
      ['a', 3, 2],
      ['b', 4, 2],
    ]);
    expect(
      delphiSettled(
        before,
        summary(2, [
          ['a', 3, 2],
          ['b', 4.25, 2],
        ]),
        settings,
      ),
    ).toEqual({ settled: true, reason: 'stable' });
    expect(
      delphiSettled(
        before,
        summary(2, [
          ['a', 3, 2],
          ['b', 4.5, 2],
        ]),
        settings,
      ).settled,
    ).toBe(false);
  });

  it('ends after the last iteration whatever the answers, and never settles on no answers before it', () => {
    const wide = summary(4, [['a', 3, 3]]);
    expect(delphiSettled(summary(3, [['a', 1, 3]]), wide, settings)).toEqual({
      settled: true,
      reason: 'last_iteration',
    });
    expect(delphiSettled(null, summary(1, [['a', null, null]]), settings)).toEqual({
      settled: false,
      reason: null,
    });
    expect(
      delphiSettled(null, summary(2, [['a', 3, 3]]), { ...settings, maxIterations: 2 }).reason,
    ).toBe('last_iteration');
  });
});

describe('delphiHistorySettled', () => {
  it('is not settled before an iteration has finished, then judges the last two finished ones', () => {
    expect(delphiHistorySettled([], settings)).toEqual({ settled: false, reason: null });
    const spread = delphiSummary(1, ['a'], [{ a: 1 }, { a: 5 }]);
    expect(delphiHistorySettled([spread], settings).settled).toBe(false);
    const same = delphiSummary(2, ['a'], [{ a: 1 }, { a: 5 }]);
    expect(delphiHistorySettled([spread, same], settings)).toEqual({
      settled: true,
      reason: 'stable',
    });
  });
});
