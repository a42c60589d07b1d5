// Percentiles of the pairs of a symmetric industry x industry matrix, so that measures on
// different scales (correlations, input-output shares) can be compared and averaged.

/**
 * Each off-diagonal cell's percentile, 0-100, among the distinct pairs (i < j) whose value is not
 * NaN: 100 x (mid-rank - 1) / (pairs - 1), so the least related pair is 0, the most related 100,
 * and tied pairs share the mean of their ranks (as scipy.stats.rankdata's 'average'). NaN cells
 * stay NaN; the diagonal is 100 where the row has any value (an industry is most related to
 * itself), else NaN. One pair alone is 100. `values` is n x n, row-major; only its upper triangle
 * is read. Source of the percentile form: Delgado, Porter & Stern (2016), who compare measures by
 * their pairs' percentiles.
 */
export function pairPercentiles(values: Float64Array, n: number): Float64Array {
  let count = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (!Number.isNaN(values[i * n + j]!)) count++;
  const sorted = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const value = values[i * n + j]!;
      if (!Number.isNaN(value)) sorted[k++] = value;
    }
  sorted.sort();

  const percentiles = new Float64Array(n * n).fill(Number.NaN);
  const rowHasValue = new Uint8Array(n);
  const scale = count > 1 ? 100 / (count - 1) : 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const value = values[i * n + j]!;
      if (Number.isNaN(value)) continue;
      const below = lowerBound(sorted, value);
      const through = upperBound(sorted, value, below);
      const p = count > 1 ? ((below + through - 1) / 2) * scale : 100;
      percentiles[i * n + j] = p;
      percentiles[j * n + i] = p;
      rowHasValue[i] = 1;
      rowHasValue[j] = 1;
    }
  for (let i = 0; i < n; i++) if (rowHasValue[i]) percentiles[i * n + i] = 100;
  return percentiles;
}

/** The number of values < value in an ascending array. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The number of values <= value, searching from `from` (the lower bound). */
function upperBound(sorted: Float64Array, value: number, from: number): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
