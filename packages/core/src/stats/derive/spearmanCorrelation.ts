// Spearman's rank correlation: Pearson's r of the ranks, ties given their mean rank.

import { StatsInputError } from '../statsInputError';

/** Ranks from 1, tied values sharing the mean of their ranks (scipy.stats.rankdata 'average'). */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const order = Array.from({ length: values.length }, (_, i) => i).sort(
    (i, j) => values[i]! - values[j]!,
  );
  const ranks = new Float64Array(values.length);
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = rank;
    start = end;
  }
  return ranks;
}

/**
 * Spearman's rho of paired values, pairs with a NaN left out; NaN when fewer than 2 pairs remain
 * or either side is constant. Equals scipy.stats.spearmanr. Throws StatsInputError when the
 * lengths differ.
 */
export function spearmanCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length)
    throw new StatsInputError(`Spearman's rho needs pairs: ${x.length} and ${y.length} values`);
  const keptX: number[] = [];
  const keptY: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]!) || Number.isNaN(y[i]!)) continue;
    keptX.push(x[i]!);
    keptY.push(y[i]!);
  }
  if (keptX.length < 2) return Number.NaN;
  const rx = averageRanks(keptX);
  const ry = averageRanks(keptY);
  const n = rx.length;
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i]! - mean;
    const dy = ry[i]! - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}
