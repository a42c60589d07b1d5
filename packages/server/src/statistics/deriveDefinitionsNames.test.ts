// Industry names on the derive page: NACE titles for NACE codes, an IO table's names otherwise,
// and no NACE titles for the few two-digit NAICS sectors whose codes are NACE divisions too.

import { describe, expect, it } from 'vitest';
import { naceRev2Classes } from '@kume/core';
import { industryNames } from './deriveDefinitionsNames';

const naceClasses = naceRev2Classes().classes.map((item) => item.code);

describe('industryNames', () => {
  it('names NACE classes by their titles in the language asked for', () => {
    const english = industryNames(naceClasses, 'en');
    expect(english['2451']).toBe('Casting of iron');
    expect(industryNames(naceClasses, 'tr')['2451']).toBe('Demir döküm');
    expect(Object.keys(english)).toHaveLength(naceClasses.length);
  });

  it("takes two-digit NAICS sectors for no NACE divisions, and names them from the IO table's names", () => {
    const sectors = ['11', '21', '22', '23', '31', '42', '51', '52', '53', '54', '55', '56'];
    expect(industryNames(sectors, 'en', { '21': 'Mining', '3361': 'Motor vehicles' })).toEqual({
      '21': 'Mining',
    });
  });

  it('uses no NACE title when a code is not NACE, and the IO names match normalised codes', () => {
    const codes = [...naceClasses.slice(0, 40), '9999'];
    expect(industryNames(codes, 'en', { 'C01.11': 'Cereals' })).toEqual({ '0111': 'Cereals' });
  });
});
