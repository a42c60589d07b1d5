// CSV for spreadsheets: UTF-8 with a byte-order mark (so that Excel reads Turkish letters), cells
// quoted when needed and guarded against formula injection.

import type { AttributeValue } from './exportTypes';

/** Excel reads a file as UTF-8 only when it starts with this mark. */
export const BOM = '\uFEFF';

/**
 * One cell. Text that begins with = + - @ (or a tab or carriage return) is prefixed with ' so
 * that a spreadsheet shows it instead of evaluating it (OWASP "CSV injection"); numbers are
 * written as they are (a negative number is data, not a formula). Quoted when it holds a comma,
 * quote or line break; null is empty.
 */
export function csvCell(value: AttributeValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document: BOM, the header row, then one row per record; CRLF line ends (RFC 4180). */
export function writeCsv(
  columns: readonly string[],
  rows: readonly Record<string, AttributeValue>[],
): string {
  const lines = [
    columns.map(csvCell).join(','),
    ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(',')),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
