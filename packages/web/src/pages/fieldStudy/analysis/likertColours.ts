// Colours of a Likert scale's points: reds for disagreement, grey in the middle, blues for agreement.

const PALETTES: Record<number, readonly string[]> = {
  5: ['#e03131', '#ffa8a8', '#ced4da', '#74c0fc', '#1971c2'],
  7: ['#c92a2a', '#f03e3e', '#ffa8a8', '#ced4da', '#74c0fc', '#339af0', '#1864ab'],
};

/** The colour of `point` (1..points); scales other than 5 and 7 points use the 7-point palette's ends. */
export function likertColour(point: number, points: number): string {
  const palette = PALETTES[points];
  if (palette) return palette[point - 1] ?? '#ced4da';
  const middle = (points + 1) / 2;
  if (point === middle) return '#ced4da';
  return point < middle ? '#f03e3e' : '#339af0';
}
