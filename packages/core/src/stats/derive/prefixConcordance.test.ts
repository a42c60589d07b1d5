import { describe, expect, it } from 'vitest';
import { prefixConcordance } from './prefixConcordance';

describe('prefixConcordance', () => {
  const codes = ['1110', '3110', '3315', '331A', '331B', '4200', '3361'];
  const prefixes = new Map([
    ['331A', ['3311', '3312']],
    ['331B', ['3313', '3314']],
  ]);
  const ioCodeOf = prefixConcordance(codes, { prefixes });

  it('maps an industry to the IO code whose digits, without trailing zeros, start it', () => {
    expect(ioCodeOf('311811')).toBe('3110');
    expect(ioCodeOf('423110')).toBe('4200');
    expect(ioCodeOf('336111')).toBe('3361');
    expect(ioCodeOf('111150')).toBe('1110');
  });

  it('places letter codes by their given prefixes and prefers the longest prefix', () => {
    expect(ioCodeOf('331111')).toBe('331A');
    expect(ioCodeOf('331420')).toBe('331B');
    expect(ioCodeOf('331511')).toBe('3315');
  });

  it('leaves an industry no code covers undefined', () => {
    expect(ioCodeOf('336411')).toBeUndefined();
    expect(ioCodeOf('541110')).toBeUndefined();
    expect(prefixConcordance(['331A'])('331111')).toBeUndefined();
  });
});
