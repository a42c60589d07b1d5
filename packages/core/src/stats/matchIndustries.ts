// Matching a table's industries to a cluster definition, year by year, so that every job is
// counted once: at the definition's own code level, never also through a parent or a child code.

import { type ClusterDefinition } from './clusterDefinition';
import { ALL_INDUSTRIES, industryCodeLevel, normaliseIndustryCode } from './industryCodes';
import { type StatsTable } from './statsTable';
import { tableYears } from './tableYears';

/** A table industry's rows are not summed (a parent or child of the rows used, or an aggregate). */
export const NOT_COUNTED = -1;
/** A table industry's rows are at the definition's level but in no cluster: reported, not dropped. */
export const UNCOVERED = -2;

export interface IndustryMatch {
  /** The years matched, ascending. */
  years: readonly number[];
  /** Position in `years` of `firstYear + k` at [k], -1 when that year is not matched. */
  yearSlot: Int32Array;
  firstYear: number;
  /**
   * At [industry * years.length + yearPosition]: the index into `definition.industries` whose
   * cluster the rows count for, NOT_COUNTED or UNCOVERED.
   */
  target: Int32Array;
  /** The table's industry codes, normalised. */
  codes: readonly string[];
  /** Digits of the definition's longest code; undefined when its codes are not hierarchical. */
  level: number | undefined;
}

interface Group {
  target: number;
  /** The table industries whose code is the group's own code (several when spelt differently). */
  exact: number[];
  members: number[];
}

/**
 * Decides, per table industry and year, which rows count for which defined industry:
 * - a table code equal to a definition code counts for it;
 * - otherwise a code under a definition code (NAICS or NACE prefix) rolls up to the longest such
 *   definition code, but only in a year when the table has no row for that code itself, and then
 *   only at the nearest finer level present that year (a 4-digit definition over a table with 5-
 *   and 6-digit rows sums the 5-digit rows): no job is counted twice;
 * - digit codes at the definition's level (or finer, when that level is missing) that no definition
 *   code covers are UNCOVERED, with the same one-level-per-year rule;
 * - parents of definition codes, ALL_INDUSTRIES and non-hierarchical codes not in the definition
 *   are NOT_COUNTED. With a definition of non-hierarchical codes (custom codes, ranges), every
 *   other code except ALL_INDUSTRIES is UNCOVERED.
 * Deciding per year keeps mixed code vintages (NAICS 2002 and 2007 in one CBP file) counted once.
 */
export function matchIndustries(
  table: StatsTable,
  definition: ClusterDefinition,
  years?: readonly number[],
): IndustryMatch {
  const available = tableYears(table);
  const firstYear = available[0] ?? 0;
  const yearSlot = new Int32Array(
    available.length === 0 ? 0 : (available.at(-1) as number) - firstYear + 1,
  ).fill(-1);
  const wanted = years ? new Set(years) : undefined;
  const matchedYears = available.filter((year) => !wanted || wanted.has(year));
  matchedYears.forEach((year, at) => (yearSlot[year - firstYear] = at));

  const yearCount = matchedYears.length;
  const industryCount = table.industries.length;
  const present = new Uint8Array(industryCount * yearCount);
  const { year: rowYear, industry: rowIndustry, length: rows } = table;
  for (let i = 0; i < rows; i++) {
    const slot = yearSlot[(rowYear[i] as number) - firstYear] as number;
    if (slot >= 0) present[(rowIndustry[i] as number) * yearCount + slot] = 1;
  }

  const codes = table.industries.map(normaliseIndustryCode);
  const definitionIndex = new Map(definition.industries.map((industry, at) => [industry.code, at]));
  let level: number | undefined;
  for (const industry of definition.industries) {
    const codeLevel = industryCodeLevel(industry.code);
    if (codeLevel !== undefined && (level === undefined || codeLevel > level)) level = codeLevel;
  }

  const groups = new Map<string, Group>();
  const join = (key: string, target: number, industry: number, exact: boolean) => {
    let group = groups.get(key);
    if (!group) {
      group = { target, exact: [], members: [] };
      groups.set(key, group);
    }
    if (exact) group.exact.push(industry);
    else group.members.push(industry);
  };
  codes.forEach((code, industry) => {
    if (code === ALL_INDUSTRIES) return;
    const defined = definitionIndex.get(code);
    if (defined !== undefined) return join(code, defined, industry, true);
    const codeLevel = industryCodeLevel(code);
    if (level === undefined) return join(code, UNCOVERED, industry, true);
    if (codeLevel === undefined) return;
    for (let length = codeLevel - 1; length >= 1; length--) {
      const parent = definitionIndex.get(code.slice(0, length));
      if (parent !== undefined) return join(code.slice(0, length), parent, industry, false);
    }
    if (codeLevel >= level) join(code.slice(0, level), UNCOVERED, industry, codeLevel === level);
  });

  const target = new Int32Array(industryCount * yearCount).fill(NOT_COUNTED);
  for (const group of groups.values()) {
    for (let y = 0; y < yearCount; y++) {
      if (group.exact.some((industry) => present[industry * yearCount + y] === 1)) {
        for (const industry of group.exact) target[industry * yearCount + y] = group.target;
        continue;
      }
      let finest = Number.POSITIVE_INFINITY;
      for (const member of group.members) {
        const length = (codes[member] as string).length;
        if (present[member * yearCount + y] === 1 && length < finest) finest = length;
      }
      for (const member of group.members) {
        if ((codes[member] as string).length === finest)
          target[member * yearCount + y] = group.target;
      }
    }
  }

  return { years: matchedYears, yearSlot, firstYear, target, codes, level };
}
