// Writing tables for download: CSV with a BOM, XLSX, and formula-like text neutralised in both.

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeTable } from './writeTable';

const headings = ['name', 'employees', 'notes'];
const rows = [
  ['=1+1', 250, '@SUM(A1)'],
  ['Çiğli Kalıp', null, '-2+3'],
  ['+90 232', -5, 'plain'],
];

describe('writeTable', () => {
  it('CSV starts with a UTF-8 BOM and keeps Turkish letters', async () => {
    const bytes = await writeTable('csv', headings, rows);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Çiğli Kalıp');
  });

  it('CSV: text starting with = + - @ gets an apostrophe, numbers stay numbers, null is empty', async () => {
    const text = (await writeTable('csv', headings, rows)).toString('utf8');
    const [written, ...cells] = parse(text, { bom: true }) as string[][];
    expect(written).toEqual(headings);
    expect(cells).toEqual([
      ["'=1+1", '250', "'@SUM(A1)"],
      ['Çiğli Kalıp', '', "'-2+3"],
      ["'+90 232", '-5', 'plain'],
    ]);
  });

  it('XLSX: the same cells are plain text (no formula), with the apostrophe; numbers stay numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await writeTable('xlsx', headings, rows, 'organisations')) as unknown as ArrayBuffer,
    );
    const sheet = book.getWorksheet('organisations');
    expect(sheet?.getRow(1).values).toEqual([undefined, ...headings]);
    const first = sheet?.getRow(2);
    expect(first?.getCell(1).value).toBe("'=1+1");
    expect(first?.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first?.getCell(2).value).toBe(250);
    expect(first?.getCell(3).value).toBe("'@SUM(A1)");
    expect(sheet?.getRow(4).getCell(2).value).toBe(-5);
  });
});
