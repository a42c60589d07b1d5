// Writes the tables of `kume stats` as CSV, JSON or XLSX, column by column from getters over typed
// arrays. CSV and JSON are written by hand in large string chunks: a library's per-row objects
// and per-cell callbacks would cost more than the whole computation.

import { closeSync, openSync, writeSync } from 'node:fs';
import { UsageError } from '../usageError';

/** A cell: null where a number is undefined (NaN) or a value absent; booleans as true/false. */
export type OutputValue = string | number | boolean | null;

export interface OutputColumn {
  /** snake_case, as in the header. */
  name: string;
  value: (row: number) => OutputValue;
}

/** As core `neutraliseFormula`: text a spreadsheet would run as a formula gets an apostrophe. */
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\n\r]/;

function csvText(text: string): string {
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Formats cells for CSV. Text cells repeat (region and cluster codes, types), so each distinct
 * text is escaped once.
 */
function csvCells() {
  const texts = new Map<string, string>();
  return (value: OutputValue): string => {
    if (typeof value === 'number') return Number.isFinite(value) ? `${value}` : '';
    if (value === null) return '';
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    let text = texts.get(value);
    if (text === undefined) {
      text = csvText(value);
      texts.set(value, text);
    }
    return text;
  };
}

function jsonCell(value: OutputValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `${value}` : 'null';
  return JSON.stringify(value);
}

/** Where output goes: a file (--out) or standard output, in chunks of about 64 KB. */
function sink(out: string | undefined) {
  const fd = out === undefined ? -1 : openSync(out, 'w');
  let buffered = '';
  const flush = () => {
    if (buffered === '') return;
    if (fd < 0) process.stdout.write(buffered);
    else writeSync(fd, buffered);
    buffered = '';
  };
  return {
    write(text: string) {
      buffered += text;
      if (buffered.length > 1 << 16) flush();
    },
    close() {
      flush();
      if (fd >= 0) closeSync(fd);
    },
  };
}

/** CSV (RFC 4180, LF line ends, no BOM: tools read it) or JSON (an array of row objects). */
function writeText(
  format: 'csv' | 'json',
  columns: readonly OutputColumn[],
  length: number,
  out: string | undefined,
) {
  const to = sink(out);
  try {
    if (format === 'csv') {
      to.write(`${columns.map((column) => csvText(column.name)).join(',')}\n`);
      const cell = csvCells();
      const values = columns.map((column) => column.value);
      const last = values.length - 1;
      for (let i = 0; i < length; i++) {
        let line = '';
        for (let c = 0; c < last; c++) line += `${cell(values[c]!(i))},`;
        to.write(`${line}${cell(values[last]!(i))}\n`);
      }
    } else {
      const keys = columns.map((column) => `${JSON.stringify(column.name)}:`);
      to.write('[');
      for (let i = 0; i < length; i++) {
        let line = i === 0 ? '\n{' : ',\n{';
        for (let c = 0; c < columns.length; c++)
          line += `${c === 0 ? '' : ','}${keys[c]}${jsonCell(columns[c]!.value(i))}`;
        to.write(`${line}}`);
      }
      to.write(length === 0 ? ']\n' : '\n]\n');
    }
  } finally {
    to.close();
  }
}

/** XLSX holds at most 1,048,576 rows a sheet, the heading included. */
const XLSX_MAX_ROWS = 1_048_575;

/** Writes `length` rows of the columns in the format, to `out` or standard output. */
export async function writeOutput(
  format: 'csv' | 'json' | 'xlsx',
  columns: readonly OutputColumn[],
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
