// The analytic hierarchy process (AHP) for pairwise comparison rounds: weights from a matrix of
// judgements on Saaty's 1-9 scale, its consistency, and the group's matrix from individual ones.

/**
 * Saaty's fundamental scale, ascending: 1/9 ... 1/2, 1, 2 ... 9. 1 = equal importance, 3 = moderate,
 * 5 = strong, 7 = very strong, 9 = extreme, even numbers between; a reciprocal says the other way
 * round. Saaty (2008), "Decision making with the analytic hierarchy process", Int. J. Services
 * Sciences 1(1), Table 1.
 */
export const SAATY_SCALE: readonly number[] = [
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((value) => 1 / value),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9],
];

/**
 * Saaty's random index RI(n): the mean consistency index of random reciprocal matrices of order n
 * on the 1-9 scale, for n = 1..15. Source: Saaty (1980), The Analytic Hierarchy Process,
 * McGraw-Hill (the table of average random consistency indices). The tests check RI(3) = 0.58 and
 * RI(8) = 1.41 through Saaty (1990)'s published ratios, which only these values reproduce; the
 * values for n = 11..15 are as that table is widely reproduced, not checked against the book here.
 * Later estimates differ slightly (Saaty 2008 gives RI(3) = 0.52); the 1980 values are the ones
 * most software and textbooks still use.
 */
export const RANDOM_INDEX: Readonly<Record<number, number>> = {
  1: 0,
  2: 0,
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
  10: 1.49,
  11: 1.51,
  12: 1.48,
  13: 1.56,
  14: 1.57,
  15: 1.59,
};

/** Above this consistency ratio the judgements should be revisited (Saaty's 10% rule). */
export const CONSISTENCY_RATIO_THRESHOLD = 0.1;

/** Two values this close count as equal (the diagonal's 1, a judgement times its reciprocal). */
const TOLERANCE = 1e-6;

/** Power iteration stops when no weight moves more than this, or after MAX_ITERATIONS. */
const CONVERGENCE = 1e-12;
const MAX_ITERATIONS = 1000;

/** The judgement whose value departs most from what the weights imply. */
export interface InconsistentJudgement {
  /** 0-based criteria: the judgement is a[row][column], row < column. */
  row: number;
  column: number;
  /** The value given. */
  judged: number;
  /** w[row] / w[column]: the value that would agree with the weights. */
  implied: number;
}

export interface AhpResult {
  /** The principal right eigenvector, normalised to sum 1, in the matrix's order. */
  weights: number[];
  /** The principal eigenvalue, mean of (A w)_i / w_i; n for a consistent matrix, never below n. */
  lambdaMax: number;
  /** (lambdaMax - n) / (n - 1); 0 for n <= 2 (a reciprocal 2x2 matrix is always consistent). */
  consistencyIndex: number;
  /** CI / RI(n); 0 for n <= 2; null for n > 15, where Saaty's table gives no random index. */
  consistencyRatio: number | null;
  /** The largest |ln a_ij - ln(w_i / w_j)| over i < j; null when every judgement agrees (1e-9). */
  mostInconsistent: InconsistentJudgement | null;
  /** False when power iteration had not settled to 1e-12 after 1000 steps (the last is used). */
  converged: boolean;
}

export type PairwiseIssueKind =
  | 'empty'
  | 'not_square'
  | 'not_a_number'
  | 'not_positive'
  | 'diagonal_not_one'
  | 'not_reciprocal'
  | 'off_scale';

/** Something wrong with one cell (or row) of a pairwise matrix; row and column are 0-based. */
export interface PairwiseIssue {
  kind: PairwiseIssueKind;
  row: number;
  /** For not_square, the first position where the row departs from n cells. */
  column: number;
  message: string;
}

/** Issues that make weights meaningless; off_scale is not one of them. */
const BLOCKING: ReadonlySet<PairwiseIssueKind> = new Set([
  'empty',
  'not_square',
  'not_a_number',
  'not_positive',
  'diagonal_not_one',
  'not_reciprocal',
]);

/**
 * Checks a pairwise comparison matrix: square, finite positive numbers, 1 on the diagonal,
 * a[j][i] = 1 / a[i][j] within 1e-6 (reported once, at the cell below the diagonal), and values on
 * Saaty's scale 1/9..9 (non-integers between are allowed: a group's geometric mean is one).
 * Returns the issues in row order; an empty list means the matrix is sound.
 */
export function checkPairwiseMatrix(matrix: readonly (readonly number[])[]): PairwiseIssue[] {
  const n = matrix.length;
  if (n === 0) return [{ kind: 'empty', row: 0, column: 0, message: 'the matrix has no rows' }];
  const issues: PairwiseIssue[] = [];
  const square = matrix.every((row) => row.length === n);
  matrix.forEach((row, i) => {
    if (row.length !== n)
      issues.push({
        kind: 'not_square',
        row: i,
        column: Math.min(row.length, n),
        message: `row ${i + 1} has ${row.length} values; a matrix of ${n} criteria needs ${n}`,
      });
  });
  if (!square) return issues;
  const usable = (value: number) => Number.isFinite(value) && value > 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      const value = matrix[i]![j]!;
      const at = { row: i, column: j };
      if (!Number.isFinite(value)) {
        issues.push({ kind: 'not_a_number', ...at, message: `${value} is not a number` });
      } else if (value <= 0) {
        issues.push({ kind: 'not_positive', ...at, message: `${value} is not above 0` });
      } else if (i === j) {
        if (Math.abs(value - 1) > TOLERANCE)
          issues.push({
            kind: 'diagonal_not_one',
            ...at,
            message: `${value} on the diagonal; 1 expected`,
          });
      } else if (value < 1 / 9 - TOLERANCE || value > 9 + TOLERANCE) {
        issues.push({ kind: 'off_scale', ...at, message: `${value} is off Saaty's scale 1/9..9` });
      } else if (i > j && usable(matrix[j]![i]!)) {
        const mirror = matrix[j]![i]!;
        if (Math.abs(value * mirror - 1) > TOLERANCE)
          issues.push({
            kind: 'not_reciprocal',
            ...at,
            message: `${value} is not the reciprocal of ${mirror} (row ${j + 1}, column ${i + 1})`,
          });
      }
    }
  }
  return issues;
}

/** A x, for a square matrix. */
function multiply(matrix: readonly (readonly number[])[], x: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((sum, value, j) => sum + value * x[j]!, 0));
}

/**
 * Weights and consistency of a pairwise comparison matrix (a[i][j] = how much more important
 * criterion i is than j). The weights are the principal eigenvector by power iteration from equal
 * weights (a positive matrix has a simple dominant eigenvalue, so it converges; to 1e-12 in the
 * largest weight change, at most 1000 steps), normalised to sum 1. Saaty (1977), J. Math.
 * Psychology 15; consistency index and ratio as Saaty (1980). Throws a RangeError for a matrix that
 * is not square, positive and reciprocal (see checkPairwiseMatrix); values off the 1-9 scale are
 * accepted.
 */
export function ahpWeights(matrix: readonly (readonly number[])[]): AhpResult {
  const blocking = checkPairwiseMatrix(matrix).find((issue) => BLOCKING.has(issue.kind));
  if (blocking)
    throw new RangeError(
      `not a pairwise comparison matrix: row ${blocking.row + 1}, column ${blocking.column + 1}: ${blocking.message}`,
    );
  const n = matrix.length;
  let weights: number[] = Array.from({ length: n }, () => 1 / n);
  let converged = false;
  for (let step = 0; step < MAX_ITERATIONS && !converged; step += 1) {
    const product = multiply(matrix, weights);
    const total = product.reduce((sum, value) => sum + value, 0);
    const next = product.map((value) => value / total);
    converged = next.every((value, i) => Math.abs(value - weights[i]!) < CONVERGENCE);
    weights = next;
  }
  const product = multiply(matrix, weights);
  const lambdaMax = product.reduce((sum, value, i) => sum + value / weights[i]!, 0) / n;
  // lambdaMax >= n for a positive reciprocal matrix (Saaty 1977); rounding can dip below by 1e-16.
  const consistencyIndex = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const randomIndex = RANDOM_INDEX[n];
  const consistencyRatio =
    n <= 2 ? 0 : randomIndex === undefined ? null : consistencyIndex / randomIndex;
  return {
    weights,
    lambdaMax,
    consistencyIndex,
    consistencyRatio,
    mostInconsistent: mostInconsistentJudgement(matrix, weights),
    converged,
  };
}

/** The judgement a[i][j], i < j, farthest from w_i / w_j on a log scale; null when none is (1e-9). */
function mostInconsistentJudgement(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
): InconsistentJudgement | null {
  let worst: InconsistentJudgement | null = null;
  let largest = 1e-9;
  for (let i = 0; i < matrix.length; i += 1) {
    for (let j = i + 1; j < matrix.length; j += 1) {
      const judged = matrix[i]![j]!;
      const implied = weights[i]! / weights[j]!;
      const deviation = Math.abs(Math.log(judged) - Math.log(implied));
      if (deviation > largest) {
        largest = deviation;
        worst = { row: i, column: j, judged, implied };
      }
    }
  }
  return worst;
}

/** Whether a result should carry the warning: its consistency ratio is above 0.10. */
export function isInconsistent(result: Pick<AhpResult, 'consistencyRatio'>): boolean {
  return result.consistencyRatio !== null && result.consistencyRatio > CONSISTENCY_RATIO_THRESHOLD;
}

/**
 * The group's matrix from individual ones: the element-wise geometric mean, the aggregation of
 * individual judgements that keeps the reciprocal property (Aczél & Saaty 1983, "Procedures for
 * synthesizing ratio judgements", J. Math. Psychology 27), taken over the cells above the
 * diagonal; the diagonal is exactly 1 and each cell below it the exact reciprocal of its mirror. Throws a RangeError for no matrices,
 * matrices of different sizes, or a value that is not a positive number.
 */
export function combineJudgements(
  matrices: readonly (readonly (readonly number[])[])[],
): number[][] {
  const first = matrices[0];
  if (first === undefined) throw new RangeError('no matrices to combine');
  const n = first.length;
  for (const [k, matrix] of matrices.entries()) {
    if (matrix.length !== n || matrix.some((row) => row.length !== n))
      throw new RangeError(`matrix ${k + 1} is not ${n} x ${n} like the first`);
    if (matrix.some((row) => row.some((value) => !(Number.isFinite(value) && value > 0))))
      throw new RangeError(`matrix ${k + 1} holds a value that is not a positive number`);
  }
  const combined = Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const logMean =
        matrices.reduce((sum, matrix) => sum + Math.log(matrix[i]![j]!), 0) / matrices.length;
      combined[i]![j] = Math.exp(logMean);
      combined[j]![i] = 1 / combined[i]![j]!;
    }
  }
  return combined;
}
