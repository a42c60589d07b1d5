// Writes the tables of `kume stats` as CSV, JSON or XLSX, column by column from getters over typed
// arrays: CSV and JSON through io's tableText (shared with the server's export), in large chunks.

import { closeSync, openSync, writeSync } from 'node:fs';
import { tableText, type TableColumn } from '@kume/io/statistics';
import { UsageError } from '../usageError';

/** CSV (RFC 4180, LF line ends, no BOM: tools read it) or JSON (an array of row objects). */
function writeText(
  format: 'csv' | 'json',
  columns: readonly TableColumn[],
  length: number,
  out: string | undefined,
) {
  const fd = out === undefined ? -1 : openSync(out, 'w');
  try {
    for (const chunk of tableText(format, columns, length)) {
      if (fd < 0) process.stdout.write(chunk);
      else writeSync(fd, chunk);
    }
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/** XLSX holds at most 1,048,576 rows a sheet, the heading included. */
const XLSX_MAX_ROWS = 1_048_575;

/** Writes `length` rows of the columns in the format, to `out` or standard output. */
export async function writeOutput(
  format: 'csv' | 'json' | 'xlsx',
  columns: readonly TableColumn[],
  length: number,
  out: string | undefined,
  sheetName = 'Sheet1',
): Promise<void> {
  if (format !== 'xlsx') {
    writeText(format, columns, length, out);
    return;
  }
  if (out === undefined) throw new UsageError('--format xlsx needs --out <file>');
  if (length > XLSX_MAX_ROWS)
    throw new UsageError(
      `${length} rows do not fit in one XLSX sheet (at most ${XLSX_MAX_ROWS}): use --format csv, or --year`,
    );
  const { writeTable } = await import('@kume/io');
  const rows = Array.from({ length }, (_, i) =>
    columns.map((column) => {
      const value = column.value(i);
      return typeof value === 'number' && !Number.isFinite(value) ? null : value;
    }),
  );
  const bytes = await writeTable(
    'xlsx',
    columns.map((column) => column.name),
    rows,
    sheetName,
  );
  const fd = openSync(out, 'w');
  try {
    writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}
