// Public codes: eight characters without look-alikes, repeatable from a seeded rng.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/mulberry32';
import { newPublicCode, normalisePublicCode, PUBLIC_CODE_ALPHABET } from './newPublicCode';

describe('newPublicCode', () => {
  it('draws 8 characters from the alphabet without 0, O, 1 and I', () => {
    expect(PUBLIC_CODE_ALPHABET).toHaveLength(32);
    expect(PUBLIC_CODE_ALPHABET).not.toMatch(/[01IO]/);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(newPublicCode(mulberry32(seed))).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
      }),
    );
  });

  it('gives the same code for the same seed, and uses the alphabet ends', () => {
    expect(newPublicCode(mulberry32(7))).toBe(newPublicCode(mulberry32(7)));
    expect(newPublicCode(() => 0)).toBe('22222222');
    expect(newPublicCode(() => 0.999_999_999)).toBe('ZZZZZZZZ');
  });
});

describe('normalisePublicCode', () => {
  it('upper-cases a typed code and drops spaces and dashes', () => {
    expect(normalisePublicCode(' abcd-efgh ')).toBe('ABCDEFGH');
  });

  it('refuses codes of another length or with look-alikes', () => {
    for (const typed of ['ABCDEFG', 'ABCDEFGHJ', 'ABCDEFG0', 'ABCDEFGI', 'ABC/EFGH', ''])
      expect(normalisePublicCode(typed), typed).toBeNull();
  });
});
