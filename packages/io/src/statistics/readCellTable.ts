// Reads a small CSV or XLSX file (a cluster definition, a relatedness matrix, a statistics
// workbook) into text cells with the line of each row. CSV goes through the byte scanner, so
// the XLSX library is loaded only when a workbook is actually read.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { FileFormatError } from '../fileFormatError';
import { isZip } from './readChunks';
import {
  CsvSyntaxError,
  detectDelimiter,
  fieldText,
  scanCsvBytes,
  type CsvRecord,
} from './scanCsvRecords';

export interface CellTable {
  format: 'csv' | 'xlsx';
  /** XLSX: the workbook's worksheet names and the one read; CSV: none and null. */
  sheets: string[];
  sheet: string | null;
  headings: string[];
  /** Data rows with text cells, trimmed, as many as headings; blank rows left out. */
  rows: string[][];
  /** The file line (XLSX: worksheet row) of each row, the heading being line 1. */
  lines: number[];
}

/** The cells of a CSV record, as many as `width`. */
function cells(record: CsvRecord, width: number): string[] {
  return Array.from({ length: width }, (_, i) => fieldText(record, i));
}

/**
 * Reads `path` as CSV (comma, semicolon or tab; UTF-8 or Windows-1254) or XLSX (the worksheet
 * named `sheet`, else the first; at most 10 MB). Throws FileFormatError for a file that is
 * neither, is empty, has no heading or no such worksheet.
 */
export async function readCellTable(path: string, sheet?: string): Promise<CellTable> {
  const bytes = readFileSync(path);
  const name = basename(path);
  if (bytes.length === 0) throw new FileFormatError('unsupported_file', `${name} is empty`);
  if (isZip(bytes)) {
    const { readTable } = await import('../spreadsheet/readTable');
    const table = await readTable(bytes, name, sheet);
    const rows: string[][] = [];
    const lines: number[] = [];
    table.rows.forEach((row, i) => {
      if (row.every((cell) => cell.trim() === '')) return;
      rows.push(row.map((cell) => cell.trim()));
      lines.push(i + 2);
    });
    return {
      format: 'xlsx',
      sheets: table.sheets,
      sheet: table.sheet,
      headings: table.headings,
      rows,
      lines,
    };
  }
  let headings: string[] | null = null;
  const rows: string[][] = [];
  const lines: number[] = [];
  try {
    scanCsvBytes(bytes, detectDelimiter(bytes.subarray(0, 4096)), (record) => {
      if (headings === null) {
        headings = cells(record, record.count);
        while (headings.length > 0 && headings[headings.length - 1] === '') headings.pop();
        return;
      }
      const row = cells(record, headings.length);
      if (row.every((cell) => cell === '')) return;
      rows.push(row);
      lines.push(record.line);
    });
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new FileFormatError('unsupported_file', `${name}:${error.line}: ${error.message}`);
    throw error;
  }
  if (headings === null || (headings as string[]).length === 0)
    throw new FileFormatError(
      'unsupported_file',
      `${name} has no heading row: the first row must name the columns`,
    );
  return { format: 'csv', sheets: [], sheet: null, headings, rows, lines };
}
