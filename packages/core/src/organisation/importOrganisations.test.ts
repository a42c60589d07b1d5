// Validation of organisation imports: mapping, cell parsing, duplicates, contacts and limits, with
// errors named by row and column so that a user can find them in the spreadsheet.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../text/foldForSearch';
import { IMPORT_FIELDS, type ColumnMapping } from './importFields';
import { MAX_IMPORT_ROWS, validateOrganisationImport } from './importOrganisations';

const headings = ['Firma Adı', 'Türü', 'Çalışan Sayısı', 'Enlem', 'Boylam'];
const mapping: ColumnMapping = { name: 0, type: 1, employees: 2, latitude: 3, longitude: 4 };
const validate = (rows: string[][], options = {}) =>
  validateOrganisationImport(headings, rows, mapping, options);

describe('validateOrganisationImport: the mapping', () => {
  it('needs a column for the name', () => {
    const result = validateOrganisationImport(['Type'], [['firm']], { type: 0 });
    expect(result.records).toEqual([]);
    expect(result.errors).toEqual([
      {
        row: 1,
        column: null,
        field: 'name',
        message: 'no column is mapped to the organisation name',
      },
    ]);
  });

  it('needs a column for the type unless a default type is chosen', () => {
    const result = validateOrganisationImport(['Name'], [['Ege Döküm']], { name: 0 });
    expect(result.errors).toMatchObject([{ row: 1, column: null, field: 'type' }]);
    const withDefault = validateOrganisationImport(
      ['Name'],
      [['Ege Döküm']],
      { name: 0 },
      {
        defaultType: 'supplier',
      },
    );
    expect(withDefault.errors).toEqual([]);
    expect(withDefault.records[0]?.organisation).toMatchObject({
      name: 'Ege Döküm',
      type: 'supplier',
    });
  });

  it('rejects a mapping to a column past the last one, naming the column number', () => {
    const result = validateOrganisationImport(['Name', 'Type'], [['A', 'firm']], {
      name: 0,
      type: 1,
      city: 5,
    });
    expect(result.errors).toEqual([
      {
        row: 1,
        column: null,
        field: 'city',
        message: 'mapped to column 6, which the file does not have',
      },
    ]);
    expect(result.records).toEqual([]);
  });

  it('rejects more rows than the limit without reading them', () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [
      `Firm ${i}`,
      'firm',
      '',
      '',
      '',
    ]);
    const result = validate(rows);
    expect(result.records).toEqual([]);
    expect(result.errors).toEqual([
      {
        row: MAX_IMPORT_ROWS + 2,
        column: null,
        field: null,
        message: `more than ${MAX_IMPORT_ROWS} rows; split the file`,
      },
    ]);
  });

  it('accepts exactly the limit', () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => [
      `Firm ${i}`,
      'firm',
      '',
      '',
      '',
    ]);
    const result = validate(rows);
    expect(result.errors).toEqual([]);
    expect(result.records).toHaveLength(MAX_IMPORT_ROWS);
  });
});

describe('validateOrganisationImport: cells', () => {
  it('reads a valid row into a record with its spreadsheet row number', () => {
    const result = validate([['Ege Döküm A.Ş.', 'Firma', '120', '38.42', '27.14']]);
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      {
        row: 2,
        organisation: expect.objectContaining({
          name: 'Ege Döküm A.Ş.',
          type: 'firm',
          employees: 120,
          latitude: 38.42,
          longitude: 27.14,
        }),
        contact: null,
      },
    ]);
  });

  it('reports non-numeric employees with row, column letter and heading, and the value', () => {
    const result = validate([
      ['Ege Döküm', 'firm', '12', '', ''],
      ['Gediz Makina', 'firm', 'çok', '', ''],
      ['Körfez Kalıp', 'firm', '12.5', '', ''],
    ]);
    expect(result.errors).toEqual([
      {
        row: 3,
        column: 'C (Çalışan Sayısı)',
        field: 'employees',
        message: 'not a whole number',
        value: 'çok',
      },
      {
        row: 4,
        column: 'C (Çalışan Sayısı)',
        field: 'employees',
        message: 'not a whole number',
        value: '12.5',
      },
    ]);
    expect(result.records.map((record) => record.row)).toEqual([2]);
  });

  it('reads thousands separators in employees: 1.250, 1,250 and 1 250 are 1250', () => {
    const result = validate([
      ['A', 'firm', '1.250', '', ''],
      ['B', 'firm', '1,250', '', ''],
      ['C', 'firm', '1 250', '', ''],
      ['D', 'firm', '12.500.000', '', ''],
    ]);
    expect(result.records.slice(0, 3).map((r) => r.organisation.employees)).toEqual([
      1250, 1250, 1250,
    ]);
    // 12 500 000 is a whole number but more than the schema allows.
    expect(result.errors).toMatchObject([{ row: 5, field: 'employees' }]);
  });

  it('reads coordinates with a decimal comma', () => {
    const result = validate([['Ege Döküm', 'firm', '', '38,4237', '27,1428']]);
    expect(result.records[0]?.organisation).toMatchObject({
      latitude: 38.4237,
      longitude: 27.1428,
    });
  });

  it('reports coordinates that are not numbers or off the globe', () => {
    const result = validate([
      ['A', 'firm', '', 'north', ''],
      ['B', 'firm', '', '95', '27'],
    ]);
    expect(result.errors).toMatchObject([
      { row: 2, column: 'D (Enlem)', field: 'latitude', message: 'not a number', value: 'north' },
      { row: 3, column: 'D (Enlem)', field: 'latitude', value: '95' },
    ]);
  });

  it('reports an unknown type, and an empty type without a default', () => {
    const result = validate([
      ['A', 'spaceship', '', '', ''],
      ['B', '', '', '', ''],
    ]);
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'B (Türü)',
        field: 'type',
        message: 'not a known organisation type',
        value: 'spaceship',
      },
      { row: 3, column: 'B (Türü)', field: 'type', message: 'required', value: '' },
    ]);
  });

  it('gives rows with an empty type the default type', () => {
    const result = validate([['A', '', '', '', '']], { defaultType: 'ngo' });
    expect(result.records[0]?.organisation.type).toBe('ngo');
  });

  it('reports a missing name in a row that has other cells', () => {
    const result = validate([['', 'firm', '10', '', '']]);
    expect(result.errors).toMatchObject([
      { row: 2, column: 'A (Firma Adı)', field: 'name', message: 'required' },
    ]);
  });

  it('keeps hostile text as text and cuts long values in errors to 60 characters', () => {
    const hostile = '<script>alert(1)</script>';
    const ok = validate([[hostile, 'firm', '', '', '']]);
    expect(ok.records[0]?.organisation.name).toBe(hostile);
    const long = `=${'9'.repeat(100)}`;
    const bad = validate([['A', 'firm', long, '', '']]);
    expect(bad.errors[0]?.value).toBe(`${long.slice(0, 57)}...`);
  });

  it('reads cells missing at the end of a short row as empty', () => {
    const result = validate([['Ege Döküm', 'firm']]);
    expect(result.errors).toEqual([]);
    expect(result.records[0]?.organisation).toMatchObject({ employees: null, latitude: null });
  });
});

describe('validateOrganisationImport: duplicates and empty rows', () => {
  it('reports a name repeated in the file as a duplicate of its first row, folded', () => {
    const result = validate([
      ['İzmir Döküm', 'firm', '', '', ''],
      ['Ege Makina', 'firm', '', '', ''],
      ['IZMIR  DÖKÜM', 'firm', '', '', ''],
      ['izmir döküm', 'firm', '', '', ''],
    ]);
    expect(result.errors).toMatchObject([
      { row: 4, column: 'A (Firma Adı)', field: 'name', message: 'duplicate of row 2' },
      { row: 5, field: 'name', message: 'duplicate of row 2' },
    ]);
    expect(result.records.map((r) => r.row)).toEqual([2, 3]);
  });

  it('reports a name already in the registry, compared folded', () => {
    const result = validate([['EGE MAKİNA', 'firm', '', '', '']], {
      existingNameKeys: new Set([foldForSearch('Ege Makina')]),
    });
    expect(result.errors).toMatchObject([
      { row: 2, field: 'name', message: 'already in the registry' },
    ]);
    expect(result.records).toEqual([]);
  });

  it('skips and counts empty rows, keeping the row numbers of the spreadsheet', () => {
    const result = validate([
      ['Ege Döküm', 'firm', '', '', ''],
      ['', '  ', '', '', ''],
      [],
      ['Gediz Makina', 'firm', 'many', '', ''],
    ]);
    expect(result.emptyRows).toBe(2);
    expect(result.records.map((r) => r.row)).toEqual([2]);
    expect(result.errors).toMatchObject([{ row: 5, field: 'employees' }]);
  });

  it('reports a file with no rows, or only empty ones', () => {
    expect(validate([]).errors).toEqual([
      { row: 2, column: null, field: null, message: 'the file has no rows to import' },
    ]);
    const blank = validate([['', '', '', '', ''], ['']]);
    expect(blank.emptyRows).toBe(2);
    expect(blank.errors).toMatchObject([
      { field: null, message: 'the file has no rows to import' },
    ]);
  });
});

describe('validateOrganisationImport: contacts', () => {
  const contactHeadings = ['Name', 'Type', 'Yetkili', 'Görevi', 'E-posta', 'Telefon', 'İzin'];
  const contactMapping: ColumnMapping = {
    name: 0,
    type: 1,
    contactName: 2,
    contactRole: 3,
    contactEmail: 4,
    contactPhone: 5,
    contactConsent: 6,
  };
  const validateContacts = (rows: string[][]) =>
    validateOrganisationImport(contactHeadings, rows, contactMapping);

  it('reads a contact from the contact columns', () => {
    const result = validateContacts([
      [
        'Ege Döküm',
        'firm',
        'Ayşe Yılmaz',
        'Genel Müdür',
        'AYSE@EGE.EXAMPLE',
        '+90 232 555 00 00',
        'evet',
      ],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.records[0]?.contact).toEqual({
      name: 'Ayşe Yılmaz',
      role: 'Genel Müdür',
      email: 'ayse@ege.example',
      phone: '+90 232 555 00 00',
      consentToContact: true,
    });
  });

  it('reads consent as yes/no/evet/hayır in any case, empty as no', () => {
    const consents = ['yes', 'No', 'EVET', 'Hayır', 'HAYIR', ''];
    const result = validateContacts(
      consents.map((consent, i) => [`Firm ${i}`, 'firm', 'Ayşe', '', '', '', consent]),
    );
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => r.contact?.consentToContact)).toEqual([
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  it('reports consent that is neither yes nor no', () => {
    const result = validateContacts([['Ege', 'firm', 'Ayşe', '', '', '', 'maybe']]);
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'G (İzin)',
        field: 'contactConsent',
        message: 'not yes or no',
        value: 'maybe',
      },
    ]);
  });

  it('reports a bad email in the email column', () => {
    const result = validateContacts([['Ege', 'firm', 'Ayşe', '', 'ayse at ege', '', 'yes']]);
    expect(result.errors).toMatchObject([
      { row: 2, column: 'E (E-posta)', field: 'contactEmail', message: 'not an email address' },
    ]);
  });

  it('names a contact given only by email after the email', () => {
    const result = validateContacts([['Ege', 'firm', '', '', 'info@ege.example', '', '']]);
    expect(result.records[0]?.contact).toMatchObject({
      name: 'info@ege.example',
      email: 'info@ege.example',
    });
  });

  it('gives no contact when the contact columns are empty', () => {
    const result = validateContacts([['Ege', 'firm', '', 'Müdür', '', '', 'yes']]);
    expect(result.records[0]?.contact).toBeNull();
  });
});

describe('validateOrganisationImport: any input (property)', () => {
  const allHeadings = IMPORT_FIELDS.map((field) => field);
  const allMapping: ColumnMapping = Object.fromEntries(IMPORT_FIELDS.map((field, i) => [field, i]));
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      '',
      ' ',
      'firm',
      'Üniversite',
      'spaceship',
      '1.250',
      '12.5',
      '38,4',
      'evet',
      'x@y.example',
      'Ege',
      'EGE',
      '=1+1',
      '<b>',
    ),
  );
  const rowsArbitrary = fc.array(fc.array(cell, { maxLength: IMPORT_FIELDS.length + 2 }), {
    maxLength: 25,
  });

  it('never throws, and puts every non-empty row in a record or an error', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const result = validateOrganisationImport(allHeadings, rows, allMapping);
        const recordRows = new Set(result.records.map((record) => record.row));
        // Row errors always name a field; the file-level "no rows" error does not.
        const errorRows = new Set(result.errors.filter((e) => e.field !== null).map((e) => e.row));
        const emptyRowNumbers = rows.flatMap((cells, i) =>
          cells.every((c) => c.trim() === '') ? [i + 2] : [],
        );
        return (
          result.records.length + errorRows.size + result.emptyRows === rows.length &&
          result.emptyRows === emptyRowNumbers.length &&
          [...recordRows].every((row) => !errorRows.has(row)) &&
          emptyRowNumbers.every((row) => !recordRows.has(row) && !errorRows.has(row))
        );
      }),
    );
  });
});
