// Finds rows of a statistics table that repeat a region x industry x year already given, so an
// import with two values for one cell fails instead of summing or keeping either silently.

import type { StatsTable } from '@kume/core/stats/statsTable';

/** Above this many possible cells the bit set would pass 32 MB: sort the keys instead. */
const MAX_BITSET_CELLS = 1 << 28;

/**
 * Pairs [earlier row, repeating row], in the order of the repeating rows, at most `limit`.
 * Keys are region x industry x year numbered densely; a bit set marks the keys seen (4 MB for
 * 3,100 regions x 1,000 industries x 10 years), or for larger spaces sorted keys are compared.
 */
export function findDuplicateRows(table: StatsTable, limit = 100): [number, number][] {
  const n = table.length;
  if (n === 0) return [];
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (let i = 0; i < n; i += 1) {
    const y = table.year[i]!;
    if (y < minYear) minYear = y;
    if (y > maxYear) maxYear = y;
  }
  const years = maxYear - minYear + 1;
  const industries = table.industries.length;
  const key = (i: number) =>
    (table.region[i]! * industries + table.industry[i]!) * years + (table.year[i]! - minYear);
  const cells = table.regions.length * industries * years;
  const repeats: number[] = [];
  if (cells <= MAX_BITSET_CELLS) {
    const seen = new Uint8Array(Math.ceil(cells / 8));
    for (let i = 0; i < n && repeats.length < limit; i += 1) {
      const k = key(i);
      const bit = 1 << (k & 7);
      if ((seen[k >>> 3]! & bit) !== 0) repeats.push(i);
      else seen[k >>> 3] = seen[k >>> 3]! | bit;
    }
  } else {
    const order = new Uint32Array(n);
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      order[i] = i;
      keys[i] = key(i);
    }
    order.sort((a, b) => keys[a]! - keys[b]! || a - b);
    for (let j = 1; j < n; j += 1)
      if (keys[order[j]!] === keys[order[j - 1]!]) repeats.push(order[j]!);
    repeats.sort((a, b) => a - b).splice(limit);
  }
  return repeats.map((row) => {
    const k = key(row);
    let first = 0;
    while (key(first) !== k) first += 1;
    return [first, row];
  });
}
