import { describe, expect, it } from 'vitest';
import { relationKey, validateRelationImport } from './validateRelationImport';

const organisations = [
  { id: '00000000-0000-4000-8000-000000000001', name: 'Ege Döküm A.Ş.' },
  { id: '00000000-0000-4000-8000-000000000002', name: 'İzmir Makina' },
  { id: '00000000-0000-4000-8000-000000000003', name: 'Aydın Gıda' },
];
const [ege, izmir, aydin] = organisations.map((o) => o.id) as [string, string, string];
const headings = ['source', 'target', 'type', 'share', 'frequency', 'location', 'confirmed'];
const mapping = {
  source: 0,
  target: 1,
  type: 2,
  share: 3,
  frequency: 4,
  location: 5,
  confirmed: 6,
};
const check = (rows: string[][], existingKeys: ReadonlySet<string> = new Set()) =>
  validateRelationImport(headings, rows, mapping, { organisations, existingKeys });

describe('validateRelationImport', () => {
  it('resolves names Turkish-aware, ids, labels and details into records', () => {
    const result = check([
      ['EGE DÖKÜM A.Ş.', 'izmir makina', 'Tedarikçi', '40%', 'Her hafta', 'Aynı ilde', 'evet'],
      [izmir, aydin, 'customer', '', '', '', ''],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      {
        row: 2,
        sourceOrganisationId: ege,
        targetOrganisationId: izmir,
        relationType: 'supplier',
        sharePercent: 40,
        frequency: 'weekly',
        location: 'same_city',
        confirmed: true,
      },
      {
        row: 3,
        sourceOrganisationId: izmir,
        targetOrganisationId: aydin,
        relationType: 'customer',
        sharePercent: null,
        frequency: null,
        location: null,
        confirmed: false,
      },
    ]);
  });

  it('names the row and the unknown name, with the nearest registry name', () => {
    const result = check([['Ege Dokum AS', 'Bursa Tekstil', 'supplier', '', '', '', '']]);
    expect(result.records).toEqual([]);
    expect(result.errors).toMatchObject([
      {
        row: 2,
        column: 'A (source)',
        code: 'unknown_organisation',
        params: { suggestion: 'Ege Döküm A.Ş.' },
      },
      { row: 2, column: 'B (target)', code: 'unknown_organisation', value: 'Bursa Tekstil' },
    ]);
    expect(result.errors[1]?.params).toBeUndefined();
  });

  it('refuses self-loops, shares outside 0-100, unknown codes and bad yes/no cells', () => {
    const result = check([
      ['Aydın Gıda', 'aydin gida', 'supplier', '', '', '', ''],
      ['Aydın Gıda', 'İzmir Makina', 'supplier', '-5', '', '', ''],
      ['Aydın Gıda', 'İzmir Makina', 'supplier', '101', '', '', ''],
      ['Aydın Gıda', 'İzmir Makina', 'friend', 'many', 'yearly', 'mars', 'perhaps'],
    ]);
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'B (target)', 'self_loop'],
      [3, 'D (share)', 'share_out_of_range'],
      [4, 'D (share)', 'share_out_of_range'],
      [5, 'C (type)', 'unknown_type'],
      [5, 'D (share)', 'share_not_number'],
      [5, 'E (frequency)', 'unknown_frequency'],
      [5, 'F (location)', 'unknown_location'],
      [5, 'G (confirmed)', 'not_yes_no'],
    ]);
    expect(result.errorCount).toBe(8);
  });

  it('skips and counts relations the project has, merges exact repeats, refuses contradicting repeats', () => {
    const existing = new Set([relationKey(ege, izmir, 'supplier')]);
    const result = check(
      [
        ['Ege Döküm A.Ş.', 'İzmir Makina', 'supplier', '', '', '', ''],
        ['İzmir Makina', 'Aydın Gıda', 'customer', '10', '', '', ''],
        ['İzmir Makina', 'Aydın Gıda', 'customer', '10', '', '', ''],
        ['İzmir Makina', 'Aydın Gıda', 'supplier', '', '', '', ''],
      ],
      existing,
    );
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => r.row)).toEqual([3, 5]);
    expect(result.existing).toMatchObject({ count: 1, rows: [{ row: 2 }] });
    expect(result.repeated).toMatchObject({ count: 1, rows: [{ row: 4, firstRow: 3 }] });

    const contradicting = check([
      ['İzmir Makina', 'Aydın Gıda', 'customer', '10', '', '', ''],
      ['İzmir Makina', 'Aydın Gıda', 'customer', '20', '', '', ''],
    ]);
    expect(contradicting.errors).toMatchObject([
      { row: 3, code: 'conflicting_duplicate', params: { firstRow: 2 } },
    ]);
    expect(contradicting.records).toEqual([]);
  });

  it('lists the first 100 errors and counts them all', () => {
    const rows = Array.from({ length: 250 }, (_, i) => [`Nobody ${i}`, 'Aydın Gıda', 'supplier']);
    const result = check(rows.map((r) => [...r, '', '', '', '']));
    expect(result.errors).toHaveLength(100);
    expect(result.errorCount).toBe(250);
  });

  it('refuses a mapping without source, target or type and counts empty rows', () => {
    const unmapped = validateRelationImport(
      headings,
      [],
      { source: 0, target: 9 },
      {
        organisations,
        existingKeys: new Set(),
      },
    );
    expect(unmapped.errors.map((e) => [e.field, e.code])).toEqual([
      ['type', 'unmapped_field'],
      ['target', 'unmapped_field'],
    ]);
    const empty = check([
      ['', '', '', '', '', '', ''],
      ['İzmir Makina', 'Aydın Gıda', 'customer', '', '', '', ''],
    ]);
    expect(empty).toMatchObject({ rowsRead: 2, emptyRows: 1, errorCount: 0 });
  });

  it('keeps a hostile name as text in its error', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const result = check([[hostile, 'Aydın Gıda', 'supplier', '', '', '', '']]);
    expect(result.errors[0]).toMatchObject({ value: hostile });
    expect(result.errors[0]?.message).toContain(hostile);
  });
});
