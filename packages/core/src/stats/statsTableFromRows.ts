// A StatsTable from plain row objects: for small tables (a few thousand rows) that come from a
// database, a form or a test, where building column by column would only add noise.

import { type StatsTable, StatsTableBuilder } from './statsTable';

export interface StatsRow {
  region: string;
  industry: string;
  year: number;
  /** Jobs; NaN or omitted when missing (a suppressed cell: 0 with a flag). */
  employment?: number;
  establishments?: number;
  payroll?: number;
  /** A suppression flag letter ('A'..'M' in CBP); omitted or '' when none. */
  flag?: string;
}

/** The table of the rows, codes kept as given; missing numbers become NaN. */
export function statsTableFromRows(rows: readonly StatsRow[]): StatsTable {
  const builder = new StatsTableBuilder(rows.length);
  for (const row of rows) {
    builder.push(
      builder.regionId(row.region),
      builder.industryId(row.industry),
      row.year,
      row.employment ?? Number.NaN,
      row.establishments ?? Number.NaN,
      row.payroll ?? Number.NaN,
      row.flag ? row.flag.charCodeAt(0) : 0,
    );
  }
  return builder.build();
}
