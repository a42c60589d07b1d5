import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_INDUSTRIES, industryCodeLevel, normaliseIndustryCode } from './industryCodes';

describe('normaliseIndustryCode', () => {
  it('drops CBP fillers from NAICS codes', () => {
    expect(normaliseIndustryCode('31----')).toBe('31');
    expect(normaliseIndustryCode('3361//')).toBe('3361');
    expect(normaliseIndustryCode('33611/')).toBe('33611');
    expect(normaliseIndustryCode('113///')).toBe('113');
    expect(normaliseIndustryCode('336411')).toBe('336411');
  });

  it('maps every all-industries form to ALL_INDUSTRIES', () => {
    expect(normaliseIndustryCode('------')).toBe(ALL_INDUSTRIES);
    expect(normaliseIndustryCode('TOTAL')).toBe(ALL_INDUSTRIES);
    expect(normaliseIndustryCode(' total ')).toBe(ALL_INDUSTRIES);
  });

  it('reads the NACE forms C24.51, 24.51 and 2451 as one code', () => {
    expect(normaliseIndustryCode('C24.51')).toBe('2451');
    expect(normaliseIndustryCode('24.51')).toBe('2451');
    expect(normaliseIndustryCode('2451')).toBe('2451');
    expect(normaliseIndustryCode('c24.5')).toBe('245');
    expect(normaliseIndustryCode('C24')).toBe('24');
    expect(normaliseIndustryCode('C1011')).toBe('1011');
  });

  it('keeps section letters, ranges and custom codes as they are, trimmed and upper-cased', () => {
    expect(normaliseIndustryCode('C')).toBe('C');
    expect(normaliseIndustryCode('B-E')).toBe('B-E');
    expect(normaliseIndustryCode('31-33')).toBe('31-33');
    expect(normaliseIndustryCode(' agri-01 ')).toBe('AGRI-01');
    expect(normaliseIndustryCode('t1')).toBe('T1');
  });

  it('keeps leading zeros, which NACE divisions need', () => {
    expect(normaliseIndustryCode('A01.1')).toBe('011');
    expect(normaliseIndustryCode('01')).toBe('01');
  });

  it('is idempotent for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = normaliseIndustryCode(text);
        expect(normaliseIndustryCode(once)).toBe(once);
      }),
    );
  });
});

describe('industryCodeLevel', () => {
  it('is the number of digits of a hierarchical code and undefined otherwise', () => {
    expect(industryCodeLevel('336411')).toBe(6);
    expect(industryCodeLevel('31')).toBe(2);
    expect(industryCodeLevel(ALL_INDUSTRIES)).toBeUndefined();
    expect(industryCodeLevel('B-E')).toBeUndefined();
  });
});
