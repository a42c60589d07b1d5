// Writes a table as CSV or XLSX for download. Text cells that a spreadsheet would run as a
// formula are neutralised (see core `neutraliseFormula`).

import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '@kume/core';

export type Cell = string | number | boolean | null;
export type TableFormat = 'csv' | 'xlsx';

const safe = (cell: Cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell);

/** CSV with a UTF-8 BOM so Excel reads Turkish letters right. */
export async function writeTable(
  format: TableFormat,
  headings: readonly string[],
  rows: readonly (readonly Cell[])[],
  sheetName = 'Sheet1',
): Promise<Buffer> {
  if (format === 'csv') {
    const text = stringify([
      headings.map(safe),
      ...rows.map((row) => row.map((cell) => (cell === null ? '' : safe(cell)))),
    ]);
    return Buffer.from(`\uFEFF${text}`, 'utf8');
  }
  return writeWorkbook([{ name: sheetName, headings, rows }]);
}

/** One worksheet of a workbook: a bold, frozen heading row and the rows. */
export interface SheetTable {
  name: string;
  headings: readonly string[];
  rows: readonly (readonly Cell[])[];
}

/** An XLSX workbook of several worksheets, in order; cells neutralised like writeTable's. */
export async function writeWorkbook(sheets: readonly SheetTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, headings, rows } of sheets) {
    const sheet = workbook.addWorksheet(name.slice(0, 31));
    sheet.addRow(headings.map(safe));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow(row.map(safe));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    headings.forEach((heading, i) => {
      sheet.getColumn(i + 1).width = Math.min(40, Math.max(10, heading.length + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const contentTypes: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
