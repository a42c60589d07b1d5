// Reading generic statistics files through a column mapping: columns in any order under any
// headings, optional fields left out, a fixed year, and mappings that cannot work refused by field.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTable } from '../spreadsheet/writeTable';
import { readStatisticsFile } from './readStatisticsFile';
import { columnsFromMapping } from './statsMapping';

const dir = mkdtempSync(join(tmpdir(), 'kume-stats-mapping-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (content: string | Buffer, name = `m${(files += 1)}.csv`) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** An SGK-style file: province code and name, NACE class, insured employees, workplaces. */
const SGK = [
  'İl Adı;İşyeri Sayısı;NACE Rev.2 Sınıf;İl Kodu;Sigortalı Sayısı;Dönem',
  'İzmir;14;24.51;35;1200;2022',
  'Ankara;4;24.51;06;300;2022',
  'İzmir;9;25.11;35;410;2022',
].join('\n');
const SGK_MAPPING = { region: 3, industry: 2, year: 5, employment: 4, establishments: 1 };

describe('readStatisticsFile with a mapping', () => {
  it('reads columns in any order under headings it does not know', async () => {
    const result = await readStatisticsFile(file(SGK), { mapping: SGK_MAPPING });
    expect(result.errors).toEqual([]);
    const table = result.table!;
    expect(result.layout).toBe('generic');
    expect(table.regions).toEqual(['35', '06']);
    expect(table.industries).toEqual(['24.51', '25.11']);
    expect(Array.from(table.year)).toEqual([2022, 2022, 2022]);
    expect(Array.from(table.employment)).toEqual([1200, 300, 410]);
    expect(Array.from(table.establishments)).toEqual([14, 4, 9]);
  });

  it('without the mapping the same file is refused for its headings', async () => {
    const result = await readStatisticsFile(file(SGK));
    expect(result.table).toBeNull();
    expect(result.errors[0]?.message).toContain('missing columns');
  });

  it('leaves establishments and payroll unknown (NaN) when they are not mapped', async () => {
    const result = await readStatisticsFile(file(SGK), {
      mapping: { region: 3, industry: 2, year: 5, employment: 4 },
    });
    expect(Array.from(result.table!.establishments)).toEqual([NaN, NaN, NaN]);
    expect(Array.from(result.table!.payroll)).toEqual([NaN, NaN, NaN]);
  });

  it('gives every row a fixed year when the file has no year column', async () => {
    const path = file('code;sector;jobs\nTR31;C24;12\nTR10;C24;7\n');
    const result = await readStatisticsFile(path, {
      mapping: { region: 0, industry: 1, employment: 2 },
      year: 2021,
    });
    expect(result.errors).toEqual([]);
    expect(Array.from(result.table!.year)).toEqual([2021, 2021]);
  });

  it('reads a mapped flag column and names bad cells by the file heading', async () => {
    const path = file('a,b,c,d,e\nX,1,2020,,b\nX,2,2020,5x,\n');
    const result = await readStatisticsFile(path, {
      mapping: { region: 0, industry: 1, year: 2, employment: 3, employmentFlag: 4 },
    });
    expect(result.errors).toEqual([{ line: 3, column: 4, message: 'd: "5x" is not a number' }]);
  });

  it('maps the columns of an XLSX worksheet chosen by name', async () => {
    const bytes = await writeTable(
      'xlsx',
      ['Sigortalı', 'Yıl', 'NACE', 'İl'],
      [
        [120, 2020, 'C24', 'TR310'],
        [80, 2020, 'C25', 'TR310'],
      ],
      'Veri',
    );
    const path = file(bytes, 'sgk.xlsx');
    const result = await readStatisticsFile(path, {
      mapping: { region: 3, industry: 2, year: 1, employment: 0 },
      sheet: 'Veri',
    });
    expect(result.errors).toEqual([]);
    expect(Array.from(result.table!.employment)).toEqual([120, 80]);
    const missing = await readStatisticsFile(path, { sheet: 'Other' });
    expect(missing.errors[0]?.message).toContain('no worksheet named "Other"');
  });

  it('reads a tab-separated file with a mapping as a generic table, not as Eurostat', async () => {
    const path = file('unit,geo\\TIME_PERIOD\tind\tyear\temp\nTR31\tC24\t2020\t5\n');
    const result = await readStatisticsFile(path, {
      mapping: { region: 0, industry: 1, year: 2, employment: 3 },
    });
    expect(result.layout).toBe('generic');
    expect(result.table!.regions).toEqual(['TR31']);
  });
});

describe('columnsFromMapping', () => {
  const headings = ['a', 'b', 'c', 'd'];

  it('names each required field that has no column, and the year only without a fixed year', () => {
    const result = columnsFromMapping({ region: 0, industry: null }, headings);
    expect(result.errors.map((error) => error.field)).toEqual(['industry', 'year', 'employment']);
    expect(result.errors[0]).toMatchObject({ line: 1, column: 1 });
    expect(result.errors[0]?.message).toBe(
      'mapping: industry is required but no column is chosen for it',
    );
    const withYear = columnsFromMapping({ region: 0, industry: 1 }, headings, true);
    expect(withYear.errors.map((error) => error.field)).toEqual(['employment']);
  });

  it('refuses a column past the last heading, a negative or fractional one, and a column used twice', () => {
    const result = columnsFromMapping(
      { region: 0, industry: 1, year: 4, employment: -1, establishments: 1.5, payroll: 1 },
      headings,
    );
    expect(result.errors).toEqual([
      {
        line: 1,
        column: 5,
        field: 'year',
        message: 'mapping: year points to column 5, but the heading row has 4 columns',
      },
      {
        line: 1,
        column: 1,
        field: 'employment',
        message: 'mapping: employment: -1 is not a column position (0 is the first column)',
      },
      {
        line: 1,
        column: 1,
        field: 'establishments',
        message: 'mapping: establishments: 1.5 is not a column position (0 is the first column)',
      },
      {
        line: 1,
        column: 2,
        field: 'payroll',
        message:
          'mapping: industry and payroll both point to column 2 ("b"): choose one column per field',
      },
    ]);
  });

  it('gives -1 for the fields left out and the CBP-only columns', () => {
    const result = columnsFromMapping({ region: 2, industry: 0, employment: 1 }, headings, true);
    expect(result.columns).toEqual({
      layout: 'generic',
      region: 2,
      county: -1,
      industry: 0,
      year: -1,
      employment: 1,
      establishments: -1,
      payroll: -1,
      flag: -1,
      legalForm: -1,
    });
  });

  it('a refused mapping reads nothing from the file', async () => {
    const result = await readStatisticsFile(file(SGK), {
      mapping: { ...SGK_MAPPING, employment: 9 },
    });
    expect(result.table).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({ field: 'employment', column: 10 })]);
  });
});
