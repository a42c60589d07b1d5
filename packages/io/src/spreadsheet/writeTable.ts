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
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow([...headings]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(safe));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  headings.forEach((heading, i) => {
    sheet.getColumn(i + 1).width = Math.min(40, Math.max(10, heading.length + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const contentTypes: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
