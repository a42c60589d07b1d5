// Histogram bins for a number question: Sturges' bin count on round ("nice") edges.

export interface HistogramBin {
  /** Lower edge, inclusive. */
  x0: number;
  /** Upper edge: exclusive, except for the last bin, which holds the maximum. */
  x1: number;
  count: number;
}

/**
 * A step of 1, 2 or 5 times a power of ten near (stop - start) / count: d3-array's tickIncrement.
 * Returned as [step, inverse]: for steps below 1 the inverse (an integer, e.g. 10 for 0.1) is used
 * to compute edges as i / inverse, which is exact where i x 0.1 is not.
 */
function niceStep(start: number, stop: number, count: number): [number, number] {
  const raw = (stop - start) / count;
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  if (power >= 0) return [factor * 10 ** power, 0];
  const inverse = Math.round(10 ** -power / factor);
  return [1 / inverse, inverse];
}

/**
 * Bins finite values into about ceil(log2 n) + 1 bins (Sturges' rule) whose edges are multiples
 * of a nice step covering [min, max], like d3.bin with thresholdSturges and a nice domain. All
 * values equal: one bin [v, v]. No values: no bins. Non-finite values are skipped.
 * Sources: Sturges, H. A. (1926), The choice of a class interval, JASA 21(153); d3-array's bin,
 * thresholdSturges and tickIncrement.
 */
export function histogramBins(values: readonly number[]): HistogramBin[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  if (min === max) return [{ x0: min, x1: max, count: finite.length }];
  const sturges = Math.ceil(Math.log2(finite.length)) + 1;
  const [step, inverse] = niceStep(min, max, sturges);
  const scaled = (value: number) => (inverse ? value * inverse : value / step);
  const first = Math.floor(scaled(min));
  const last = Math.max(Math.ceil(scaled(max)), first + 1);
  const edge = (index: number) => (inverse ? index / inverse : index * step);
  const bins: HistogramBin[] = [];
  // A range too narrow for its magnitude (1e6 to 1e6 + 1e-12) has no exact nice edges: equal bins.
  const nice =
    Number.isFinite(inverse) &&
    last - first <= 2 * sturges + 1 &&
    edge(first) <= min &&
    edge(last) >= max;
  for (let index = 0; index < (nice ? last - first : sturges); index += 1) {
    const x0 = nice ? edge(first + index) : min + ((max - min) * index) / sturges;
    const x1 = nice
      ? edge(first + index + 1)
      : index === sturges - 1
        ? max
        : min + ((max - min) * (index + 1)) / sturges;
    bins.push({ x0, x1, count: 0 });
  }
  for (const value of finite) {
    let index = Math.max(
      0,
      Math.min(bins.length - 1, nice ? Math.floor(scaled(value)) - first : 0),
    );
    // Rounding of the scaled value can land one bin off at an edge: the edges decide.
    while (index > 0 && value < bins[index]!.x0) index -= 1;
    while (index < bins.length - 1 && value >= bins[index]!.x1) index += 1;
    bins[index]!.count += 1;
  }
  return bins;
}
