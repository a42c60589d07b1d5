// A dense region x industry employment matrix for one year at one code level, the input of
// relatedness density (economic complexity works on industries, not clusters).

import { ALL_INDUSTRIES, industryCodeLevel, normaliseIndustryCode } from './industryCodes';
import { type StatsTable } from './statsTable';
import { CBP_FLAG_FILL, type FlagFill, filledEmployment, flagFillTable } from './suppression';

/** Employment at [r * industries.length + i]; regions as in the table, industries in table order. */
export interface IndustryMatrix {
  regions: readonly string[];
  industries: readonly string[];
  employment: Float64Array;
}

/**
 * The employment of each region and industry in `year`, suppressed cells filled. Industries are
 * the normalised codes of `level` digits (default: the table's longest digit codes), so no job is
 * counted twice; a table without digit codes uses all its codes except ALL_INDUSTRIES. Regions in
 * `exclude` (a national benchmark row) are left out.
 */
export function industryMatrix(
  table: StatsTable,
  options: { year: number; level?: number; fill?: FlagFill; exclude?: readonly string[] },
): IndustryMatrix {
  const codes = table.industries.map(normaliseIndustryCode);
  const levels = codes.map(industryCodeLevel);
  const deepest = Math.max(0, ...levels.map((level) => level ?? 0));
  const level = options.level ?? deepest;
  const keep = (at: number) =>
    deepest === 0 ? codes[at] !== ALL_INDUSTRIES : levels[at] === level;

  const industryIndex = new Map<string, number>();
  const columnOf = new Int32Array(codes.length).fill(-1);
  codes.forEach((code, at) => {
    if (!keep(at)) return;
    let column = industryIndex.get(code);
    if (column === undefined) {
      column = industryIndex.size;
      industryIndex.set(code, column);
    }
    columnOf[at] = column;
  });
  const excluded = new Set(options.exclude ?? []);
  const rowOf = new Int32Array(table.regions.length).fill(-1);
  const regions: string[] = [];
  table.regions.forEach((region, at) => {
    if (excluded.has(region)) return;
    rowOf[at] = regions.length;
    regions.push(region);
  });

  const industries = [...industryIndex.keys()];
  const employment = new Float64Array(regions.length * industries.length);
  const fills = flagFillTable(options.fill ?? CBP_FLAG_FILL);
  for (let i = 0; i < table.length; i++) {
    if (table.year[i] !== options.year) continue;
    const column = columnOf[table.industry[i] as number] as number;
    const row = rowOf[table.region[i] as number] as number;
    if (column < 0 || row < 0) continue;
    const at = row * industries.length + column;
    const jobs = filledEmployment(table.employment[i] as number, table.flag[i] as number, fills);
    employment[at] = (employment[at] as number) + jobs;
  }
  return { regions, industries, employment };
}
