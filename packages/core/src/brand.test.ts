// Calendar days: parsing only real days, and day arithmetic across month and year ends.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDateOf, parseIsoDate, type IsoDate } from './brand';

const day = (text: string) => parseIsoDate(text) as IsoDate;

/** Real calendar days from 1900 to 2199, as `YYYY-MM-DD`. */
const realDay = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2199-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((instant) => isoDateOf(instant));

describe('parseIsoDate', () => {
  it('accepts a real calendar day and returns it unchanged', () => {
    expect(parseIsoDate('2026-03-01')).toBe('2026-03-01');
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
  });

  it('trims surrounding white space', () => {
    expect(parseIsoDate(' 2026-01-05\n')).toBe('2026-01-05');
  });

  it('rejects days that do not exist: 2026-02-30, 2025-02-29, month 13, day 00', () => {
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('2025-02-29')).toBeUndefined();
    expect(parseIsoDate('2026-13-01')).toBeUndefined();
    expect(parseIsoDate('2026-04-31')).toBeUndefined();
    expect(parseIsoDate('2026-01-00')).toBeUndefined();
  });

  it('rejects junk and other date formats', () => {
    for (const text of [
      '',
      'tomorrow',
      '01.03.2026',
      '2026/03/01',
      '2026-3-1',
      '20260301',
      '2026-03-01T10:00:00Z',
    ]) {
      expect(parseIsoDate(text), text).toBeUndefined();
    }
  });

  it('accepts every real day it is given (property)', () => {
    fc.assert(fc.property(realDay, (text) => parseIsoDate(text) === text));
  });
});

describe('isoDateOf', () => {
  it('gives the UTC calendar day of an instant', () => {
    expect(isoDateOf(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-01');
    expect(isoDateOf(new Date('2026-03-01T23:30:00-02:00'))).toBe('2026-03-02');
  });
});

describe('addDays', () => {
  it('crosses month ends, in both directions', () => {
    expect(addDays(day('2026-01-31'), 1)).toBe('2026-02-01');
    expect(addDays(day('2026-03-01'), -1)).toBe('2026-02-28');
    expect(addDays(day('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(day('2024-03-01'), -1)).toBe('2024-02-29');
  });

  it('crosses year ends, in both directions', () => {
    expect(addDays(day('2025-12-31'), 1)).toBe('2026-01-01');
    expect(addDays(day('2026-01-01'), -1)).toBe('2025-12-31');
    expect(addDays(day('2026-12-20'), 30)).toBe('2027-01-19');
  });

  it('adds nothing for 0 days', () => {
    expect(addDays(day('2026-06-15'), 0)).toBe('2026-06-15');
  });

  it('is undone by adding the opposite number of days, and always gives a real day (property)', () => {
    fc.assert(
      fc.property(realDay, fc.integer({ min: -20_000, max: 20_000 }), (text, days) => {
        const later = addDays(text, days);
        return parseIsoDate(later) === later && addDays(later, -days) === text;
      }),
    );
  });

  it('moves by exactly the number of days asked (property)', () => {
    fc.assert(
      fc.property(realDay, fc.integer({ min: -1_000, max: 1_000 }), (text, days) => {
        const ms = Date.parse(`${addDays(text, days)}T00:00:00Z`) - Date.parse(`${text}T00:00:00Z`);
        return ms === days * 86_400_000;
      }),
    );
  });
});
