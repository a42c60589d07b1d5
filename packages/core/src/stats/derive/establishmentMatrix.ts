// The region x industry matrix of establishments, laid out as industryMatrix lays out
// employment, so that co-location can be measured on establishments too.

import { industryMatrix, type IndustryMatrix } from '../industryMatrix';
import { type StatsTable } from '../statsTable';

/**
 * Establishments of each region and industry in `year`, in IndustryMatrix form (the counts are in
 * its `employment` array). Industries and regions are chosen as industryMatrix chooses them, so
 * the two matrices line up; establishments are not suppressed (CBP publishes every count), and a
 * missing count is 0.
 */
export function establishmentMatrix(
  table: StatsTable,
  options: { year: number; level?: number; exclude?: readonly string[] },
): IndustryMatrix {
  // industryMatrix reads `employment` and `flag`: hand it the establishments and no flags.
  return industryMatrix(
    { ...table, employment: table.establishments, flag: new Uint8Array(table.length) },
    options,
  );
}
