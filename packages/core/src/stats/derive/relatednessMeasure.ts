// One measure of relatedness between industries: a symmetric n x n matrix in a Float64Array with
// the percentiles of its pairs, checked on the way in (square, symmetric, no infinities).

import { StatsInputError } from '../statsInputError';
import { pairPercentiles } from './pairPercentiles';

export interface RelatednessMeasure {
  /** What it measures, for messages and output ("co-location of employment (LQ)", "input-output"). */
  name: string;
  /** Industry codes, the rows and columns in this order. */
  industries: readonly string[];
  /**
   * values[i * n + j]: the relatedness of industries i and j, symmetric. A row of NaN means the
   * industry could not be measured (see the measure's report of which and why); the diagonal is
   * not compared with anything.
   */
  values: Float64Array;
  /** pairPercentiles of values: 0-100 among the off-diagonal pairs, NaN where values are. */
  percentiles: Float64Array;
}

/** How many codes a message names before it says how many more there are. */
const NAMED = 10;

/** Codes for a message: the first ten, then "and N more". */
export function listCodes(codes: readonly string[]): string {
  const shown = codes.slice(0, NAMED).join(', ');
  return codes.length > NAMED ? `${shown} and ${codes.length - NAMED} more` : shown;
}

/**
 * Checks a square matrix of `industries` (row-major): the length must be n x n, codes unique and
 * non-empty, no value infinite, the matrix symmetric within `tolerance` (relative, default 1e-9),
 * NaN only where the other triangle is NaN too; with `nonNegative`, no value below 0. Throws
 * StatsInputError naming the first offending cell by its industries.
 */
export function checkRelatednessValues(
  name: string,
  industries: readonly string[],
  values: Float64Array,
  options: { nonNegative?: boolean; tolerance?: number } = {},
): void {
  const n = industries.length;
  if (n < 2)
    throw new StatsInputError(`${name}: relatedness needs at least 2 industries, got ${n}`);
  if (values.length !== n * n) {
    const side = Math.sqrt(values.length);
    throw new StatsInputError(
      `${name}: the matrix is not square for ${n} industries: it has ${values.length} values` +
        (Number.isInteger(side) ? ` (${side} x ${side})` : ` (no square has that many)`) +
        `, ${n} x ${n} = ${n * n} expected`,
    );
  }
  const seen = new Set<string>();
  for (const code of industries) {
    if (code === '') throw new StatsInputError(`${name}: an industry code is empty`);
    if (seen.has(code)) throw new StatsInputError(`${name}: industry ${code} is given twice`);
    seen.add(code);
  }
  const tolerance = options.tolerance ?? 1e-9;
  for (let i = 0; i < n; i++)
    for (let j = i; j < n; j++) {
      const a = values[i * n + j]!;
      const b = values[j * n + i]!;
      const pair = `${industries[i]} and ${industries[j]}`;
      if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity)
        throw new StatsInputError(`${name}: the value for ${pair} is infinite`);
      if (Number.isNaN(a) !== Number.isNaN(b))
        throw new StatsInputError(
          `${name}: the matrix is not symmetric: ${pair} has a value one way and NaN the other`,
        );
      if (Math.abs(a - b) > tolerance * Math.max(1, Math.abs(a), Math.abs(b)))
        throw new StatsInputError(
          `${name}: the matrix is not symmetric: ${pair} is ${a} one way and ${b} the other`,
        );
      if (options.nonNegative && (a < 0 || b < 0))
        throw new StatsInputError(`${name}: the value for ${pair} is negative (${Math.min(a, b)})`);
    }
}

/**
 * A measure from a matrix that the caller has (occupational similarity, say): checked as
 * checkRelatednessValues says, made exactly symmetric (the mean of the two triangles), its
 * percentiles computed. The values are copied.
 */
export function relatednessMeasure(
  name: string,
  industries: readonly string[],
  values: Float64Array,
  options: { nonNegative?: boolean; tolerance?: number } = {},
): RelatednessMeasure {
  checkRelatednessValues(name, industries, values, options);
  const n = industries.length;
  const symmetric = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i; j < n; j++) {
      const mean = (values[i * n + j]! + values[j * n + i]!) / 2;
      symmetric[i * n + j] = mean;
      symmetric[j * n + i] = mean;
    }
  return {
    name,
    industries: [...industries],
    values: symmetric,
    percentiles: pairPercentiles(symmetric, n),
  };
}

/** The industries whose row holds no value but NaN (off the diagonal). */
export function unmeasuredIndustries(measure: RelatednessMeasure): string[] {
  const n = measure.industries.length;
  const unmeasured: string[] = [];
  for (let i = 0; i < n; i++) {
    let any = false;
    for (let j = 0; j < n && !any; j++)
      if (j !== i && !Number.isNaN(measure.values[i * n + j]!)) any = true;
    if (!any) unmeasured.push(measure.industries[i]!);
  }
  return unmeasured;
}

/**
 * The measure over the industries at `keep` (indexes, in that order). Values and percentiles are
 * copied as they are: dropping industries whose rows are NaN changes no percentile.
 */
export function subsetMeasure(
  measure: RelatednessMeasure,
  keep: readonly number[],
): RelatednessMeasure {
  const n = measure.industries.length;
  const m = keep.length;
  const values = new Float64Array(m * m);
  const percentiles = new Float64Array(m * m);
  keep.forEach((from, i) =>
    keep.forEach((to, j) => {
      values[i * m + j] = measure.values[from * n + to]!;
      percentiles[i * m + j] = measure.percentiles[from * n + to]!;
    }),
  );
  return {
    name: measure.name,
    industries: keep.map((i) => measure.industries[i]!),
    values,
    percentiles,
  };
}
