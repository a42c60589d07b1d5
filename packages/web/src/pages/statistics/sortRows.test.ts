// Tests of the statistics tables' sorting.

import { describe, expect, it } from 'vitest';
import { sortRows } from './sortRows';

const rows = [
  { name: 'Çelik', lq: 1.2 },
  { name: 'Cam', lq: null },
  { name: 'Demir', lq: 0.4 },
  { name: 'İplik', lq: 2.5 },
  { name: 'Ilık', lq: Number.NaN },
];

describe('sortRows', () => {
  it('sorts numbers both ways with missing values last', () => {
    expect(sortRows(rows, 'lq', 'desc', 'en').map((r) => r.name)).toEqual([
      'İplik',
      'Çelik',
      'Demir',
      'Cam',
      'Ilık',
    ]);
    expect(
      sortRows(rows, 'lq', 'asc', 'en')
        .map((r) => r.name)
        .slice(0, 3),
    ).toEqual(['Demir', 'Çelik', 'İplik']);
  });

  it('sorts names in Turkish order for Turkish users', () => {
    expect(sortRows(rows, 'name', 'asc', 'tr').map((r) => r.name)).toEqual([
      'Cam',
      'Çelik',
      'Demir',
      'Ilık',
      'İplik',
    ]);
  });

  it('leaves the rows it was given in their order', () => {
    sortRows(rows, 'lq', 'asc', 'en');
    expect(rows[0]?.name).toBe('Çelik');
  });
});
