// The registry name nearest to a name that matched none: the "did you mean" of an import error.

/**
 * Levenshtein distance between `a` and `b` (insertions, deletions, substitutions, each 1), or
 * `limit + 1` as soon as it is known to exceed `limit` (so a long list of candidates stays cheap).
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `key` by edit distance, when it is near: at most 2 edits, or a third
 * of the key's length for longer names. Keys and candidates should be folded the same way
 * (foldForSearch). Ties go to the earlier candidate; undefined when none is near.
 */
export function closestName<T>(
  key: string,
  candidates: readonly T[],
  keyOf: (candidate: T) => string,
): T | undefined {
  const limit = Math.max(2, Math.floor(key.length / 3));
  let best: T | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(key, keyOf(candidate), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}
