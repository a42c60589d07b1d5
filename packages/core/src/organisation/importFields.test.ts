// Guessing the column mapping of an import from its headings, and spreadsheet column letters.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetter, IMPORT_FIELDS, suggestColumnMapping } from './importFields';

/** The inverse of columnLetter, written independently: "A" -> 0, "AA" -> 26. */
const columnIndex = (letters: string) =>
  [...letters].reduce((n, letter) => n * 26 + (letter.charCodeAt(0) - 64), 0) - 1;

describe('suggestColumnMapping', () => {
  it('maps English headings', () => {
    expect(
      suggestColumnMapping(['Name', 'Type', 'Employees', 'Website', 'Email', 'Phone', 'City']),
    ).toEqual({
      name: 0,
      type: 1,
      employees: 2,
      website: 3,
      contactEmail: 4,
      contactPhone: 5,
      city: 6,
    });
  });

  it('maps Turkish headings, with Turkish letters and capitals', () => {
    expect(
      suggestColumnMapping([
        'Firma Adı',
        'Türü',
        'Çalışan Sayısı',
        'E-posta',
        'İL',
        'İlçe',
        'NACE Kodu',
      ]),
    ).toEqual({
      name: 0,
      type: 1,
      employees: 2,
      contactEmail: 3,
      city: 4,
      district: 5,
      industryCode: 6,
    });
  });

  it('maps every field from the headings of our own export (snake_case)', () => {
    const exported = [
      'name',
      'type',
      'industry_code',
      'value_chain_stage',
      'employees',
      'district',
      'city',
      'address',
      'website',
      'latitude',
      'longitude',
      'notes',
      'contact_name',
      'contact_role',
      'contact_email',
      'contact_phone',
      'contact_consent',
      'willingness',
    ];
    const mapping = suggestColumnMapping(exported);
    expect(Object.keys(mapping).sort()).toEqual([...IMPORT_FIELDS].sort());
    IMPORT_FIELDS.forEach((field, index) => expect(mapping[field], field).toBe(index));
  });

  it('ignores marks of required columns and surrounding spaces: "Name *", " Adres: "', () => {
    expect(suggestColumnMapping(['Name *', ' Adres: '])).toEqual({ name: 0, address: 1 });
  });

  it('gives a field the first column that matches', () => {
    expect(suggestColumnMapping(['Company', 'Name', 'Firma'])).toEqual({ name: 0 });
    expect(suggestColumnMapping(['Notes', 'Email', 'E-posta'])).toEqual({
      notes: 0,
      contactEmail: 1,
    });
  });

  it('leaves unknown headings unmapped', () => {
    expect(suggestColumnMapping(['Favourite colour', '', 'Turnover'])).toEqual({});
  });
});

describe('columnLetter', () => {
  it('names columns as spreadsheets do: A, Z, AA, ZZ, AAA', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(27)).toBe('AB');
    expect(columnLetter(51)).toBe('AZ');
    expect(columnLetter(52)).toBe('BA');
    expect(columnLetter(701)).toBe('ZZ');
    expect(columnLetter(702)).toBe('AAA');
  });

  it('gives capital letters that read back as the same column (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (index) => {
        const letters = columnLetter(index);
        return /^[A-Z]+$/.test(letters) && columnIndex(letters) === index;
      }),
    );
  });
});
