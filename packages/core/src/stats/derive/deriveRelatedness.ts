// The relatedness measures a definition is derived from, from the data an analyst has: co-location
// of employment and establishments, input-output links when a table is given, matrices given as
// they are (occupational similarity), and their combination.

import { type DirectRequirement } from '../../network/ioLinkages';
import { type IndustryMatrix } from '../industryMatrix';
import { StatsInputError } from '../statsInputError';
import { type ColocationVariable, colocationRelatedness } from './colocationRelatedness';
import { combinedRelatedness } from './combinedRelatedness';
import { ioRelatedness } from './ioRelatedness';
import { pairPercentiles } from './pairPercentiles';
import { type RelatednessMeasure, unmeasuredIndustries } from './relatednessMeasure';

export interface DeriveRelatednessInput {
  /** Region x industry employment (suppressed cells filled): industryMatrix. */
  employment: IndustryMatrix;
  /** The same layout for establishments: establishmentMatrix. */
  establishments?: IndustryMatrix;
  /** Default 'share' (see ColocationVariable). */
  variable?: ColocationVariable;
  /** The industries to relate (traded ones, say); totals still count all. Default all. */
  keep?: (industry: string) => boolean;
  /** A direct-requirements table and the IO code of each industry. */
  io?: { cells: readonly DirectRequirement[]; ioCodeOf: (industry: string) => string | undefined };
  /** More measures, over any industries: industries they lack get NaN rows. */
  given?: readonly RelatednessMeasure[];
}

export interface DerivedRelatedness {
  /** The industries related, in the order of the matrices. */
  industries: string[];
  /** Each measure over `industries`. */
  measures: RelatednessMeasure[];
  /** The mean of their percentiles. */
  combined: RelatednessMeasure;
  /** Regions without data, left out of co-location. */
  droppedRegions: string[];
  /** Per measure, the industries it could not measure (NaN rows) and why. */
  notMeasured: { measure: string; industries: string[]; reason: string }[];
  /** Industries no measure relates (left out when clustering). */
  unmeasured: string[];
}

/**
 * Co-location of employment (and of establishments when given) as correlations of the chosen
 * variable across regions, IO links when a table is given, given measures re-indexed onto the
 * industries, and the combined measure. The establishments matrix must list the employment
 * matrix's regions and industries (StatsInputError otherwise). The industries related are the
 * kept industries of the employment matrix, in its order; co-location errors (too few regions,
 * all regions alike) are thrown as StatsInputError.
 */
export function deriveRelatedness(input: DeriveRelatednessInput): DerivedRelatedness {
  const { employment, establishments } = input;
  const variable = input.variable ?? 'share';
  const label = variable === 'lq' ? 'LQ' : 'share';
  const employmentColocation = colocationRelatedness(employment, {
    variable,
    name: `co-location of employment (${label})`,
    ...(input.keep ? { keep: input.keep } : {}),
  });
  const industries = [...employmentColocation.measure.industries];
  const measures: RelatednessMeasure[] = [employmentColocation.measure];
  const notMeasured: DerivedRelatedness['notMeasured'] = [];
  const constantReason = 'the same value in every region (no variance)';
  if (employmentColocation.constant.length > 0)
    notMeasured.push({
      measure: employmentColocation.measure.name,
      industries: employmentColocation.constant,
      reason: constantReason,
    });

  if (establishments) {
    const same =
      establishments.regions.join('\u0000') === employment.regions.join('\u0000') &&
      establishments.industries.join('\u0000') === employment.industries.join('\u0000');
    if (!same)
      throw new StatsInputError(
        'the establishments matrix has other regions or industries than employment',
      );
    const result = colocationRelatedness(establishments, {
      variable,
      name: `co-location of establishments (${label})`,
      ...(input.keep ? { keep: input.keep } : {}),
    });
    measures.push(result.measure);
    if (result.constant.length > 0)
      notMeasured.push({
        measure: result.measure.name,
        industries: result.constant,
        reason: constantReason,
      });
  }

  if (input.io) {
    const output = ioOutputs(employment, input.io.ioCodeOf);
    const result = ioRelatedness(input.io.cells, industries, input.io.ioCodeOf, { output });
    measures.push(result.measure);
    if (result.missing.length > 0)
      notMeasured.push({
        measure: result.measure.name,
        industries: result.missing,
        reason: 'not in the input-output table',
      });
  }

  for (const given of input.given ?? []) {
    const measure = reindex(given, industries);
    measures.push(measure);
    const missing = unmeasuredIndustries(measure);
    if (missing.length > 0)
      notMeasured.push({
        measure: measure.name,
        industries: missing,
        reason: 'not in the given matrix',
      });
  }

  const combined = combinedRelatedness(measures);
  return {
    industries,
    measures,
    combined,
    droppedRegions: employmentColocation.droppedRegions,
    notMeasured,
    unmeasured: unmeasuredIndustries(combined),
  };
}

/**
 * The national employment of each IO code: the size that weighs buyers in IO sales shares (a
 * stand-in for output, which a direct-requirements table does not carry).
 */
function ioOutputs(
  employment: IndustryMatrix,
  ioCodeOf: (industry: string) => string | undefined,
): Map<string, number> {
  const output = new Map<string, number>();
  const n = employment.industries.length;
  employment.industries.forEach((industry, i) => {
    const code = ioCodeOf(industry);
    if (code === undefined) return;
    let total = 0;
    for (let r = 0; r < employment.regions.length; r++) total += employment.employment[r * n + i]!;
    output.set(code.trim().toUpperCase(), (output.get(code.trim().toUpperCase()) ?? 0) + total);
  });
  return output;
}

/**
 * A measure over other industries, re-indexed: industries it lacks get NaN rows; percentiles are
 * computed again among the pairs of `industries`.
 */
function reindex(measure: RelatednessMeasure, industries: readonly string[]): RelatednessMeasure {
  const at = new Map(measure.industries.map((code, i) => [code, i]));
  const m = measure.industries.length;
  const n = industries.length;
  const values = new Float64Array(n * n).fill(Number.NaN);
  const source = industries.map((code) => at.get(code) ?? -1);
  for (let i = 0; i < n; i++) {
    if (source[i]! < 0) continue;
    for (let j = 0; j < n; j++) {
      if (source[j]! < 0) continue;
      values[i * n + j] = measure.values[source[i]! * m + source[j]!]!;
    }
  }
  return {
    name: measure.name,
    industries: [...industries],
    values,
    percentiles: pairPercentiles(values, n),
  };
}
