// Previews of statistics files: layout, headings, first rows, a row count (exact or estimated from
// the head of a large file) and the suggested mapping, for CSV, TSV, gzip, Eurostat and XLSX.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { FileFormatError } from '../fileFormatError';
import { writeTable } from '../spreadsheet/writeTable';
import { previewStatisticsFile } from './previewStatisticsFile';

const dir = mkdtempSync(join(tmpdir(), 'kume-stats-preview-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (content: string | Buffer, name = `p${(files += 1)}.csv`) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** `count` rows of a generic table, every line the same length (22 bytes). */
const generic = (count: number) =>
  [
    'region,industry,year,employment,establishments',
    ...Array.from({ length: count }, (_, i) => `R${String(i).padStart(7, '0')},C24,2020,5,1`),
  ].join('\n');

describe('previewStatisticsFile', () => {
  it('shows a Turkish semicolon file: headings, five rows, its row count and a suggestion', async () => {
    const rows = Array.from({ length: 8 }, (_, i) => `İzmir;C2${i};35;${100 + i};2022`);
    const preview = await previewStatisticsFile(
      file(['İl Adı;NACE Rev.2 Sınıf;İl Kodu;Sigortalı Sayısı;Yıl', ...rows].join('\r\n')),
    );
    expect(preview).toEqual({
      format: 'generic',
      headings: ['İl Adı', 'NACE Rev.2 Sınıf', 'İl Kodu', 'Sigortalı Sayısı', 'Yıl'],
      sampleRows: rows.slice(0, 5).map((row) => row.split(';')),
      rowCountEstimate: 8,
      headingsRecognised: false,
      suggestedMapping: { region: 2, industry: 1, year: 4, employment: 3 },
    });
  });

  it('says when the headings are enough to import without a mapping', async () => {
    const preview = await previewStatisticsFile(file(generic(3)));
    expect(preview).toMatchObject({ format: 'generic', headingsRecognised: true });
    expect(preview.suggestedMapping).toEqual({
      region: 0,
      industry: 1,
      year: 2,
      employment: 3,
      establishments: 4,
    });
  });

  it('estimates the rows of a large file from its head, within 1%', async () => {
    const preview = await previewStatisticsFile(file(generic(100_000)));
    expect(preview.sampleRows).toHaveLength(5);
    expect(preview.rowCountEstimate).toBeGreaterThan(99_000);
    expect(preview.rowCountEstimate).toBeLessThan(101_000);
  });

  it('estimates from the whole file size when it has only the head of the file', async () => {
    const head = Buffer.from(generic(100_000)).subarray(0, 100_000);
    const size = Buffer.byteLength(generic(100_000));
    const preview = await previewStatisticsFile(file(head), { fileSize: size });
    expect(preview.rowCountEstimate).toBeGreaterThan(99_000);
    expect(preview.rowCountEstimate).toBeLessThan(101_000);
    // Without the size the head is taken for the whole file.
    const alone = await previewStatisticsFile(file(Buffer.from(generic(3))), { fileSize: 10 });
    expect(alone.rowCountEstimate).toBe(3);
  });

  it('counts a small gzip file, and gives no estimate for a large one', async () => {
    expect(
      (await previewStatisticsFile(file(gzipSync(generic(4)), 'g.csv.gz'))).rowCountEstimate,
    ).toBe(4);
    const large = await previewStatisticsFile(file(gzipSync(generic(50_000)), 'l.csv.gz'));
    expect(large.rowCountEstimate).toBeUndefined();
    expect(large.headings).toHaveLength(5);
  });

  it('recognises CBP and Eurostat layouts and suggests no mapping for them', async () => {
    const cbp = await previewStatisticsFile(
      file('naics,fipstate,year,emp,empflag,est\n336411,01,2011,5,,1\n'),
    );
    expect(cbp).toMatchObject({ format: 'cbp', headingsRecognised: true, suggestedMapping: {} });
    const eurostat = await previewStatisticsFile(
      file('unit,nace_r2,geo\\TIME_PERIOD\t2020 \t2021 \nTHS,C,TR31\t12.5 p\t13 \n', 'e.tsv'),
    );
    expect(eurostat).toMatchObject({
      format: 'eurostat',
      headings: ['unit,nace_r2,geo\\TIME_PERIOD', '2020', '2021'],
      sampleRows: [['THS,C,TR31', '12.5 p', '13']],
      suggestedMapping: {},
    });
  });

  it('a CBP file of one year, named like the Census names it, needs no year column', async () => {
    const text = 'fipstate,naics,lfo,empflag,emp,est\n01,336411,-,,120,5\n';
    expect((await previewStatisticsFile(file(text))).format).toBe('generic');
    expect((await previewStatisticsFile(file(text), { fileName: 'cbp11st.txt' })).format).toBe(
      'cbp',
    );
  });

  it('lists the worksheets of a workbook and previews the one asked for', async () => {
    const bytes = await writeTable('xlsx', ['Notes'], [['see the other sheet']], 'Read me');
    const path = file(bytes, 'book.xlsx');
    const first = await previewStatisticsFile(path);
    expect(first).toMatchObject({
      headings: ['Notes'],
      sheets: ['Read me'],
      sheet: 'Read me',
      rowCountEstimate: 1,
      headingsRecognised: false,
      suggestedMapping: {},
    });
  });

  it('refuses an empty file, a file without a heading row and an unclosed quote', async () => {
    await expect(previewStatisticsFile(file(''), { fileName: 'x.csv' })).rejects.toThrow(
      new FileFormatError('unsupported_file', 'x.csv is empty'),
    );
    await expect(previewStatisticsFile(file('\n\n'))).rejects.toThrow(/has no heading row/);
    await expect(previewStatisticsFile(file('a,b\n"x,1\n'))).rejects.toThrow(
      /:2: a quoted field is never closed/,
    );
  });
});
