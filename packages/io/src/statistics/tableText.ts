// Writes a table of column getters (the cluster table of `kume stats clusters` and its export in
// the app, shift-share, related clusters) as CSV or JSON text in chunks: millions of rows stream
// out with no object per row and no library callback per cell, which would cost more than the
// computation itself.

import { neutraliseFormula } from '@kume/core/text/neutraliseFormula';

/** A cell: null where a number is undefined (NaN) or a value absent; booleans as true/false. */
export type TableValue = string | number | boolean | null;

export interface TableColumn {
  /** snake_case, as in the heading row. */
  name: string;
  value: (row: number) => TableValue;
}

export interface TableTextOptions {
  /** Start CSV with a UTF-8 byte order mark, so Excel reads Turkish letters right; default false. */
  byteOrderMark?: boolean;
}

const needsQuotes = /[",\n\r]/;
const CHUNK_CHARS = 1 << 16;

/** A CSV text cell: neutralised against formulas (core neutraliseFormula), quoted if needed. */
function csvText(text: string): string {
  const safe = neutraliseFormula(text);
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Formats cells for CSV: numbers as JavaScript writes them, empty for null and non-finite
 * numbers. Text cells repeat (region and cluster codes, types), so each distinct text is escaped
 * once.
 */
function csvCells() {
  const texts = new Map<string, string>();
  return (value: TableValue): string => {
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

/** A JSON value: JSON is read by programs, not spreadsheets, so text stays as it is. */
function jsonCell(value: TableValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `${value}` : 'null';
  return JSON.stringify(value);
}

/**
 * The table as CSV (RFC 4180, LF line ends, snake_case heading row) or JSON (an array of objects
 * with snake_case keys, one a line), in chunks of about 64 K characters. `rows` is a row count
 * (rows 0 to rows - 1) or the indexes of the rows to write, in order.
 */
export function* tableText(
  format: 'csv' | 'json',
  columns: readonly TableColumn[],
  rows: number | ArrayLike<number>,
  options: TableTextOptions = {},
): Generator<string> {
  const count = typeof rows === 'number' ? rows : rows.length;
  const rowAt = typeof rows === 'number' ? (k: number) => k : (k: number) => rows[k]!;
  const values = columns.map((column) => column.value);
  let buffered: string;
  if (format === 'csv') {
    const cell = csvCells();
    const last = values.length - 1;
    buffered = `${options.byteOrderMark ? '\uFEFF' : ''}${columns.map((column) => csvText(column.name)).join(',')}\n`;
    for (let k = 0; k < count; k++) {
      const i = rowAt(k);
      let line = '';
      for (let c = 0; c < last; c++) line += `${cell(values[c]!(i))},`;
      buffered += `${line}${cell(values[last]!(i))}\n`;
      if (buffered.length > CHUNK_CHARS) {
        yield buffered;
        buffered = '';
      }
    }
  } else {
    const keys = columns.map((column) => `${JSON.stringify(column.name)}:`);
    buffered = '[';
    for (let k = 0; k < count; k++) {
      const i = rowAt(k);
      let line = k === 0 ? '\n{' : ',\n{';
      for (let c = 0; c < values.length; c++)
        line += `${c === 0 ? '' : ','}${keys[c]}${jsonCell(values[c]!(i))}`;
      buffered += `${line}}`;
      if (buffered.length > CHUNK_CHARS) {
        yield buffered;
        buffered = '';
      }
    }
    buffered += count === 0 ? ']\n' : '\n]\n';
  }
  yield buffered;
}
