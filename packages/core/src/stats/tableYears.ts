// The distinct years of a statistics table, found without a Set per row.

import { type StatsTable } from './statsTable';

/** The years that have at least one row, ascending; [] for an empty table. */
export function tableYears(table: StatsTable): number[] {
  if (table.length === 0) return [];
  const { year: rowYear, length: rows } = table;
  let [first, last] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (let i = 0; i < rows; i++) {
    const year = rowYear[i] as number;
    if (year < first) first = year;
    if (year > last) last = year;
  }
  const seen = new Uint8Array(last - first + 1);
  for (let i = 0; i < rows; i++) seen[(rowYear[i] as number) - first] = 1;
  const years: number[] = [];
  seen.forEach((flag, k) => {
    if (flag === 1) years.push(first + k);
  });
  return years;
}
