// `kume stats clusters | shift-share | related` on small hand-computed files: the output contract
// (columns, booleans, region codes, formats), the options, and bad input ending with exit code 2
// and `file:line:column: message`.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readTable } from '@kume/io';
import { afterAll, describe, expect, it } from 'vitest';
import { runKume } from '../../test/runKume';

const dir = mkdtempSync(join(tmpdir(), 'kume-stats-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// Regions A and B (C has a row with no jobs); T1 and T2 traded, L1 local; 999999 in no cluster.
// Totals 2020: A traded 150, local 50, all 210; B traded 350, local 150, all 500; nation traded
// 500 (T1 200, T2 300), local 200, all 710.
const data = file(
  'data.csv',
  [
    'region,industry,year,employment,establishments',
    'A,111111,2020,100,10',
    'A,222222,2020,50,5',
    'A,333333,2020,50,5',
    'A,999999,2020,10,1',
    'B,111111,2020,100,10',
    'B,222222,2020,250,25',
    'B,333333,2020,150,15',
    'C,111111,2020,0,0',
    'A,111111,2018,81,9',
    'A,222222,2018,50,5',
    'B,111111,2018,100,10',
    'B,222222,2018,250,25',
    'B,333333,2018,150,15',
  ].join('\n'),
);
const definitions = file(
  'definitions.csv',
  'industry,cluster,type,cluster_name\n111111,T1,traded,First traded\n222222,T2,traded,Second traded\n333333,L1,local,Local services\n',
);
const contract = [
  'region',
  'cluster',
  'year',
  'type',
  'employment',
  'establishments',
  'lq',
  'lq_total',
  'qualifying',
  'significant',
  'strong',
  'strong10',
  'stars_size',
  'stars_specialisation',
  'stars_focus',
];

const csv = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
const row = (rows: Record<string, string>[], region: string, cluster: string, year = '2020') =>
  rows.find((r) => r.region === region && r.cluster === cluster && r.year === year);

describe('kume stats clusters', () => {
  it('writes one CSV row per region x cluster x year with jobs, in the contract column order', async () => {
    const run = await runKume(['stats', 'clusters', '--data', data, '--definitions', definitions]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]!.split(',').slice(0, contract.length)).toEqual(contract);
    const rows = csv(run.stdout);
    expect(rows.map((r) => `${r.region}/${r.cluster}/${r.year}`).sort()).toEqual([
      'A/L1/2020',
      'A/T1/2018',
      'A/T1/2020',
      'A/T2/2018',
      'A/T2/2020',
      'B/L1/2018',
      'B/L1/2020',
      'B/T1/2018',
      'B/T1/2020',
      'B/T2/2018',
      'B/T2/2020',
    ]);
    const a1 = row(rows, 'A', 'T1')!;
    expect(a1).toMatchObject({ type: 'traded', employment: '100', establishments: '10' });
    expect(Number(a1.lq)).toBeCloseTo(100 / 150 / (200 / 500), 12);
    expect(Number(a1.lq_total)).toBeCloseTo(100 / 210 / (200 / 710), 12);
    expect(Number(row(rows, 'B', 'L1')!.lq)).toBeCloseTo(150 / 150 / (200 / 200), 12);
    expect(row(rows, 'B', 'L1')!.type).toBe('local');
    for (const flag of contract.slice(8)) expect(['true', 'false']).toContain(a1[flag]);
    expect(row(rows, 'A', 'L1')!.strong).toBe('false'); // local clusters are never strong
  });

  it('reports codes in no cluster on standard error with their employment', async () => {
    const run = await runKume(['stats', 'clusters', '--data', data, '--definitions', definitions]);
    expect(run.stderr).toContain('1 industry codes of the data are in no cluster');
    expect(run.stderr).toContain('999999 (10)');
  });

  it('--year keeps one year and --from-year adds employment_cagr after the contract columns', async () => {
    const run = await runKume([
      'stats',
      'clusters',
      '--data',
      data,
      '--definitions',
      definitions,
      '--year',
      '2020',
      '--from-year',
      '2018',
    ]);
    expect(run.code).toBe(0);
    const rows = csv(run.stdout);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set(['2020']));
    expect(Object.keys(rows[0]!)[contract.length]).toBe('employment_cagr');
    expect(Number(row(rows, 'A', 'T1')!.employment_cagr)).toBeCloseTo(100 / 90 - 1, 12); // 81 -> 100 in 2 years
    expect(row(rows, 'A', 'L1')!.employment_cagr).toBe(''); // no jobs in 2018: undefined
  });

  it('--benchmark takes a region as the nation and leaves it out of the output', async () => {
    const withNation = file(
      'nation.csv',
      `${readFileSync(data, 'utf8')}\nUS,111111,2020,200,20\nUS,222222,2020,300,30\nUS,333333,2020,200,20\nUS,999999,2020,10,1\n`,
    );
    const run = await runKume([
      'stats',
      'clusters',
      '--data',
      withNation,
      '--definitions',
      definitions,
      '--benchmark',
      'US',
      '--year',
      '2020',
    ]);
    expect(run.code).toBe(0);
    const rows = csv(run.stdout);
    expect(rows.some((r) => r.region === 'US')).toBe(false);
    expect(Number(row(rows, 'A', 'T1')!.lq)).toBeCloseTo(100 / 150 / (200 / 500), 12);
  });

  it('writes JSON rows with booleans and numbers, and XLSX with the same columns', async () => {
    const json = await runKume([
      'stats',
      'clusters',
      '--data',
      data,
      '--definitions',
      definitions,
      '--format',
      'json',
      '--year',
      '2020',
    ]);
    const rows = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ region: 'A', cluster: 'T1', year: 2020, employment: 100 });
    expect(typeof rows[0]!.strong).toBe('boolean');

    const out = join(dir, 'clusters.xlsx');
    const xlsx = await runKume([
      'stats',
      'clusters',
      '--data',
      data,
      '--definitions',
      definitions,
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    expect(xlsx.code).toBe(0);
    const table = await readTable(readFileSync(out), 'clusters.xlsx');
    expect(table.headings.slice(0, contract.length)).toEqual(contract);
    expect(table.rows).toHaveLength(11);
  });

  it('keeps region codes exactly as written (leading zeros)', async () => {
    const cbp = file(
      'cbp.csv',
      'naics,fipstate,year,emp,empflag,est\n111111,01,2011,10,,1\n222222,01,2011,0,A,1\n111111,02,2011,5,,1\n',
    );
    const run = await runKume(['stats', 'clusters', '--data', cbp, '--definitions', definitions]);
    const rows = csv(run.stdout);
    expect(rows.map((r) => r.region)).toEqual(['01', '01', '02']);
    expect(row(rows, '01', 'T2', '2011')!.employment).toBe('10'); // flag A filled with 10
  });
});

describe('kume stats, bad input', () => {
  it('exits 2 with file:line:column for a bad value and writes nothing', async () => {
    const bad = file(
      'bad.csv',
      'region,industry,year,employment,establishments\nA,111111,2020,5,1\nA,222222,2020,x,1\nA,333333,2020,-1,1\n',
    );
    const out = join(dir, 'never.csv');
    const run = await runKume([
      'stats',
      'clusters',
      '--data',
      bad,
      '--definitions',
      definitions,
      '--out',
      out,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${bad}:3:4: employment: "x" is not a number`);
    expect(run.stderr).toContain(`${bad}:4:4: employment: -1 is negative`);
    expect(() => readFileSync(out)).toThrow();
  });

  it('exits 2 for duplicate rows, naming both lines', async () => {
    const twice = file(
      'twice.csv',
      'region,industry,year,employment,establishments\nA,111111,2020,5,1\nA,111111,2020,6,1\n',
    );
    const run = await runKume(['stats', 'clusters', '--data', twice, '--definitions', definitions]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${twice}:3:1: duplicate row: region A, industry 111111, year 2020 is also on line 2`,
    );
  });

  it('exits 2 for a definition with an unknown type, a missing file, a benchmark or year not in the data', async () => {
    const badDefinition = file('bad-definition.csv', 'industry,cluster,type\n111111,T1,exported\n');
    // One after the other: runKume captures the process-wide console.
    const runs = [];
    for (const argv of [
      ['--data', data, '--definitions', badDefinition],
      ['--data', join(dir, 'missing.csv'), '--definitions', definitions],
      ['--data', data, '--definitions', definitions, '--benchmark', 'ZZ'],
      ['--data', data, '--definitions', definitions, '--year', '1999'],
    ])
      runs.push(await runKume(['stats', 'clusters', ...argv]));
    expect(runs.map((run) => run.code)).toEqual([2, 2, 2, 2]);
    expect(runs[0]!.stderr).toContain(`${badDefinition}:2:3: type: unknown type "exported"`);
    expect(runs[1]!.stderr).toContain('--data:');
    expect(runs[1]!.stderr).toContain('does not exist');
    expect(runs[2]!.stderr).toContain('benchmark region "ZZ" is not in the data');
    expect(runs[3]!.stderr).toContain('1999 is not in the data');
  });

  it('exits 2 for XLSX without --out and for a year that is not a year', async () => {
    const xlsx = await runKume([
      'stats',
      'clusters',
      '--data',
      data,
      '--definitions',
      definitions,
      '--format',
      'xlsx',
    ]);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain('--format xlsx needs --out');
    const year = await runKume([
      'stats',
      'clusters',
      '--data',
      data,
      '--definitions',
      definitions,
      '--year',
      'last',
    ]);
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('--year: "last" is not a year');
  });

  it('counts codes of two vintages once each (an industry renumbered between years)', async () => {
    const vintages = file(
      'vintages.csv',
      'region,industry,year,employment,establishments\nA,111111,2006,10,1\nA,111112,2008,12,1\nB,111111,2006,5,1\nB,111112,2008,6,1\n',
    );
    const definition = file(
      'vintage-definition.csv',
      'industry,cluster,type\n111111,T1,traded\n111112,T1,traded\n',
    );
    const run = await runKume([
      'stats',
      'clusters',
      '--data',
      vintages,
      '--definitions',
      definition,
    ]);
    const rows = csv(run.stdout);
    expect(rows.map((r) => [r.region, r.year, r.employment])).toEqual([
      ['A', '2006', '10'],
      ['A', '2008', '12'],
      ['B', '2006', '5'],
      ['B', '2008', '6'],
    ]);
  });
});

describe('kume stats shift-share', () => {
  it('splits each change into national share, industry mix and regional share exactly', async () => {
    const run = await runKume([
      'stats',
      'shift-share',
      '--data',
      data,
      '--definitions',
      definitions,
      '--from-year',
      '2018',
      '--year',
      '2020',
    ]);
    expect(run.code).toBe(0);
    const rows = csv(run.stdout);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const parts = Number(r.national_share) + Number(r.industry_mix) + Number(r.regional_share);
      expect(parts).toBeCloseTo(Number(r.change), 9);
      expect(Number(r.change)).toBe(Number(r.employment_end) - Number(r.employment_start));
    }
    expect(
      row(
        rows.map((r) => ({ ...r, year: '2020' })),
        'A',
        'T1',
      ),
    ).toMatchObject({
      employment_start: '81',
      employment_end: '100',
    });
  });

  it('exits 2 when both years are the same', async () => {
    const run = await runKume([
      'stats',
      'shift-share',
      '--data',
      data,
      '--definitions',
      definitions,
      '--from-year',
      '2020',
      '--year',
      '2020',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('two different years');
  });
});

describe('kume stats related', () => {
  // Five regions: R1 is strong in T1 only; T1 and T2 are strongly related both ways.
  const regions = ['R1', 'R2', 'R3', 'R4', 'R5'];
  const t1 = [500, 10, 20, 30, 40];
  const t2 = [10, 200, 300, 400, 500];
  const relatedData = file(
    'related-data.csv',
    [
      'region,industry,year,employment,establishments',
      ...regions.flatMap((region, r) => [
        `${region},111111,2020,${t1[r]},${t1[r]! / 10}`,
        `${region},222222,2020,${t2[r]},${t2[r]! / 10}`,
      ]),
    ].join('\n'),
  );
  const matrix = file(
    'matrix.csv',
    'cluster_code,cluster_code_2,cr_all,cr_all_pc,cluster_name,cluster_name_2\n1,2,1.5,95,First traded,Second traded\n2,1,1.5,95,Second traded,First traded\n1,1,2,99,First traded,First traded\n',
  );

  it('lists the related clusters where a region with a strong cluster is not strong, matched by name', async () => {
    const run = await runKume([
      'stats',
      'related',
      '--data',
      relatedData,
      '--definitions',
      definitions,
      '--relatedness',
      matrix,
    ]);
    expect(run.code).toBe(0);
    const rows = csv(run.stdout);
    expect(rows.find((r) => r.region === 'R1')).toMatchObject({
      cluster: 'T1',
      related: 'T2',
      percentile: '95',
      related_employment: '10',
      cluster_name: 'First traded',
    });
    for (const r of rows) expect(r.cluster).not.toBe(r.related);
  });

  it('exits 2 when no cluster of the matrix matches the definition', async () => {
    const other = file('other-matrix.csv', 'cluster,related,score,percentile\nX,Y,1,95\n');
    const run = await runKume([
      'stats',
      'related',
      '--data',
      relatedData,
      '--definitions',
      definitions,
      '--relatedness',
      other,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('matches a cluster');
  });
});

describe('kume stats --help', () => {
  for (const command of ['clusters', 'shift-share', 'related']) {
    it(`stats ${command} --help documents --data, --definitions, --benchmark, --format and --out`, async () => {
      const run = await runKume(['stats', command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: kume stats ${command}`));
      for (const option of [
        '--data',
        '--definitions',
        '--benchmark',
        '--format',
        '--out',
        '--progress',
      ])
        expect(run.stdout).toContain(option);
    });
  }
});
