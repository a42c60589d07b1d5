// Suppressed employment cells: statistical offices withhold small cells and publish a size-class
// flag instead; these fill values put a number back so that sums and location quotients work.

/** Employment to assume for a suppression flag letter. */
export type FlagFill = Readonly<Record<string, number>>;

/**
 * County Business Patterns employment-size flags and the employment each stands for, as used by
 * the US Cluster Mapping Project (about the middle of each size class: A = 0-19 -> 10, B = 20-99 ->
 * 60, ..., M = 100,000 or more -> 100,000). Source: ../shared/data/README.md; Census Bureau CBP
 * record layouts for the class bounds.
 */
export const CBP_FLAG_FILL: FlagFill = {
  A: 10,
  B: 60,
  C: 175,
  E: 375,
  F: 750,
  G: 1750,
  H: 3750,
  I: 7500,
  J: 17500,
  K: 37500,
  L: 75000,
  M: 100000,
};

/**
 * The fill values indexed by the flag's character code (as StatsTable.flag holds them), NaN for
 * letters without a fill: one array read per row on the hot path instead of a string lookup.
 */
export function flagFillTable(fill: FlagFill = CBP_FLAG_FILL): Float64Array {
  const table = new Float64Array(256).fill(Number.NaN);
  for (const [letter, value] of Object.entries(fill)) {
    const code = letter.charCodeAt(0);
    if (letter.length === 1 && code < 256) table[code] = value;
  }
  return table;
}

/**
 * The employment of one cell after filling: a suppressed cell (flag set, employment 0 or NaN)
 * takes the flag's fill value; a flag without a fill value leaves 0; missing employment without a
 * flag counts as 0. A flagged cell with positive employment keeps it (the flag then only marks a
 * rounded or noisy value). `fills` comes from flagFillTable.
 */
export function filledEmployment(employment: number, flag: number, fills: Float64Array): number {
  if (flag !== 0 && !(employment > 0)) {
    const fill = fills[flag] as number;
    return Number.isNaN(fill) ? 0 : fill;
  }
  return Number.isNaN(employment) ? 0 : employment;
}
