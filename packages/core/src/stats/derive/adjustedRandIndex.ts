// The adjusted Rand index of two partitions of the same items: 1 when they agree, about 0 when
// they agree as much as chance would, negative when less.

import { StatsInputError } from '../statsInputError';

const pairsOf = (count: number) => (count * (count - 1)) / 2;

/**
 * Hubert & Arabie's adjusted Rand index of two labelings (any integer labels; items labelled -1
 * in either are left out): (index - expected) / (max - expected) over the contingency table, with
 * index = sum C(n_ij, 2), expected = sum C(a_i, 2) sum C(b_j, 2) / C(n, 2) and max the mean of the
 * two sums. 1 when the denominator is 0 (both partitions all one cluster or all singletons), as
 * sklearn.metrics.adjusted_rand_score. Source: Hubert, L. & Arabie, P. (1985), Comparing
 * partitions, Journal of Classification 2, 193-218. Throws StatsInputError when the lengths differ.
 */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length)
    throw new StatsInputError(`the two clusterings label ${a.length} and ${b.length} items`);
  const cells = new Map<string, number>();
  const rows = new Map<number, number>();
  const columns = new Map<number, number>();
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < 0 || y < 0) continue;
    n++;
    const cell = `${x},${y}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    columns.set(y, (columns.get(y) ?? 0) + 1);
  }
  let index = 0;
  for (const count of cells.values()) index += pairsOf(count);
  let sumA = 0;
  for (const count of rows.values()) sumA += pairsOf(count);
  let sumB = 0;
  for (const count of columns.values()) sumB += pairsOf(count);
  const total = pairsOf(n);
  const expected = total > 0 ? (sumA * sumB) / total : 0;
  const max = (sumA + sumB) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
