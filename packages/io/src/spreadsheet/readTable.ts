// Reads an uploaded CSV or XLSX file into a heading row and text cells, with errors that say
// what is wrong with the file. CSV: UTF-8 (with or without BOM) or Turkish Windows-1254, comma,
// semicolon or tab separated, as Excel writes them in Turkey and elsewhere.

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { FileFormatError } from '../fileFormatError';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_COLUMNS = 200;

export interface Table {
  format: 'csv' | 'xlsx';
  /** Worksheet names (XLSX); the table is read from `sheet`. */
  sheets: string[];
  sheet: string | null;
  headings: string[];
  rows: string[][];
}

const unsupported = (message: string) => new FileFormatError('unsupported_file', message);

function isZip(bytes: Buffer) {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  );
}

function decodeText(bytes: Buffer, fileName: string): string {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) if (byte === 0 || byte < 9 || (byte > 13 && byte < 32)) control += 1;
  if (control > 0 && control / Math.max(sample.length, 1) > 0.001) {
    throw unsupported(
      `${fileName} is not a CSV text file or an XLSX workbook (it holds binary data)`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Excel's "CSV" in Turkish Windows writes Windows-1254.
    return new TextDecoder('windows-1254').decode(bytes);
  }
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

function readCsv(bytes: Buffer, fileName: string): Table {
  const text = decodeText(bytes, fileName);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
    });
  } catch (error) {
    const where =
      error && typeof error === 'object' && 'lines' in error
        ? `, line ${String((error as { lines: number }).lines)}`
        : '';
    throw unsupported(
      `${fileName}${where}: ${(error as Error).message.replace(/^Invalid [^:]*: /, '')}`,
    );
  }
  return finish('csv', [], null, records, fileName);
}

async function readXlsx(
  bytes: Buffer,
  fileName: string,
  wantedSheet: string | undefined,
): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unsupported(
      `${fileName} is not a readable XLSX workbook (open it in Excel or LibreOffice and save it again as .xlsx or .csv)`,
    );
  }
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  const worksheet =
    wantedSheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(wantedSheet);
  if (!worksheet)
    throw unsupported(
      wantedSheet === undefined
        ? `${fileName} has no worksheet`
        : `${fileName} has no worksheet named "${wantedSheet}"`,
    );
  const records: string[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    records[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return finish(
    'xlsx',
    sheets,
    worksheet.name,
    Array.from(records, (row) => row ?? []),
    fileName,
  );
}

/**
 * Undoes core `neutraliseFormula`: "'=1+1" becomes "=1+1" again, so an exported registry imports
 * as it was ("'+90 232 ..." is a valid phone again). Excel treats a leading apostrophe the same way.
 */
function restoreNeutralised(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function finish(
  format: Table['format'],
  sheets: string[],
  sheet: string | null,
  records: string[][],
  fileName: string,
): Table {
  const [headingRow, ...rows] = records;
  const headings = (headingRow ?? []).map((heading) => heading.trim());
  while (headings.length > 0 && headings[headings.length - 1] === '') headings.pop();
  if (headings.length === 0)
    throw unsupported(`${fileName} has no heading row: the first row must name the columns`);
  if (headings.length > MAX_COLUMNS)
    throw unsupported(`${fileName} has ${headings.length} columns; at most ${MAX_COLUMNS}`);
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((cell) => cell.trim() === ''))
    rows.pop();
  return {
    format,
    sheets,
    sheet,
    headings,
    rows: rows.map((row) =>
      Array.from({ length: headings.length }, (_, i) => restoreNeutralised(row[i] ?? '')),
    ),
  };
}

/** Reads a CSV or XLSX upload; XLSX is recognised by its content, not only by its name. */
export async function readTable(bytes: Buffer, fileName: string, sheet?: string): Promise<Table> {
  if (bytes.length === 0) throw unsupported(`${fileName} is empty`);
  if (bytes.length > MAX_UPLOAD_BYTES)
    throw new FileFormatError('payload_too_large', `${fileName} is larger than 10 MB`);
  if (isZip(bytes)) return readXlsx(bytes, fileName, sheet);
  if (/\.xlsx?$/i.test(fileName))
    throw unsupported(
      `${fileName} is not a readable XLSX workbook (old .xls files: save as .xlsx first)`,
    );
  return readCsv(bytes, fileName);
}
