// Importing statistics datasets through the API: the CBP layout, generic CSV and XLSX are read
// and stored; bad files are refused with the place of each error and nothing is stored.

import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMemberRole } from '@kume/db';
import { createProject, expectStatus, upload } from '../../test/projectFixtures';
import { addDataset, SMALL_DATASET } from '../../test/statisticsFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';

interface DatasetView {
  id: string;
  name: string;
  fileName: string;
  sourceFormat: string;
  rowCount: number;
  regionCount: number;
  industryCount: number;
  years: number[];
  notes: string;
  warnings?: string[];
  regions?: string[];
}
interface ErrorBody {
  error: { code: string; message: string; issues: { path: string; message: string }[] };
}

/** A CBP state file as the Census publishes it: filler codes, suppressed cells with flags. */
const CBP_STATE = [
  'naics,fipstate,year,emp,emp_nf,empflag,est,ap,ap_nf',
  '------,01,2011,1573138,G,,97743,59241365,G',
  '31----,01,2011,240000,G,,4000,1000000,G',
  '331511,01,2011,0,,B,3,0,D',
  '331511,06,2011,5200,G,,40,260000,G',
  '------,06,2011,12000000,G,,800000,600000000,G',
].join('\n');

async function xlsx(rows: (string | number)[][]) {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Data').addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('statistics datasets', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  const url = () => `/api/projects/${slug}/statistics/datasets`;
  const count = async () =>
    (expectStatus(await owner.get(url()), 200).json() as DatasetView[]).length;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Statistics datasets');
  });
  afterAll(() => t.close());

  it('imports a CBP state file: regions from fipstate, suppressed cells reported in warnings', async () => {
    const response = await upload(owner, url(), 'cbp_state.csv', CBP_STATE);
    expect(response.statusCode).toBe(201);
    const dataset = response.json() as DatasetView;
    expect(dataset).toMatchObject({
      name: 'cbp_state',
      fileName: 'cbp_state.csv',
      sourceFormat: 'cbp',
      rowCount: 5,
      regionCount: 2,
      years: [2011],
    });
    expect(dataset.warnings).toEqual([
      expect.stringContaining('1 employment values are suppressed'),
      expect.stringContaining('one year (2011)'),
    ]);
    const detail = expectStatus(
      await owner.get(`${url()}/${dataset.id}`),
      200,
    ).json() as DatasetView;
    expect(detail.regions).toEqual(['01', '06']);
  });

  it('imports a generic CSV with a chosen name, and lists it', async () => {
    const id = await addDataset(owner, slug, SMALL_DATASET, 'small.csv', {
      name: 'Hand-made',
      format: 'generic',
    });
    const listed = expectStatus(await owner.get(url()), 200).json() as DatasetView[];
    expect(listed.find((d) => d.id === id)).toMatchObject({
      name: 'Hand-made',
      sourceFormat: 'generic',
      rowCount: 25,
      regionCount: 4,
      industryCount: 4,
      years: [2010, 2015],
      notes: '',
    });
  });

  it('imports an XLSX workbook with Turkish headings', async () => {
    const bytes = await xlsx([
      ['İl', 'Sektör', 'Yıl', 'İstihdam', 'İşyeri Sayısı'],
      ['35', '2451', 2020, 1200, 14],
      ['06', '2451', 2020, 300, 4],
    ]);
    const response = await upload(owner, url(), 'sgk.xlsx', bytes);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      sourceFormat: 'generic',
      rowCount: 2,
      regionCount: 2,
      years: [2020],
    });
  });

  it('imports a Eurostat TSV, plain or gzip, with ":" for values not available', async () => {
    const tsv = [
      'freq,nace_r2,unit,geo\\TIME_PERIOD\t2019 \t2020 ',
      'A,C24,THS,TR31\t12.5 \t13.1 p',
      'A,C24,THS,TR10\t: \t20.0 ',
    ].join('\n');
    for (const [fileName, content] of [
      ['eurostat.tsv', tsv],
      ['eurostat.tsv.gz', gzipSync(tsv)],
    ] as const) {
      const response = await upload(owner, url(), fileName, content);
      expect(response.statusCode, fileName).toBe(201);
      expect(response.json()).toMatchObject({
        sourceFormat: 'eurostat',
        rowCount: 3,
        regionCount: 2,
        years: [2019, 2020],
      });
    }
  });

  it('renames a dataset and changes its notes, then deletes it', async () => {
    const id = await addDataset(owner, slug);
    const patched = await owner.patch(`${url()}/${id}`, { name: 'Renamed', notes: 'from SGK' });
    expect(patched.json()).toMatchObject({ id, name: 'Renamed', notes: 'from SGK' });
    expect((await owner.delete(`${url()}/${id}`)).statusCode).toBe(204);
    expect((await owner.get(`${url()}/${id}`)).statusCode).toBe(404);
    expect((await owner.delete(`${url()}/${id}`)).statusCode).toBe(404);
  });

  describe('bad files are refused with the place of the error, and nothing is stored', () => {
    const header = 'region,industry,year,employment,establishments';
    it.each([
      [
        'a non-numeric employment',
        `${header}\nA,111,2015,12a,3\n`,
        'line 2, column 4',
        'not a number',
      ],
      [
        'a negative employment',
        `${header}\nA,111,2015,10,3\nB,111,2015,-5,3\n`,
        'line 3, column 4',
        'negative',
      ],
      [
        'a duplicate row',
        `${header}\nA,111,2015,10,3\nA,111,2015,12,3\n`,
        'line 3, column 1',
        'duplicate row',
      ],
      [
        'a missing column',
        'region,industry,year,employment\nA,111,2015,10\n',
        'line 1, column 1',
        'missing column',
      ],
    ])('%s', async (_, content, place, message) => {
      const before = await count();
      const response = await upload(owner, url(), 'bad.csv', content);
      expect(response.statusCode).toBe(400);
      const body = response.json() as ErrorBody;
      expect(body.error.code).toBe('validation');
      expect(body.error.issues[0]).toEqual({
        path: place,
        message: expect.stringContaining(message),
      });
      expect(await count()).toBe(before);
    });

    it('10 MB of random bytes: unsupported_file, saying it is not a text file', async () => {
      const before = await count();
      const response = await upload(owner, url(), 'random.csv', randomBytes(10 * 1024 * 1024));
      expect(response.statusCode).toBe(400);
      const body = response.json() as ErrorBody;
      expect(body.error.code).toBe('unsupported_file');
      expect(body.error.message).toMatch(/random\.csv is not a CSV or TSV text file/);
      expect(await count()).toBe(before);
    });

    it('an empty file', async () => {
      const response = await upload(owner, url(), 'empty.csv', '');
      expect(response.statusCode).toBe(400);
      expect((response.json() as ErrorBody).error.message).toBe('empty.csv is empty');
    });

    it('a file that is not the format asked for', async () => {
      const response = await upload(owner, url(), 'small.csv', SMALL_DATASET, { format: 'cbp' });
      expect(response.statusCode).toBe(400);
      expect((response.json() as ErrorBody).error.issues[0]?.path).toBe('options.format');
    });

    it('an XLSX error is placed by worksheet row', async () => {
      const bytes = await xlsx([
        ['region', 'industry', 'year', 'employment', 'establishments'],
        ['A', '111', 2015, 10, 1],
        ['A', '111', 2015, 'many', 1],
      ]);
      const response = await upload(owner, url(), 'bad.xlsx', bytes);
      expect(response.statusCode).toBe(400);
      expect((response.json() as ErrorBody).error.issues[0]?.path).toBe('row 3, column 4');
    });
  });

  it('a request without a file part is 400', async () => {
    const form = new FormData();
    form.append('options', '{}');
    const response = await owner.request('POST', url(), form);
    expect(response.statusCode).toBe(400);
    expect((response.json() as ErrorBody).error.message).toMatch(/"file" part is missing/);
  });

  it('a facilitator imports datasets too', async () => {
    const facilitator = await t.signUp('facilitator@example.com');
    const project = expectStatus(await owner.get(`/api/projects/${slug}`), 200).json() as {
      id: string;
    };
    await setMemberRole(t.database.db, project.id, facilitator.userId ?? '', 'facilitator');
    expect(await addDataset(facilitator, slug)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("another project's dataset is not found", async () => {
    const id = await addDataset(owner, slug);
    const other = await createProject(owner, 'Other statistics');
    expect((await owner.get(`/api/projects/${other}/statistics/datasets/${id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await owner.delete(`/api/projects/${other}/statistics/datasets/${id}`)).statusCode,
    ).toBe(404);
  });
});
