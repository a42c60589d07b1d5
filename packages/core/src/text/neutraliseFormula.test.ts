// Formula injection: exported cells that a spreadsheet would run get a leading apostrophe.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './neutraliseFormula';

const dangerous = ['=', '+', '-', '@', '\t', '\r'];

describe('neutraliseFormula', () => {
  it('prefixes an apostrophe to cells starting with = + - @ tab or carriage return', () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil.example","x")')).toBe(
      `'=HYPERLINK("http://evil.example","x")`,
    );
    expect(neutraliseFormula('+90 232 555 00 00')).toBe(`'+90 232 555 00 00`);
    expect(neutraliseFormula('-2+3')).toBe(`'-2+3`);
    expect(neutraliseFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutraliseFormula('\t=1')).toBe(`'\t=1`);
    expect(neutraliseFormula('\r=1')).toBe(`'\r=1`);
  });

  it('leaves other text alone, including formula characters later in the text', () => {
    expect(neutraliseFormula('Ege Döküm A.Ş.')).toBe('Ege Döküm A.Ş.');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula("'=1")).toBe("'=1");
  });

  it('never gives text starting with a formula character, and changes nothing else (property)', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom(...dangerous), fc.string()).map(([first, rest]) => first + rest),
    );
    fc.assert(
      fc.property(cell, (text) => {
        const output = neutraliseFormula(text);
        const startsDangerously = dangerous.includes(output.charAt(0));
        if (startsDangerously) return false;
        return dangerous.includes(text.charAt(0)) ? output === `'${text}` : output === text;
      }),
    );
  });
});
