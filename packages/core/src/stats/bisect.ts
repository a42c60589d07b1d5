// Binary search in an ascending array, as d3-array's bisectLeft and bisectRight: counts of values
// below a value, for ranks and top shares without a second sort.

/** The number of values in sorted[0, length) strictly below `value` (where it would go first). */
export function bisectLeft(
  sorted: ArrayLike<number>,
  value: number,
  length = sorted.length,
): number {
  let [low, high] = [0, length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The number of values in sorted[0, length) at or below `value` (where it would go last). */
export function bisectRight(
  sorted: ArrayLike<number>,
  value: number,
  length = sorted.length,
): number {
  let [low, high] = [0, length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
