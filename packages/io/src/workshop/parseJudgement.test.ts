// Reading a judgement cell: numbers, fractions, decimal commas, blanks, and text that is neither.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJudgement } from './parseJudgement';

describe('parseJudgement', () => {
  it('reads whole numbers, decimals with a point or a comma, and fractions', () => {
    expect(parseJudgement('3')).toBe(3);
    expect(parseJudgement(' 0.5 ')).toBe(0.5);
    expect(parseJudgement('0,25')).toBe(0.25);
    expect(parseJudgement('1/3')).toBe(1 / 3);
    expect(parseJudgement('1 / 9')).toBe(1 / 9);
    expect(parseJudgement('2,5/5')).toBe(0.5);
  });

  it('reads a blank cell as null and zero or negative values as they are', () => {
    expect(parseJudgement('  ')).toBeNull();
    expect(parseJudgement('0')).toBe(0);
    expect(parseJudgement('-3')).toBe(-3);
  });

  it('reads text, dates, a zero denominator and two slashes as NaN', () => {
    for (const text of ['abc', '3x', '03.Jan', '1/0', '1/3/4', '/3', '3/', '1.000,5'])
      expect(parseJudgement(text)).toBeNaN();
  });

  it('reads back every fraction a/b of whole numbers 1..9 as a / b (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), (a, b) => {
        expect(parseJudgement(`${a}/${b}`)).toBe(a / b);
        expect(parseJudgement(String(a / b).replace('.', ','))).toBe(a / b);
      }),
    );
  });
});
