import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionCodeKey } from './regionCodeKey';
import { regionIdIndex } from './regionIdIndex';

describe('regionCodeKey', () => {
  it('drops blanks, case and the leading zeros of numbers', () => {
    expect(regionCodeKey(' tr310 ')).toBe('TR310');
    expect(regionCodeKey('06')).toBe('6');
    expect(regionCodeKey(6)).toBe('6');
    expect(regionCodeKey('000')).toBe('0');
    expect(regionCodeKey('01 001')).toBe('1001');
    expect(regionCodeKey('')).toBe('');
  });

  it('keeps the zeros of codes that are not all digits', () => {
    expect(regionCodeKey('TR0')).toBe('TR0');
    expect(regionCodeKey('0A')).toBe('0A');
  });

  it('upper-cases the Turkish dotted i like a Latin i', () => {
    expect(regionCodeKey('tri1')).toBe(regionCodeKey('TRI1'));
  });

  it('is idempotent and ignores zero padding of numbers', () => {
    fc.assert(
      fc.property(fc.string(), (code) => {
        expect(regionCodeKey(regionCodeKey(code))).toBe(regionCodeKey(code));
      }),
    );
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 4 }), (n, pad) => {
        expect(regionCodeKey('0'.repeat(pad) + String(n))).toBe(String(n));
      }),
    );
  });
});

describe('regionIdIndex', () => {
  it('matches codes to shape ids written another way', () => {
    const index = regionIdIndex(['01', '06', 'TR310']);
    expect(index.idOf('6')).toBe('06');
    expect(index.idOf('tr310')).toBe('TR310');
    expect(index.idOf('07')).toBeUndefined();
  });

  it('prefers the exact id to one that only shares its key', () => {
    const index = regionIdIndex(['6', '06']);
    expect(index.idOf('06')).toBe('06');
    expect(index.idOf('6')).toBe('6');
    expect(index.idOf('006')).toBe('6');
  });

  it('gives the share of codes with a shape, 0 for none', () => {
    const index = regionIdIndex(['TR31', 'TR32']);
    expect(index.coverage(['TR31', 'TR32', 'TR33', 'TR'])).toBe(0.5);
    expect(index.coverage([])).toBe(0);
  });
});
