// The heat map's arithmetic, kept out of the canvas component: the colour of a percentile and the
// cell under the pointer.

/** The colour of a missing value: light grey. */
export const MISSING_COLOUR: readonly [number, number, number] = [222, 226, 230];

/** Stops of the scale from 0 (least related) to 100 (most): white, light blue, dark blue. */
const STOPS: readonly (readonly [number, number, number, number])[] = [
  [0, 248, 249, 250],
  [50, 165, 216, 255],
  [80, 34, 139, 230],
  [100, 11, 45, 110],
];

/** RGB of a percentile 0-100 (clamped), interpolated between the stops; null: MISSING_COLOUR. */
export function colourOf(percentile: number | null): readonly [number, number, number] {
  if (percentile === null || Number.isNaN(percentile)) return MISSING_COLOUR;
  const p = Math.min(100, Math.max(0, percentile));
  for (let s = 1; s < STOPS.length; s++) {
    const [to, ...high] = STOPS[s]!;
    if (p > to) continue;
    const [from, ...low] = STOPS[s - 1]!;
    const f = to === from ? 1 : (p - from) / (to - from);
    return [0, 1, 2].map((c) => Math.round(low[c]! + (high[c]! - low[c]!) * f)) as [
      number,
      number,
      number,
    ];
  }
  return MISSING_COLOUR;
}

/**
 * The cell (row, column) under a point `x`, `y` pixels from the top left of a square of `size`
 * pixels showing n x n cells; null outside it.
 */
export function cellAt(
  x: number,
  y: number,
  size: number,
  n: number,
): { row: number; column: number } | null {
  if (n === 0 || x < 0 || y < 0 || x >= size || y >= size) return null;
  const cell = size / n;
  return {
    row: Math.min(n - 1, Math.floor(y / cell)),
    column: Math.min(n - 1, Math.floor(x / cell)),
  };
}

/** The index of the cluster holding position `index`, given the positions where clusters start. */
export function clusterAt(index: number, clusterStarts: readonly number[]): number {
  let cluster = 0;
  while (cluster + 1 < clusterStarts.length && clusterStarts[cluster + 1]! <= index) cluster++;
  return cluster;
}
