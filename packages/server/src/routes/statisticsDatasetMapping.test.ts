// Statistics files with headings Kume does not know (TÜİK and SGK spreadsheets): the preview
// suggests a column mapping, and an import through a mapping reads the same numbers as the
// generic layout; a mapping that cannot work is refused by field and nothing is stored.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, expectStatus, upload } from '../../test/projectFixtures';
import {
  addDataset,
  addDefinition,
  SMALL_DATASET,
  statisticsUrl,
} from '../../test/statisticsFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';

interface ErrorBody {
  error: { code: string; message: string; issues: { path: string; message: string }[] };
}
type ExportRow = Record<string, string | number | boolean | null>;

/** SMALL_DATASET's rows as [region, industry, year, employment, establishments]. */
const smallRows = SMALL_DATASET.split('\n')
  .slice(1)
  .map((line) => line.split(','));

/** The columns of the Turkish files, in an order unlike the generic layout. */
const TURKISH_HEADINGS = [
  'Sigortalı Sayısı',
  'İl Kodu',
  'İl Adı',
  'İşyeri Sayısı',
  'NACE Rev.2 Sınıf',
];
const turkishRow = ([region, industry, , employment, establishments]: string[]) => [
  Number(employment),
  region!,
  `İl ${region}`,
  Number(establishments),
  industry!,
];

async function workbook(sheets: Record<string, (string | number)[][]>) {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('statistics datasets through a column mapping', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let definitionId: string;
  const url = (path = '') => `/api/projects/${slug}/statistics/datasets${path}`;
  const count = async () => (expectStatus(await owner.get(url()), 200).json() as unknown[]).length;
  /** The export of a dataset's year as JSON rows, the columns that rest on that year only. */
  const exported = async (datasetId: string, year: number) => {
    const path = statisticsUrl(slug, 'clusters/export', {
      datasetId,
      definitionId,
      year,
      format: 'json',
    });
    const rows = expectStatus(await owner.get(path), 200).json() as ExportRow[];
    expect(rows.length).toBeGreaterThan(0);
    return rows.map(({ region, cluster, employment, establishments, lq, lq_total, strong }) => ({
      region,
      cluster,
      employment,
      establishments,
      lq,
      lq_total,
      strong,
    }));
  };

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Mapped statistics');
    definitionId = await addDefinition(owner, slug);
  });
  afterAll(() => t.close());

  it('previews a Turkish workbook: its sheets, first rows and a suggested mapping', async () => {
    const rows = smallRows.filter((row) => row[2] === '2015').map(turkishRow);
    const bytes = await workbook({
      Açıklama: [['Kaynak: SGK']],
      Veri: [TURKISH_HEADINGS, ...rows],
    });
    const first = expectStatus(await upload(owner, url('/preview'), 'sgk.xlsx', bytes), 200);
    expect(first.json()).toMatchObject({
      fileName: 'sgk.xlsx',
      format: 'generic',
      headings: ['Kaynak: SGK'],
      sheets: ['Açıklama', 'Veri'],
      sheet: 'Açıklama',
    });
    const data = expectStatus(
      await upload(owner, url('/preview'), 'sgk.xlsx', bytes, { sheet: 'Veri' }),
      200,
    );
    expect(data.json()).toEqual({
      fileName: 'sgk.xlsx',
      format: 'generic',
      headings: TURKISH_HEADINGS,
      sampleRows: rows.slice(0, 5).map((row) => row.map(String)),
      rowCountEstimate: rows.length,
      headingsRecognised: false,
      suggestedMapping: { region: 1, industry: 4, employment: 0, establishments: 3 },
      sheets: ['Açıklama', 'Veri'],
      sheet: 'Veri',
    });
  });

  it('previews the beginning of a large CSV, estimating its rows from the whole size', async () => {
    const line = 'TR310,C24,2020,120,4';
    const head = ['region,industry,year,employment,establishments', ...Array(4000).fill(line)];
    const text = `${head.join('\n')}\n`;
    const response = expectStatus(
      await upload(owner, url('/preview'), 'big.csv', text.slice(0, 70_000), {
        fileSize: text.length * 10,
      }),
      200,
    );
    const preview = response.json() as { rowCountEstimate: number; headingsRecognised: boolean };
    expect(preview.headingsRecognised).toBe(true);
    expect(preview.rowCountEstimate).toBeGreaterThan(39_000);
    expect(preview.rowCountEstimate).toBeLessThan(41_000);
  });

  it('previews CBP files as CBP, and refuses binary files as it refuses their import', async () => {
    const cbp = await upload(
      owner,
      url('/preview'),
      'cbp.csv',
      'naics,fipstate,year,emp,empflag,est\n336411,01,2011,5,,1\n',
    );
    expect(cbp.json()).toMatchObject({ format: 'cbp', suggestedMapping: {} });
    const binary = await upload(owner, url('/preview'), 'x.csv', new Uint8Array(4096).fill(1));
    expect(binary.statusCode).toBe(400);
    expect((binary.json() as ErrorBody).error.code).toBe('unsupported_file');
  });

  it('imports the Turkish workbook through a mapping: the same numbers as the generic file', async () => {
    const generic = await addDataset(owner, slug, SMALL_DATASET, 'small.csv');
    const bytes = await workbook({
      Veri: [
        [...TURKISH_HEADINGS, 'Yıl'],
        ...smallRows.map((row) => [...turkishRow(row), Number(row[2])]),
      ],
    });
    const mapping = { region: 1, industry: 4, year: 5, employment: 0, establishments: 3 };
    const response = await upload(owner, url(), 'sgk.xlsx', bytes, { mapping, name: 'SGK' });
    expect(response.statusCode).toBe(201);
    const dataset = response.json() as { id: string };
    expect(dataset).toMatchObject({
      name: 'SGK',
      sourceFormat: 'generic',
      rowCount: 25,
      regionCount: 4,
      years: [2010, 2015],
    });
    expect(await exported(dataset.id, 2015)).toEqual(await exported(generic, 2015));
    expect(await exported(dataset.id, 2010)).toEqual(await exported(generic, 2010));
  });

  it('imports a semicolon CSV in another column order with a fixed year', async () => {
    const generic = await addDataset(owner, slug, SMALL_DATASET, 'small.csv');
    const lines = smallRows
      .filter((row) => row[2] === '2015')
      .map(([region, industry, , employment, establishments]) =>
        [industry, establishments, `il ${region}`, employment, region].join(';'),
      );
    const csv = ['NACE Kodu;İşyeri;İl Adı;Sigortalı;İl Kodu', ...lines].join('\r\n');
    const mapping = { region: 4, industry: 0, employment: 3, establishments: 1 };
    const response = await upload(owner, url(), 'tuik.csv', csv, { mapping, year: 2015 });
    expect(response.statusCode).toBe(201);
    const dataset = response.json() as { id: string; years: number[]; warnings: string[] };
    expect(dataset.years).toEqual([2015]);
    expect(await exported(dataset.id, 2015)).toEqual(await exported(generic, 2015));
  });

  describe('a mapping that cannot work is refused, naming the field, and nothing is stored', () => {
    const csv = 'a,b,c,d\nA,111,2015,10\n';
    it.each([
      [
        'a required field without a column',
        { region: 0, industry: 1, year: 2 },
        {},
        'options.mapping.employment',
        'employment is required',
      ],
      [
        'a column past the last one',
        { region: 0, industry: 1, year: 2, employment: 7 },
        {},
        'options.mapping.employment',
        'points to column 8, but the heading row has 4 columns',
      ],
      [
        'no year column and no fixed year',
        { region: 0, industry: 1, employment: 3 },
        {},
        'options.mapping.year',
        'year is required',
      ],
      [
        'a year column and a fixed year',
        { region: 0, industry: 1, year: 2, employment: 3 },
        { year: 2015 },
        'options.year',
        'not both',
      ],
      [
        'a mapping with the CBP format',
        { region: 0, industry: 1, year: 2, employment: 3 },
        { format: 'cbp' },
        'options.format',
        'generic',
      ],
      [
        'a field the mapping does not know',
        { region: 0, industry: 1, year: 2, employment: 3, county: 4 },
        {},
        'options.mapping',
        '',
      ],
    ])('%s', async (_, mapping, more, path, message) => {
      const before = await count();
      const response = await upload(owner, url(), 'bad.csv', csv, { mapping, ...more });
      expect(response.statusCode).toBe(400);
      const body = response.json() as ErrorBody;
      expect(body.error.code).toBe('validation');
      expect(body.error.issues[0]).toEqual({ path, message: expect.stringContaining(message) });
      expect(await count()).toBe(before);
    });

    it('a bad value in a mapped column is placed by line and the heading of the file', async () => {
      const before = await count();
      const response = await upload(owner, url(), 'bad.csv', 'Sigortalı;İl;NACE\n12x;A;111\n', {
        mapping: { region: 1, industry: 2, employment: 0 },
        year: 2020,
      });
      expect(response.statusCode).toBe(400);
      expect((response.json() as ErrorBody).error.issues).toEqual([
        { path: 'line 2, column 1', message: 'Sigortalı: "12x" is not a number' },
      ]);
      expect(await count()).toBe(before);
    });
  });
});
