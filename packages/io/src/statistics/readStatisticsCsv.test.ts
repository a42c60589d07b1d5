// Reading region x industry x year tables from CSV: the CBP state and county layouts, the generic
// layout in English and Turkish, gzip, and every kind of bad input named by line and column with
// nothing returned.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { StatsTable } from '@kume/core/stats/statsTable';
import { afterAll, describe, expect, it } from 'vitest';
import { cbpFileYear, readStatisticsCsv } from './readStatisticsCsv';
import type { StatsReadResult } from './statsRowError';

const dir = mkdtempSync(join(tmpdir(), 'kume-stats-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function file(text: string | Buffer, name = `t${(files += 1)}.csv`): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The table's rows as plain objects, for comparing small cases. */
function rows(table: StatsTable) {
  return Array.from({ length: table.length }, (_, i) => ({
    region: table.regions[table.region[i]!],
    industry: table.industries[table.industry[i]!],
    year: table.year[i],
    employment: table.employment[i],
    establishments: table.establishments[i],
    payroll: table.payroll[i],
    flag: table.flag[i] === 0 ? '' : String.fromCharCode(table.flag[i]!),
  }));
}

function table(result: StatsReadResult): StatsTable {
  expect(result.errors).toEqual([]);
  if (!result.table) throw new Error('no table');
  return result.table;
}

const cbpHeading = 'naics,fipstate,year,emp,emp_nf,empflag,est,ap,ap_nf';

describe('readStatisticsCsv, CBP layouts', () => {
  it('reads the CBP state layout with codes exactly as written and suppression flags', async () => {
    const path = file(
      `${cbpHeading}\n------,01,2011,1573138,G,,97743,59241365,G\n3361//,01,2011,0,D,E,12,0,D\n336411,02,2010,120,H,,3,5400,H\n`,
    );
    const result = await readStatisticsCsv(path);
    expect(result.layout).toBe('cbp');
    expect(rows(table(result))).toEqual([
      {
        region: '01',
        industry: '------',
        year: 2011,
        employment: 1573138,
        establishments: 97743,
        payroll: 59241365,
        flag: '',
      },
      {
        region: '01',
        industry: '3361//',
        year: 2011,
        employment: 0,
        establishments: 12,
        payroll: 0,
        flag: 'E',
      },
      {
        region: '02',
        industry: '336411',
        year: 2010,
        employment: 120,
        establishments: 3,
        payroll: 5400,
        flag: '',
      },
    ]);
  });

  it('makes the region of a county file from state and county FIPS, in any column order', async () => {
    const path = file(
      '"fipstate","fipscty","naics","empflag","emp","est","ap","year"\n"01","001","336411","",15,2,300,2012\n"01","003","336411","A",0,1,0,2012\n',
    );
    const got = rows(table(await readStatisticsCsv(path)));
    expect(got.map((row) => [row.region, row.flag, row.employment])).toEqual([
      ['01001', '', 15],
      ['01003', 'A', 0],
    ]);
  });

  it('takes the year of a Census file without a year column from its name, and only lfo "-" rows', async () => {
    const path = file(
      'fipstate,naics,lfo,empflag,emp,est,ap\n01,336411,-,,120,5,900\n01,336411,C,,100,4,800\n',
      'cbp11st.txt',
    );
    const got = rows(table(await readStatisticsCsv(path)));
    expect(got.map((row) => [row.region, row.year, row.employment])).toEqual([['01', 2011, 120]]);
    expect(cbpFileYear('/data/CBP98CO.TXT')).toBe(1998);
    expect(cbpFileYear('cbp_state.csv')).toBeUndefined();
  });

  it('reads gzip files as the plain file', async () => {
    const text = `${cbpHeading}\n336411,01,2011,10,G,,1,100,G\n336412,01,2011,20,G,,2,200,G\n`;
    const plain = rows(table(await readStatisticsCsv(file(text))));
    const zipped = rows(table(await readStatisticsCsv(file(gzipSync(text), 'cbp.csv.gz'))));
    expect(zipped).toEqual(plain);
  });

  it('loads only the industries keepIndustry accepts, regions still in file order', async () => {
    const path = file(
      `${cbpHeading}\n------,11,2011,5,G,,1,1,G\n------,01,2011,5,G,,1,1,G\n336411,01,2011,x,G,,1,1,G\n`,
    );
    const kept = await readStatisticsCsv(path, { keepIndustry: (code) => code === '------' });
    expect(table(kept).regions).toEqual(['11', '01']);
    expect(table(kept).industries).toEqual(['------']);
    expect(table(kept).length).toBe(2);
  });
});

describe('readStatisticsCsv, generic layout', () => {
  it('matches English headings in any case and order, with optional payroll and flag', async () => {
    const path = file('Year,Region,Industry,Establishments,Employment\n2020,TR310,C24,12,340\n');
    const got = rows(table(await readStatisticsCsv(path)));
    expect(got).toEqual([
      {
        region: 'TR310',
        industry: 'C24',
        year: 2020,
        employment: 340,
        establishments: 12,
        payroll: NaN,
        flag: '',
      },
    ]);
  });

  it('matches Turkish headings, semicolons and decimal commas as Turkish Excel writes them', async () => {
    const path = file(
      'Bölge;Sektör;Yıl;İstihdam;İşyeri Sayısı;Ödenen Ücret;Bayrak\nİzmir;C25;2021;1250,5;40;;\nİzmir;C24;2021;;3;;b\n',
    );
    const result = await readStatisticsCsv(path);
    expect(result.layout).toBe('generic');
    expect(rows(table(result))).toEqual([
      {
        region: 'İzmir',
        industry: 'C25',
        year: 2021,
        employment: 1250.5,
        establishments: 40,
        payroll: NaN,
        flag: '',
      },
      {
        region: 'İzmir',
        industry: 'C24',
        year: 2021,
        employment: NaN,
        establishments: 3,
        payroll: NaN,
        flag: 'B',
      },
    ]);
  });
});

describe('readStatisticsCsv, bad input', () => {
  async function errors(text: string) {
    const result = await readStatisticsCsv(file(text));
    expect(result.table).toBeNull();
    return result.errors;
  }

  it('names the missing columns and what the heading row has', async () => {
    const [error] = await errors('region,industry,year\nA,1,2020\n');
    expect(error).toMatchObject({ line: 1, column: 1 });
    expect(error?.message).toContain(
      'missing columns employment (or emp), establishments (or est)',
    );
    expect(error?.message).toContain('region, industry, year');
  });

  it('rejects two columns for one field', async () => {
    const [error] = await errors('region,il,industry,year,employment,establishments\n');
    expect(error).toMatchObject({ line: 1, column: 2 });
    expect(error?.message).toContain('"region" and "il"');
  });

  it('names non-numeric and negative values by line, column and heading', async () => {
    expect(
      await errors(
        'region,industry,year,employment,establishments\nA,1,2020,12x,3\nA,2,2020,-5,3\nA,3,2020,5,\n',
      ),
    ).toEqual([
      { line: 2, column: 4, message: 'employment: "12x" is not a number' },
      { line: 3, column: 4, message: 'employment: -5 is negative' },
      { line: 4, column: 5, message: 'establishments is empty' },
    ]);
  });

  it('rejects unknown flag letters, years out of range and empty codes', async () => {
    expect(
      await errors(
        `${cbpHeading}\n336411,01,2011,0,D,X,1,0,D\n336411,01,1850,5,G,,1,1,G\n,01,2011,5,G,,1,1,G\n`,
      ),
    ).toEqual([
      {
        line: 2,
        column: 6,
        message: 'empflag: "X" is not a known flag (A, B, C, E, F, G, H, I, J, K, L, M)',
      },
      { line: 3, column: 3, message: 'year: 1850 is out of range (1900 to 2100)' },
      { line: 4, column: 1, message: 'naics is empty' },
    ]);
  });

  it('rejects a second row for the same region, industry and year, naming both lines', async () => {
    expect(
      await errors(
        'region,industry,year,employment,establishments\nA,1,2020,5,1\n\nB,1,2020,5,1\nA,1,2020,7,1\n',
      ),
    ).toEqual([
      {
        line: 5,
        column: 1,
        message: 'duplicate row: region A, industry 1, year 2020 is also on line 2',
      },
    ]);
  });

  it('names the right lines of a duplicate after rows of skipped industries', async () => {
    const result = await readStatisticsCsv(
      file(
        `${cbpHeading}\n------,01,2011,5,G,,1,1,G\n336411,01,2011,5,G,,1,1,G\n31----,01,2011,5,G,,1,1,G\n\n336411,01,2011,6,G,,1,1,G\n`,
      ),
      { keepIndustry: (code) => code === '336411' },
    );
    expect(result.errors).toEqual([
      {
        line: 6,
        column: 2,
        message: 'duplicate row: region 01, industry 336411, year 2011 is also on line 3',
      },
    ]);
  });

  it('rejects a short line and a heading row without data', async () => {
    expect(await errors('region,industry,year,employment,establishments\nA,1,2020\n')).toEqual([
      { line: 2, column: 3, message: 'the line has 3 fields; the heading row names 5' },
    ]);
    expect(await errors('region,industry,year,employment,establishments\n')).toEqual([
      { line: 2, column: 1, message: 'the file has a heading row but no data rows' },
    ]);
  });

  it('lists the first maxErrors errors and counts the rest', async () => {
    const bad = Array.from({ length: 30 }, (_, i) => `A,${i},2020,x,1`).join('\n');
    const result = await readStatisticsCsv(
      file(`region,industry,year,employment,establishments\n${bad}\n`),
      { maxErrors: 10 },
    );
    expect(result.table).toBeNull();
    expect(result.errors).toHaveLength(10);
    expect(result.moreErrors).toBe(20);
  });
});
