// Quantiles by linear interpolation between order statistics: Hyndman & Fan's type 7, the default
// of R's quantile(), numpy.quantile (method 'linear') and d3.quantile.

/**
 * The p-quantile of the first `length` values of an ascending array without NaN: with h = (n - 1)
 * p, the value at floor(h) plus the fraction of h times the step to the next value. p is clamped to
 * [0, 1]. undefined when there are no values.
 * Source: Hyndman, R. J. & Fan, Y. (1996), Sample quantiles in statistical packages, The American
 * Statistician 50(4), definition 7; written as d3-array's quantileSorted.
 */
export function quantileSorted(
  sorted: ArrayLike<number>,
  p: number,
  length: number = sorted.length,
): number | undefined {
  if (length <= 0 || Number.isNaN(p)) return undefined;
  if (p <= 0 || length === 1) return sorted[0];
  if (p >= 1) return sorted[length - 1];
  const h = (length - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below] as number;
  const high = sorted[below + 1] as number;
  return low + (high - low) * (h - below);
}

/**
 * The type-7 p-quantile of the values (any order): NaN values are skipped, the input is not
 * changed. undefined when no value is left. See quantileSorted.
 */
export function quantile(values: Float64Array | readonly number[], p: number): number | undefined {
  const kept = Float64Array.from(values).filter((value) => !Number.isNaN(value));
  kept.sort();
  return quantileSorted(kept, p);
}
