// The combined relatedness of several measures: the mean of their pair percentiles, as Delgado,
// Porter & Stern (2016) combine co-location, input-output and occupation measures.

import { StatsInputError } from '../statsInputError';
import { pairPercentiles } from './pairPercentiles';
import { type RelatednessMeasure } from './relatednessMeasure';

/**
 * For every pair, the mean of the percentiles of the measures that have a value for it (NaN are
 * skipped, so an industry missing from the IO table is still related by co-location); NaN where
 * no measure has one. Its own percentiles are computed again from those means. The measures must
 * list the same industries in the same order (StatsInputError otherwise).
 */
export function combinedRelatedness(
  measures: readonly RelatednessMeasure[],
  name = 'combined',
): RelatednessMeasure {
  const first = measures[0];
  if (!first) throw new StatsInputError('combined relatedness needs at least one measure');
  const industries = first.industries;
  const n = industries.length;
  for (const measure of measures) {
    const same =
      measure.industries.length === n &&
      measure.industries.every((code, i) => code === industries[i]);
    if (!same)
      throw new StatsInputError(
        `combined relatedness: "${measure.name}" does not list the industries of "${first.name}" in the same order`,
      );
  }
  const values = new Float64Array(n * n);
  for (let cell = 0; cell < n * n; cell++) {
    let sum = 0;
    let count = 0;
    for (const measure of measures) {
      const p = measure.percentiles[cell]!;
      if (Number.isNaN(p)) continue;
      sum += p;
      count++;
    }
    values[cell] = count > 0 ? sum / count : Number.NaN;
  }
  return { name, industries: [...industries], values, percentiles: pairPercentiles(values, n) };
}
