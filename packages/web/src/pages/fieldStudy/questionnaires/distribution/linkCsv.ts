// The CSV of newly created personal links for a mail merge: organisation, contact e-mail, URL.

import { neutraliseFormula } from '@kume/core';

export interface LinkCsvRow {
  organisation: string;
  /** The contact's address, '' when the organisation has none. */
  email: string;
  /** The full URL with the token. */
  url: string;
}

/** One CSV field: quoted when it holds a comma, quote or line break; formulas neutralised. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The mail-merge file: a heading row (in the UI language), then one row per link, CRLF line
 * ends, and a byte-order mark first so Excel reads Turkish letters as UTF-8.
 */
export function linkCsv(
  rows: readonly LinkCsvRow[],
  headings: { organisation: string; email: string; url: string },
): string {
  const lines = [
    [headings.organisation, headings.email, headings.url],
    ...rows.map((row) => [row.organisation, row.email, row.url]),
  ];
  return '\uFEFF' + lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A link path from the API (`/r/<token>`) as a full URL on this server. */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, origin).toString();
}
