// Units compared as typed: case, spaces and the ways of writing per cent do not matter.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseUnit, sameUnit } from './normaliseUnit';

describe('normaliseUnit', () => {
  it('reads %, percent, per cent and yüzde as one unit', () => {
    for (const unit of ['%', 'Percent', ' per  cent ', 'PERCENTAGE', 'yüzde', 'YÜZDE', 'pct'])
      expect(normaliseUnit(unit)).toBe('%');
  });

  it('reads adet, sayı, count and number as one unit, and TL, TRY and ₺ as one', () => {
    expect(new Set(['Adet', 'SAYI', 'sayı', 'count', 'Number'].map(normaliseUnit))).toEqual(
      new Set(['count']),
    );
    expect(sameUnit('TL', 'try')).toBe(true);
    expect(sameUnit('₺', 'Türk lirası')).toBe(true);
  });

  it('folds Turkish letters and case and removes spaces in other units', () => {
    expect(normaliseUnit('  Kişi  Başı ')).toBe('kisibasi');
    expect(sameUnit('FİRMA', 'firma')).toBe(true);
    expect(sameUnit('m²', 'M²')).toBe(true);
  });

  it('keeps different units apart', () => {
    expect(sameUnit('%', 'firms')).toBe(false);
    expect(sameUnit('EUR', 'TRY')).toBe(false);
    expect(sameUnit('ton', 'kg')).toBe(false);
  });

  it('gives the same key whatever the case and spacing of the same letters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ]{1,20}$/), (unit) => {
        expect(normaliseUnit(unit.toUpperCase().replace(/ /g, '  '))).toBe(normaliseUnit(unit));
      }),
    );
  });
});
