// Writes a table of column getters (core's clusterMetricColumns) as CSV or JSON text in chunks,
// so an export of millions of rows streams out without a string or object per row held at once.

import { neutraliseFormula, type ClusterMetricColumn, type ClusterMetricValue } from '@kume/core';

const needsQuotes = /[",\n\r]/;
const CHUNK_CHARS = 1 << 16;

/** A CSV cell: booleans true/false, empty for null, text neutralised against formulas and quoted. */
function csvCell(value: ClusterMetricValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `${value}` : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = neutraliseFormula(value);
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A JSON value: JSON is read by programs, not spreadsheets, so text stays as it is. */
function jsonCell(value: ClusterMetricValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `${value}` : 'null';
  return JSON.stringify(value);
}

/**
 * The rows (indexes into the columns' getters) as CSV (RFC 4180 with a UTF-8 byte order mark,
 * so Excel reads Turkish letters right; snake_case heading row) or JSON (an array of objects
 * with snake_case keys), in chunks of about 64 K characters.
 */
export function* tableText(
  format: 'csv' | 'json',
  columns: readonly ClusterMetricColumn[],
  rows: ArrayLike<number>,
): Generator<string> {
  let buffered: string;
  if (format === 'csv') {
    buffered = `\uFEFF${columns.map((column) => csvCell(column.name)).join(',')}\n`;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      buffered += `${columns.map((column) => csvCell(column.value(i))).join(',')}\n`;
      if (buffered.length > CHUNK_CHARS) {
        yield buffered;
        buffered = '';
      }
    }
  } else {
    const keys = columns.map((column) => `${JSON.stringify(column.name)}:`);
    buffered = '[';
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      const cells = columns.map((column, c) => `${keys[c]}${jsonCell(column.value(i))}`);
      buffered += `${k === 0 ? '\n' : ',\n'}{${cells.join(',')}}`;
      if (buffered.length > CHUNK_CHARS) {
        yield buffered;
        buffered = '';
      }
    }
    buffered += rows.length === 0 ? ']\n' : '\n]\n';
  }
  yield buffered;
}
