import { describe, expect, it } from 'vitest';
import { statsTableFromRows } from './statsTableFromRows';
import { tableYears } from './tableYears';

describe('tableYears', () => {
  it('lists the distinct years with rows, ascending, gaps left out', () => {
    const table = statsTableFromRows(
      [2011, 2003, 2011, 2000].map((year) => ({
        region: '01',
        industry: '31',
        year,
        employment: 1,
      })),
    );
    expect(tableYears(table)).toEqual([2000, 2003, 2011]);
  });

  it('is empty for an empty table', () => {
    expect(tableYears(statsTableFromRows([]))).toEqual([]);
  });
});

describe('statsTableFromRows', () => {
  it('keeps codes once in dictionaries, flags as character codes and missing numbers as NaN', () => {
    const table = statsTableFromRows([
      { region: '01', industry: '31----', year: 2011, employment: 0, flag: 'B' },
      {
        region: '01',
        industry: '311///',
        year: 2011,
        employment: 5,
        establishments: 2,
        payroll: 70,
      },
      { region: '02', industry: '31----', year: 2011 },
    ]);
    expect(table.regions).toEqual(['01', '02']);
    expect(table.industries).toEqual(['31----', '311///']);
    expect(Array.from(table.industry)).toEqual([0, 1, 0]);
    expect(Array.from(table.flag)).toEqual([66, 0, 0]);
    expect(table.employment[2]).toBeNaN();
    expect(table.establishments[0]).toBeNaN();
    expect(table.payroll[1]).toBe(70);
  });
});
