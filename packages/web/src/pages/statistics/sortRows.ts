// Sorting of the statistics tables in the browser: numbers by value, texts in the UI language's
// order (Turkish-aware), and rows without a value always last, whichever the direction.

import { compareText } from '@kume/core';

export type SortDirection = 'asc' | 'desc';

/** A copy of `rows` ordered by `key`; equal rows keep their order. */
export function sortRows<Row, Key extends keyof Row>(
  rows: readonly Row[],
  key: Key,
  dir: SortDirection,
  locale: string,
): Row[] {
  const sign = dir === 'asc' ? 1 : -1;
  const missing = (value: unknown) =>
    value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (missing(x) || missing(y)) return missing(x) ? (missing(y) ? 0 : 1) : -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    if (typeof x === 'boolean' && typeof y === 'boolean') return sign * (Number(x) - Number(y));
    return sign * compareText(locale, String(x), String(y));
  });
}
