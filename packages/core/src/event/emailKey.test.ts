// The email key: one registration per address and event, whatever its case or surrounding spaces.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailKey } from './emailKey';

describe('emailKey', () => {
  it('trims and lower-cases the address', () => {
    expect(emailKey('  Ayse.Yilmaz@Firm.EXAMPLE \n')).toBe('ayse.yilmaz@firm.example');
  });

  it('gives the same key to addresses that differ only in case and surrounding space (property)', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.boolean(), (email, upper) => {
        const variant = ` ${upper ? email.toUpperCase() : email}\t`;
        expect(emailKey(variant)).toBe(emailKey(email));
      }),
    );
  });

  it('keeps addresses apart that differ in more than case', () => {
    expect(emailKey('ayse@firm.example')).not.toBe(emailKey('ayse2@firm.example'));
  });
});
