import { describe, expect, it } from 'vitest';
import {
  parseConfirmed,
  parseRelationFrequency,
  parseRelationLocation,
  parseRelationType,
  parseSharePercent,
  suggestRelationImportMapping,
} from './relationImportFields';

describe('suggestRelationImportMapping', () => {
  it('maps English headings', () => {
    expect(
      suggestRelationImportMapping(['Source', 'Target', 'Type', 'Share %', 'Frequency']),
    ).toEqual({ source: 0, target: 1, type: 2, share: 3, frequency: 4 });
  });

  it('maps Turkish headings typed with or without Turkish letters', () => {
    expect(
      suggestRelationImportMapping([
        'KAYNAK',
        'Hedef',
        'İlişki Türü',
        'Pay',
        'Sıklık',
        'Konum',
        'Teyit',
      ]),
    ).toEqual({ source: 0, target: 1, type: 2, share: 3, frequency: 4, location: 5, confirmed: 6 });
    expect(suggestRelationImportMapping(['kaynak', 'hedef', 'iliski_turu'])).toEqual({
      source: 0,
      target: 1,
      type: 2,
    });
  });

  it('leaves unknown headings unmapped and takes the first of two matching columns', () => {
    expect(suggestRelationImportMapping(['Notes', 'source', 'from'])).toEqual({ source: 1 });
  });
});

describe('relation cell readers', () => {
  it('read a relation type from its code or its Turkish or English label', () => {
    expect(parseRelationType('supplier')).toBe('supplier');
    expect(parseRelationType('TEDARİKÇİ')).toBe('supplier');
    expect(parseRelationType('Müşteri')).toBe('customer');
    expect(parseRelationType('rd_partner')).toBe('rd_partner');
    expect(parseRelationType('R&D partner')).toBe('rd_partner');
    expect(parseRelationType('Fason üretici (taşeron)')).toBe('subcontractor');
    expect(parseRelationType('friend')).toBeUndefined();
  });

  it('read frequencies and locations in both languages', () => {
    expect(parseRelationFrequency('Her hafta')).toBe('weekly');
    expect(parseRelationFrequency('haftalık')).toBe('weekly');
    expect(parseRelationFrequency('daily')).toBe('daily');
    expect(parseRelationFrequency('yearly')).toBeUndefined();
    expect(parseRelationLocation('Yurt dışında')).toBe('abroad');
    expect(parseRelationLocation('same_city')).toBe('same_city');
    expect(parseRelationLocation('mars')).toBeUndefined();
  });

  it('read yes and no in English and Turkish, an empty cell as no', () => {
    expect(parseConfirmed('Evet')).toBe(true);
    expect(parseConfirmed('HAYIR')).toBe(false);
    expect(parseConfirmed('')).toBe(false);
    expect(parseConfirmed('maybe')).toBeUndefined();
  });

  it('read shares with a percent sign or a decimal comma, and reject text', () => {
    expect(parseSharePercent('35')).toBe(35);
    expect(parseSharePercent('%35')).toBe(35);
    expect(parseSharePercent('35,5 %')).toBe(35.5);
    expect(parseSharePercent('-4')).toBe(-4);
    expect(parseSharePercent('a lot')).toBeUndefined();
  });
});
