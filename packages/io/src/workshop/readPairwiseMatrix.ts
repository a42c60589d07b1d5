// Reads a square matrix of pairwise judgements (CSV or XLSX) as a facilitator prepares it in a
// spreadsheet, for core's ahpWeights. All or nothing: every error placed by file, line and column.

import { checkPairwiseMatrix } from '@kume/core/workshop/ahp';
import { FileFormatError } from '../fileFormatError';
import { scanTableRecords } from '../network/scanTableRecords';
import { fieldText } from '../statistics/scanCsvRecords';
import { parseJudgement } from './parseJudgement';

/** `file:line:column: message`: line 1 is the heading row; column 1 the names column. */
export interface PairwiseMatrixError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface PairwiseMatrix {
  /** The criteria, in the heading row's order. */
  criteria: string[];
  /** a[i][j]: how much more important criterion i is than j; reciprocal, 1 on the diagonal. */
  matrix: number[][];
  /** How many blank cells were filled (a reciprocal of the mirror cell, or 1 on the diagonal). */
  filled: number;
}

export type PairwiseMatrixResult =
  { pairwise: PairwiseMatrix; errors: [] } | { pairwise: null; errors: PairwiseMatrixError[] };

/**
 * A judgement times its mirror must come within 5% of 1: a spreadsheet's 0.33 for 1/3 or 0.13
 * for 1/8 passes, 3 against 0.5 does not. The value >= 1 of the pair is kept and the other made
 * its exact reciprocal, since the fraction is the one people round.
 */
const RECIPROCAL_TOLERANCE = 0.05;

interface RawRow {
  line: number;
  cells: string[];
}

/**
 * Reads the matrix at `path`. Layout: the first row names the criteria after its first cell
 * (blank or a label such as "Criterion"); each further row starts with a criterion's name, the
 * same names in the same order, then its judgements: numbers (a decimal comma as Turkish Excel
 * writes it is fine), or fractions like 1/3. A blank cell off the diagonal takes the reciprocal of
 * its mirror (so the lower triangle may be left empty), a blank diagonal cell 1. Errors: a cell
 * that is not a number, zero or negative, a diagonal other than 1, a pair that is not reciprocal
 * (within 5%), a pair blank both ways, a value off Saaty's 1/9..9, names that differ, a matrix
 * that is not square.
 */
export async function readPairwiseMatrix(path: string): Promise<PairwiseMatrixResult> {
  const errors: PairwiseMatrixError[] = [];
  const fail = (line: number, column: number, message: string) =>
    errors.push({ file: path, line, column, message });
  let headings: string[] = [];
  const rows: RawRow[] = [];
  try {
    await scanTableRecords(
      path,
      (walk) => {
        headings = walk.headings;
      },
      (record) => {
        const cells = Array.from({ length: record.count }, (_, i) => fieldText(record, i));
        rows.push({ line: record.line, cells });
      },
    );
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    fail(1, 1, error.message);
    return { pairwise: null, errors };
  }
  const criteria = headings.slice(1);
  checkNames(criteria, rows, fail);
  const n = criteria.length;
  if (n === 0 || errors.length > 0) return { pairwise: null, errors };

  // The judgements as read: null for a blank cell, NaN where unreadable (already reported).
  const given: (number | null)[][] = rows.slice(0, n).map((row) =>
    criteria.map((_, j) => {
      const text = row.cells[j + 1] ?? '';
      const value = parseJudgement(text);
      if (value !== null && Number.isNaN(value)) {
        const date = /^\d{1,2}[./-]\w{1,3}[./-]\d{2,4}$|^\d{1,2}[.-]\w{3}$/.test(text)
          ? ' (a spreadsheet may have turned a fraction into a date: write =1/3 or 0.333)'
          : '';
        fail(row.line, j + 2, `"${text}" is not a number or a fraction like 1/3${date}`);
      } else if (value !== null && value <= 0)
        fail(row.line, j + 2, `${text} is zero or negative; judgements are above 0 (1/9..9)`);
      return value;
    }),
  );
  if (errors.length > 0) return { pairwise: null, errors };
  const at = (i: number) => rows[i]!.line;
  const matrix = given.map((row) => row.map((value) => value ?? 1));
  let filled = 0;
  for (let i = 0; i < n; i += 1) {
    const diagonal = given[i]![i] ?? null;
    if (diagonal === null) filled += 1;
    else if (Math.abs(diagonal - 1) > 1e-6)
      fail(at(i), i + 2, `${diagonal} on the diagonal: a criterion against itself is 1`);
    for (let j = i + 1; j < n; j += 1) {
      const upper = given[i]![j] ?? null;
      const lower = given[j]![i] ?? null;
      if (upper === null && lower === null) {
        fail(
          at(i),
          j + 2,
          `no judgement of ${criteria[i]} against ${criteria[j]}: this cell and its mirror (${at(j)}:${i + 2}) are blank`,
        );
        continue;
      }
      if (upper !== null && lower !== null && Math.abs(upper * lower - 1) > RECIPROCAL_TOLERANCE) {
        fail(
          at(j),
          i + 2,
          `not reciprocal: ${lower} here but ${upper} at ${at(i)}:${j + 2} (expected about ${round(1 / upper)})`,
        );
        continue;
      }
      if (upper === null || lower === null) filled += 1;
      // The judgement >= 1 is kept as written; its mirror becomes the exact reciprocal.
      if (lower === null || (upper !== null && upper >= 1)) {
        matrix[i]![j] = upper!;
        matrix[j]![i] = 1 / upper!;
      } else {
        matrix[j]![i] = lower;
        matrix[i]![j] = 1 / lower;
      }
    }
  }
  if (errors.length > 0) return { pairwise: null, errors };
  // What is left for core to find: values off the scale. Blank cells were filled from their
  // mirror, so an issue there is reported at the mirror, once.
  for (const issue of checkPairwiseMatrix(matrix)) {
    const blank = given[issue.row]![issue.column] === null;
    if (!blank) fail(at(issue.row), issue.column + 2, issue.message);
  }
  if (errors.length > 0) return { pairwise: null, errors };
  return { pairwise: { criteria, matrix, filled }, errors: [] };
}

const round = (value: number) => Number(value.toPrecision(3));

/** Heading names present and distinct, rows named the same in the same order, n rows of n values. */
function checkNames(
  criteria: readonly string[],
  rows: readonly RawRow[],
  fail: (line: number, column: number, message: string) => void,
) {
  const n = criteria.length;
  if (n === 0) {
    fail(1, 2, 'the first row must name the criteria, from its second cell on');
    return;
  }
  const seen = new Map<string, number>();
  criteria.forEach((name, j) => {
    if (name === '') fail(1, j + 2, 'a criterion without a name');
    else if (seen.has(name))
      fail(1, j + 2, `${name} is named twice (also column ${seen.get(name)! + 2})`);
    else seen.set(name, j);
  });
  rows.forEach((row, i) => {
    if (i >= n) {
      fail(row.line, 1, `not square: a row beyond the ${n} criteria of the heading row`);
      return;
    }
    const name = row.cells[0] ?? '';
    if (name !== criteria[i])
      fail(
        row.line,
        1,
        `names differ: this row is ${name === '' ? 'unnamed' : `"${name}"`}, the heading row's criterion ${i + 1} is "${criteria[i]}" (same names, same order)`,
      );
    const extra = row.cells.findIndex((cell, j) => j > n && cell !== '');
    if (extra >= 0)
      fail(row.line, extra + 1, `not square: a value beyond the ${n} criteria of the heading row`);
  });
  if (rows.length < n) {
    const line = (rows[rows.length - 1]?.line ?? 1) + 1;
    fail(line, 1, `not square: ${n} criteria in the heading row but ${rows.length} rows`);
  }
}
