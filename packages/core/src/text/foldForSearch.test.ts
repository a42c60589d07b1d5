// Turkish-aware search: folding of case and diacritics, and word-by-word matching.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from './foldForSearch';

/** Letters of the Turkish alphabet in both cases, with the circumflexed vowels and spaces. */
const turkishText = fc.string({
  unit: fc.constantFrom(...'abcçdefgğhıijklmnoöprsştuüvyzâîûABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZÂÎÛ '),
  maxLength: 30,
});

describe('foldForSearch', () => {
  it('folds İZMİR, izmir, Izmir and ızmir to the same key as İzmir', () => {
    const key = foldForSearch('İzmir');
    expect(key).toBe('izmir');
    for (const typed of ['İZMİR', 'izmir', 'Izmir', 'ızmir', 'IZMIR']) {
      expect(foldForSearch(typed), typed).toBe(key);
    }
  });

  it('strips the Turkish diacritics ç ğ ö ş ü in both cases', () => {
    expect(foldForSearch('çğöşü')).toBe('cgosu');
    expect(foldForSearch('ÇĞÖŞÜ')).toBe('cgosu');
    expect(foldForSearch('Döküm Şirketi Çağ')).toBe('dokum sirketi cag');
  });

  it('collapses and trims white space', () => {
    expect(foldForSearch('  Ege \t Metal\n A.Ş. ')).toBe('ege metal a.s.');
  });

  it('gives only a-z and spaces for Turkish letters, whatever their case (property)', () => {
    fc.assert(
      fc.property(turkishText, (text) => {
        const folded = foldForSearch(text);
        return (
          /^[a-z ]*$/.test(folded) &&
          folded === foldForSearch(text.toLocaleUpperCase('tr')) &&
          folded === foldForSearch(text.toLocaleLowerCase('tr'))
        );
      }),
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const folded = foldForSearch(text);
        return foldForSearch(folded) === folded;
      }),
    );
  });
});

describe('matchesSearch', () => {
  const texts = ['Ege Döküm San. ve Tic. A.Ş.', 'Torbalı', 'İzmir'];

  it('matches a query typed without Turkish letters or in capitals', () => {
    expect(matchesSearch('dokum', texts)).toBe(true);
    expect(matchesSearch('TORBALI', texts)).toBe(true);
    expect(matchesSearch('izmir', texts)).toBe(true);
  });

  it('needs every word of the query, each in any of the texts', () => {
    expect(matchesSearch('ege izmir', texts)).toBe(true);
    expect(matchesSearch('ege ankara', texts)).toBe(false);
  });

  it('matches parts of words', () => {
    expect(matchesSearch('dök', texts)).toBe(true);
  });

  it('does not let a word span two texts', () => {
    expect(matchesSearch('torbaliizmir', texts)).toBe(false);
  });

  it('matches everything with an empty or blank query', () => {
    expect(matchesSearch('', texts)).toBe(true);
    expect(matchesSearch('   ', [])).toBe(true);
  });

  it('ignores missing texts', () => {
    expect(matchesSearch('ege', [null, undefined, 'Ege'])).toBe(true);
    expect(matchesSearch('ege', [null, undefined])).toBe(false);
  });
});
