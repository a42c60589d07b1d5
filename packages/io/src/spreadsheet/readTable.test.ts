// Reading uploaded CSV and XLSX files: separators, encodings, workbooks, and the errors that say
// what is wrong with a file that is none of these.

import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { encodeWindows1254 } from '../../test/encodeWindows1254';
import { FileFormatError } from '../fileFormatError';
import { MAX_UPLOAD_BYTES, readTable } from './readTable';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

async function workbook(sheets: Record<string, (string | number | null)[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The FileFormatError `promise` rejects with (fails the test when it resolves). */
async function failure(promise: Promise<unknown>): Promise<FileFormatError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FileFormatError))
    throw new Error(`expected an FileFormatError, got ${String(error)}`);
  return error;
}

describe('readTable', () => {
  it('reads a comma-separated CSV into headings and rows of text', async () => {
    const table = await readTable(utf8('Name,Type,Employees\nEge Döküm,firm,250\n'), 'a.csv');
    expect(table).toMatchObject({
      format: 'csv',
      headings: ['Name', 'Type', 'Employees'],
      rows: [['Ege Döküm', 'firm', '250']],
    });
  });

  it('reads a semicolon-separated CSV with a UTF-8 BOM, the BOM not part of the first heading', async () => {
    const table = await readTable(
      utf8('\uFEFFFirma Adı;Tür;İl\nİzmir Kalıp;firma;İzmir\n'),
      'b.csv',
    );
    expect(table.headings).toEqual(['Firma Adı', 'Tür', 'İl']);
    expect(table.rows).toEqual([['İzmir Kalıp', 'firma', 'İzmir']]);
  });

  it('reads a tab-separated file', async () => {
    const table = await readTable(utf8('name\ttype\nA, B and C\tfirm\n'), 'c.txt');
    expect(table.rows).toEqual([['A, B and C', 'firm']]);
  });

  it('reads Windows-1254 (Turkish Excel "CSV") with its Turkish letters right', async () => {
    const bytes = encodeWindows1254(
      'Firma Adı;İlçe\nIşık Döküm Şirketi;Çiğli\nĞüneş Ürün;Ödemiş\n',
    );
    const table = await readTable(Buffer.from(bytes), 'turkish.csv');
    expect(table.headings).toEqual(['Firma Adı', 'İlçe']);
    expect(table.rows).toEqual([
      ['Işık Döküm Şirketi', 'Çiğli'],
      ['Ğüneş Ürün', 'Ödemiş'],
    ]);
  });

  it('keeps quoted separators and line breaks inside a cell', async () => {
    const table = await readTable(utf8('name,notes\n"Ege, A.Ş.","line 1\nline 2"\n'), 'q.csv');
    expect(table.rows).toEqual([['Ege, A.Ş.', 'line 1\nline 2']]);
  });

  it("removes the apostrophe Kume's export puts before = + - @, and keeps other apostrophes", async () => {
    const csv = "name,phone,notes\n'=1+1,'+90 232 123 45 67,'quoted'\n'@SUM(A1),'-5,it's\n";
    expect((await readTable(utf8(csv), 'export.csv')).rows).toEqual([
      ['=1+1', '+90 232 123 45 67', "'quoted'"],
      ['@SUM(A1)', '-5', "it's"],
    ]);
  });

  it('pads short rows to the headings, drops trailing empty rows and empty trailing headings', async () => {
    const table = await readTable(utf8('name,type,,\nA\nB,firm\n,,\n\n'), 'pad.csv');
    expect(table.headings).toEqual(['name', 'type']);
    expect(table.rows).toEqual([
      ['A', ''],
      ['B', 'firm'],
    ]);
  });

  it('reads the first worksheet of an XLSX workbook, numbers as text', async () => {
    const bytes = await workbook({
      Firms: [
        ['Name', 'Employees'],
        ['Ege Döküm', 250],
      ],
      Other: [['x']],
    });
    const table = await readTable(bytes, 'firms.xlsx');
    expect(table).toMatchObject({
      format: 'xlsx',
      sheets: ['Firms', 'Other'],
      sheet: 'Firms',
      headings: ['Name', 'Employees'],
      rows: [['Ege Döküm', '250']],
    });
  });

  it('reads the worksheet asked for, and names a missing one', async () => {
    const bytes = await workbook({ First: [['a']], Second: [['name'], ['Çiğli Kalıp']] });
    expect((await readTable(bytes, 'w.xlsx', 'Second')).rows).toEqual([['Çiğli Kalıp']]);
    const error = await failure(readTable(bytes, 'w.xlsx', 'Third'));
    expect(error.message).toBe('w.xlsx has no worksheet named "Third"');
  });

  it('recognises an XLSX by its content even when the name says .csv', async () => {
    const bytes = await workbook({ Sheet1: [['name'], ['A']] });
    expect((await readTable(bytes, 'misnamed.csv')).format).toBe('xlsx');
  });

  it('a file named .xlsx holding CSV text is an unsupported file, with a clear message', async () => {
    const error = await failure(readTable(utf8('name,type\nA,firm\n'), 'fake.xlsx'));
    expect(error).toMatchObject({ code: 'unsupported_file' });
    expect(error.message).toMatch(/^fake\.xlsx is not a readable XLSX workbook/);
  });

  it('a damaged XLSX (a zip that is not a workbook) is an unsupported file', async () => {
    const zipHeader = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...randomBytes(200)]);
    const error = await failure(readTable(zipHeader, 'broken.xlsx'));
    expect(error).toMatchObject({ code: 'unsupported_file' });
  });

  it('random bytes are an unsupported file that "holds binary data"', async () => {
    const error = await failure(readTable(randomBytes(100_000), 'garbage.csv'));
    expect(error).toMatchObject({ code: 'unsupported_file' });
    expect(error.message).toContain('garbage.csv is not a CSV text file or an XLSX workbook');
  });

  it('an empty file and a file without headings are refused, naming the file', async () => {
    expect((await failure(readTable(Buffer.alloc(0), 'empty.csv'))).message).toBe(
      'empty.csv is empty',
    );
    expect((await failure(readTable(utf8('\n\n'), 'blank.csv'))).message).toMatch(
      /^blank\.csv has no heading row/,
    );
  });

  it('more than 200 columns are refused', async () => {
    const headings = Array.from({ length: 201 }, (_, i) => `c${i}`).join(',');
    const error = await failure(readTable(utf8(`${headings}\n`), 'wide.csv'));
    expect(error.message).toBe('wide.csv has 201 columns; at most 200');
  });

  it('a file over 10 MB is refused with 413', async () => {
    const error = await failure(readTable(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x41), 'big.csv'));
    expect(error).toMatchObject({ code: 'payload_too_large' });
  });

  it('an unclosed quote is refused naming the file and the line', async () => {
    const error = await failure(readTable(utf8('name,notes\nA,ok\nB,"never closed\n'), 'q.csv'));
    expect(error.code).toBe('unsupported_file');
    expect(error.message).toMatch(/^q\.csv, line \d+: /);
  });
});
