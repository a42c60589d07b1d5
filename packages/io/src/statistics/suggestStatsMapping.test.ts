// Suggested column mappings: TÜİK and SGK headings, English headings, codes before names, a year
// column known by its values, and nothing suggested where nothing fits.

import { describe, expect, it } from 'vitest';
import { suggestStatsMapping } from './suggestStatsMapping';

describe('suggestStatsMapping', () => {
  it('maps the headings of an SGK spreadsheet, codes before names', () => {
    expect(
      suggestStatsMapping([
        'İl Adı',
        'İşyeri Sayısı',
        'NACE Rev.2 Sınıf Adı',
        'NACE Rev.2 Sınıf Kodu',
        'İl Kodu',
        'Sigortalı Sayısı',
        'Yıl',
      ]),
    ).toEqual({ region: 4, industry: 3, year: 6, employment: 5, establishments: 1 });
  });

  it('maps the generic English headings, payroll and flag included, in any order', () => {
    expect(
      suggestStatsMapping([
        'employment_flag',
        'Payroll',
        'Establishments',
        'Employment',
        'Year',
        'Industry',
        'Region',
      ]),
    ).toEqual({
      region: 6,
      industry: 5,
      year: 4,
      employment: 3,
      establishments: 2,
      payroll: 1,
      employmentFlag: 0,
    });
  });

  it('matches words that start with a keyword ("İstihdamı", "Employees total")', () => {
    expect(suggestStatsMapping(['Bölge', 'Sektör', 'Toplam İstihdamı'])).toEqual({
      region: 0,
      industry: 1,
      employment: 2,
    });
    // A whole word beats the start of one.
    expect(suggestStatsMapping(['Toplam İstihdamı', 'Employees total'])).toEqual({
      employment: 1,
    });
  });

  it('finds an unnamed year column by its values, but not a column of other numbers', () => {
    const rows = [
      ['TR31', 'C24', '2020', '120', '35'],
      ['TR31', 'C25', '2021', '80', '35'],
    ];
    expect(suggestStatsMapping(['il', 'nace', 'T', 'istihdam', 'X'], rows)).toEqual({
      region: 0,
      industry: 1,
      year: 2,
      employment: 3,
    });
  });

  it('gives one column to one field and suggests nothing for headings it cannot place', () => {
    expect(suggestStatsMapping(['A', 'B', 'C'])).toEqual({});
    expect(suggestStatsMapping(['il', 'İl'])).toEqual({ region: 0 });
  });
});
