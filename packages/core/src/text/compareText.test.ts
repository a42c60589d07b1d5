// Ordering of names in the user's language: Turkish alphabet, numbers by value, missing last.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collatorFor, compareText } from './compareText';

const sortTr = (items: (string | null | undefined)[]) =>
  [...items].sort((a, b) => compareText('tr', a, b));

describe('compareText', () => {
  it('puts "Çorum" after "Cide" and before "Denizli" in Turkish', () => {
    expect(sortTr(['Denizli', 'Çorum', 'Cide'])).toEqual(['Cide', 'Çorum', 'Denizli']);
  });

  it('puts dotless ı before dotted i in Turkish, in both cases', () => {
    expect(compareText('tr', 'ılık', 'ilik')).toBeLessThan(0);
    expect(compareText('tr', 'Işık', 'İzmir')).toBeLessThan(0);
    expect(sortTr(['İnegöl', 'Iğdır', 'Hatay', 'Jale'])).toEqual([
      'Hatay',
      'Iğdır',
      'İnegöl',
      'Jale',
    ]);
  });

  it('puts ö after o, ş after s and ü after u in Turkish', () => {
    expect(sortTr(['Söke', 'Şile', 'Tire'])).toEqual(['Söke', 'Şile', 'Tire']);
    expect(sortTr(['Ödemiş', 'Ordu', 'Pazar'])).toEqual(['Ordu', 'Ödemiş', 'Pazar']);
    expect(sortTr(['Üsküdar', 'Urla', 'Van'])).toEqual(['Urla', 'Üsküdar', 'Van']);
  });

  it('compares numbers inside names by value: "Firm 2" before "Firm 10"', () => {
    expect(compareText('tr', 'Firm 2', 'Firm 10')).toBeLessThan(0);
    expect(compareText('en', 'Firm 2', 'Firm 10')).toBeLessThan(0);
  });

  it('treats upper and lower case as equal', () => {
    expect(compareText('en', 'ege', 'EGE')).toBe(0);
    expect(compareText('tr', 'ege', 'EGE')).toBe(0);
  });

  it('sorts empty and missing values last', () => {
    expect(sortTr(['', 'Zonguldak', null, 'Adana', undefined])).toEqual([
      'Adana',
      'Zonguldak',
      '',
      null,
      undefined,
    ]);
    expect(compareText('tr', '', 'Adana')).toBeGreaterThan(0);
    expect(compareText('tr', 'Adana', null)).toBeLessThan(0);
    expect(compareText('tr', null, '')).toBe(0);
  });

  it('is antisymmetric (property)', () => {
    const text = fc.option(fc.string({ maxLength: 8 }), { nil: null });
    fc.assert(
      // -0 === 0, so equal values pass as well.
      fc.property(
        text,
        text,
        (a, b) => Math.sign(compareText('tr', a, b)) === -Math.sign(compareText('tr', b, a)),
      ),
    );
  });
});

describe('collatorFor', () => {
  it('gives the same collator for the same locale', () => {
    expect(collatorFor('tr')).toBe(collatorFor('tr'));
    expect(collatorFor('tr')).not.toBe(collatorFor('en'));
  });
});
