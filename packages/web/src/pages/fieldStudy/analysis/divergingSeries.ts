// The pieces of a diverging stacked bar for a Likert question: disagreement to the left of zero,
// agreement to the right, the neutral middle split evenly across zero.

export interface DivergingPiece {
  /** The scale point (1..points) this piece draws. */
  point: number;
  /** Signed share: negative pieces are drawn left of zero. */
  value: number;
  /** Which half of the neutral point this is; undefined for the other points. */
  half?: 'left' | 'right';
}

/**
 * Pieces in stacking order: ECharts stacks negative and positive values separately, each
 * outwards from zero in series order, so the neutral halves come first, then the points nearest
 * the middle, then the ends. Shares are fractions 0-1 (null counts as 0). An even scale has no
 * neutral point.
 */
export function divergingSeries(
  distribution: readonly { point: number; share: number | null }[],
  points: number,
): DivergingPiece[] {
  const middle = (points + 1) / 2;
  const shareOf = (point: number) =>
    distribution.find((entry) => entry.point === point)?.share ?? 0;
  const pieces: DivergingPiece[] = [];
  if (Number.isInteger(middle)) {
    const half = shareOf(middle) / 2;
    pieces.push({ point: middle, value: -half, half: 'left' });
    pieces.push({ point: middle, value: half, half: 'right' });
  }
  for (let point = Math.ceil(middle) - 1; point >= 1; point -= 1)
    pieces.push({ point, value: -shareOf(point) });
  for (let point = Math.floor(middle) + 1; point <= points; point += 1)
    pieces.push({ point, value: shareOf(point) });
  return pieces;
}
