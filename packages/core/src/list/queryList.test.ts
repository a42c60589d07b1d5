// Search, sort and pagination of lists: what every registry screen and API list relies on.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryList, type ListSpec } from './queryList';

interface Row {
  name: string;
  city: string | null;
  employees: number | null;
}

const spec: ListSpec<Row, 'name' | 'city' | 'employees'> = {
  searchText: (row) => [row.name, row.city],
  sortValue: {
    name: (row) => row.name,
    city: (row) => row.city,
    employees: (row) => row.employees,
  },
  defaultSort: 'name',
  locale: 'tr',
};

const rows: Row[] = [
  { name: 'Denizli Metal', city: 'Denizli', employees: 40 },
  { name: 'Çorum Makina', city: null, employees: 12 },
  { name: 'Cide Döküm', city: 'Kastamonu', employees: null },
  { name: 'Işık Kalıp', city: 'İzmir', employees: 250 },
  { name: 'İzmir Pompa', city: 'İzmir', employees: 9 },
  { name: 'Firm 10', city: '', employees: 3 },
  { name: 'Firm 2', city: 'Manisa', employees: 3 },
];
const names = (items: Row[]) => items.map((row) => row.name);

describe('queryList', () => {
  it('sorts by the default key in Turkish order when no sort is asked', () => {
    expect(names(queryList(rows, {}, spec).items)).toEqual([
      'Cide Döküm',
      'Çorum Makina',
      'Denizli Metal',
      'Firm 2',
      'Firm 10',
      'Işık Kalıp',
      'İzmir Pompa',
    ]);
  });

  it('searches every word, folded, in any of the search texts', () => {
    const page = queryList(rows, { q: 'IZMIR' }, spec);
    expect(names(page.items)).toEqual(['Işık Kalıp', 'İzmir Pompa']);
    expect(page.total).toBe(2);
    expect(names(queryList(rows, { q: 'izmir pompa' }, spec).items)).toEqual(['İzmir Pompa']);
    expect(queryList(rows, { q: 'izmir ankara' }, spec).total).toBe(0);
  });

  it('sorts numbers by value, ascending and descending, with missing values last both ways', () => {
    const ascending = queryList(rows, { sort: 'employees' }, spec).items;
    expect(ascending.map((row) => row.employees)).toEqual([3, 3, 9, 12, 40, 250, null]);
    const descending = queryList(rows, { sort: 'employees', dir: 'desc' }, spec).items;
    expect(descending.map((row) => row.employees)).toEqual([250, 40, 12, 9, 3, 3, null]);
  });

  it('sorts texts descending with missing and empty values still last', () => {
    const cities = queryList(rows, { sort: 'city', dir: 'desc' }, spec).items.map((r) => r.city);
    expect(cities.slice(0, 5)).toEqual(['Manisa', 'Kastamonu', 'İzmir', 'İzmir', 'Denizli']);
    expect(cities.slice(5)).toEqual(expect.arrayContaining([null, '']));
  });

  it('falls back to the default sort for an unknown sort key', () => {
    const query = { sort: 'nonsense' as 'name' };
    expect(names(queryList(rows, query, spec).items)).toEqual(
      names(queryList(rows, {}, spec).items),
    );
  });

  it('cuts pages and reports the total of all matching items', () => {
    const page = queryList(rows, { page: 2, pageSize: 3 }, spec);
    expect(names(page.items)).toEqual(['Firm 2', 'Firm 10', 'Işık Kalıp']);
    expect(page).toMatchObject({ total: 7, page: 2, pageSize: 3 });
    expect(names(queryList(rows, { page: 3, pageSize: 3 }, spec).items)).toEqual(['İzmir Pompa']);
  });

  it('clamps the page to the first and last page, and the page size to at least 1', () => {
    expect(queryList(rows, { page: 0, pageSize: 3 }, spec).page).toBe(1);
    expect(queryList(rows, { page: -4, pageSize: 3 }, spec).page).toBe(1);
    const beyond = queryList(rows, { page: 99, pageSize: 3 }, spec);
    expect(beyond.page).toBe(3);
    expect(names(beyond.items)).toEqual(['İzmir Pompa']);
    const tiny = queryList(rows, { pageSize: 0 }, spec);
    expect(tiny.pageSize).toBe(1);
    expect(tiny.items).toHaveLength(1);
  });

  it('gives page 1 with no items when nothing matches', () => {
    expect(queryList(rows, { q: 'xyz', page: 5 }, spec)).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 25,
    });
  });

  it('does not reorder the list it is given', () => {
    const copy = [...rows];
    queryList(rows, { sort: 'employees', dir: 'desc' }, spec);
    expect(rows).toEqual(copy);
  });

  it('gives every item exactly once across its pages, missing sort values last (property)', () => {
    const row = fc.record({
      name: fc.string({ maxLength: 6 }),
      city: fc.option(fc.constantFrom('İzmir', 'Manisa', 'Aydın', ''), { nil: null }),
      employees: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('name', 'city', 'employees') as fc.Arbitrary<'name' | 'city' | 'employees'>,
        fc.constantFrom('asc', 'desc') as fc.Arbitrary<'asc' | 'desc'>,
        (items, pageSize, sort, dir) => {
          const first = queryList(items, { sort, dir, pageSize }, spec);
          const pageCount = Math.max(1, Math.ceil(first.total / pageSize));
          const all: Row[] = [];
          for (let page = 1; page <= pageCount; page += 1) {
            const current = queryList(items, { sort, dir, pageSize, page }, spec);
            if (current.items.length > pageSize || current.total !== items.length) return false;
            all.push(...current.items);
          }
          const seen = new Set(all);
          const missing = all.map((item) => item[sort] == null || item[sort] === '');
          const firstMissing = missing.indexOf(true);
          return (
            all.length === items.length &&
            items.every((item) => seen.has(item)) &&
            (firstMissing === -1 || missing.slice(firstMissing).every(Boolean))
          );
        },
      ),
    );
  });
});
