// Horizons from end dates: short within a year of the roadmap's start, medium within three.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../brand';
import { HORIZONS } from './actionInput';
import { actionHorizon, addYears, horizonOf } from './horizonOf';

const day = (text: string) => text as IsoDate;

describe('horizonOf', () => {
  const start = day('2027-01-15');

  it('is short up to and on the first anniversary, medium from the next day', () => {
    expect(horizonOf(day('2026-12-01'), start)).toBe('short');
    expect(horizonOf(day('2028-01-15'), start)).toBe('short');
    expect(horizonOf(day('2028-01-16'), start)).toBe('medium');
  });

  it('is medium up to and on the third anniversary, long after it', () => {
    expect(horizonOf(day('2030-01-15'), start)).toBe('medium');
    expect(horizonOf(day('2030-01-16'), start)).toBe('long');
  });

  it('never gets shorter as the end date moves later', () => {
    const dates = fc.integer({ min: 0, max: 3_000 }).map((n) => addDays(day('2026-01-01'), n));
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const rank = (d: IsoDate) => HORIZONS.indexOf(horizonOf(d, start));
        expect(rank(early)).toBeLessThanOrEqual(rank(late));
      }),
    );
  });
});

describe('addYears', () => {
  it('keeps the calendar day, and 29 February becomes 28 February in a common year', () => {
    expect(addYears(day('2027-01-15'), 3)).toBe('2030-01-15');
    expect(addYears(day('2028-02-29'), 1)).toBe('2029-02-28');
    expect(addYears(day('2028-02-29'), 4)).toBe('2032-02-29');
  });
});

describe('actionHorizon', () => {
  it('keeps a chosen horizon and derives one only when none is chosen', () => {
    const endOn = day('2027-06-01');
    expect(actionHorizon({ horizon: 'long', endOn }, day('2027-01-01'))).toBe('long');
    expect(actionHorizon({ horizon: null, endOn }, day('2027-01-01'))).toBe('short');
  });
});
