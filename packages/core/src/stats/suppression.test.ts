import { describe, expect, it } from 'vitest';
import { CBP_FLAG_FILL, filledEmployment, flagFillTable } from './suppression';

const code = (letter: string) => letter.charCodeAt(0);

describe('suppression fill', () => {
  it('has the CBP size-class values of the reference method', () => {
    expect(CBP_FLAG_FILL).toEqual({
      A: 10,
      B: 60,
      C: 175,
      E: 375,
      F: 750,
      G: 1750,
      H: 3750,
      I: 7500,
      J: 17500,
      K: 37500,
      L: 75000,
      M: 100000,
    });
  });

  it('fills a flagged cell whose employment is 0 or missing', () => {
    const fills = flagFillTable();
    expect(filledEmployment(0, code('A'), fills)).toBe(10);
    expect(filledEmployment(Number.NaN, code('G'), fills)).toBe(1750);
    expect(filledEmployment(0, code('M'), fills)).toBe(100000);
  });

  it('keeps a published positive value even when a flag is set', () => {
    expect(filledEmployment(42, code('C'), flagFillTable())).toBe(42);
  });

  it('counts missing employment without a flag, and a flag without a fill value, as 0', () => {
    const fills = flagFillTable();
    expect(filledEmployment(Number.NaN, 0, fills)).toBe(0);
    expect(filledEmployment(0, code('D'), fills)).toBe(0);
    expect(filledEmployment(17, 0, fills)).toBe(17);
  });

  it('takes a configured table instead of the CBP one', () => {
    const fills = flagFillTable({ c: 3, X: 99 });
    expect(filledEmployment(0, code('c'), fills)).toBe(3);
    expect(filledEmployment(0, code('X'), fills)).toBe(99);
    expect(filledEmployment(0, code('A'), fills)).toBe(0);
  });
});
