// Validation scores of a clustering in the manner of Delgado, Porter & Stern (2016): are
// industries more related inside their clusters than across them, by each relatedness measure?

import { StatsInputError } from '../statsInputError';
import { clusterPairRelatedness } from './clusterPairRelatedness';
import { type RelatednessMeasure } from './relatednessMeasure';

export interface MeasureScores {
  measure: string;
  /**
   * VS-cluster: the share (0-1) of ordered cluster pairs (A, B), A != B, with a between-cluster
   * relatedness, for which A's within-cluster relatedness exceeds the between-cluster one.
   */
  vsCluster: number;
  /**
   * VS-industry: the share (0-1) of clustered industries with a value whose mean relatedness to
   * the rest of their own cluster exceeds their mean relatedness to every other cluster.
   */
  vsIndustry: number;
}

export interface ValidationScores {
  byMeasure: MeasureScores[];
  /** Means over the measures. */
  vsCluster: number;
  vsIndustry: number;
  /** (vsCluster + vsIndustry) / 2: what a grid ranks by. */
  score: number;
}

/**
 * DPS's VS-cluster and VS-industry for the clustering `labels` (0..count-1 per industry of the
 * measures, -1 for one left out), for each measure on its `values` (pass percentile matrices to
 * score on percentiles), and their means. A cluster of one industry has no within-cluster
 * relatedness: its pairs and its industry count as failures, so singletons never score. NaN
 * pairs are skipped. Source: Delgado, Porter & Stern (2016), Defining clusters of related
 * industries, J. Economic Geography 16(1), 1-38. Throws StatsInputError for fewer than 2
 * clusters or measures of other industries than the labels.
 */
export function validationScores(
  measures: readonly { measure: RelatednessMeasure; values?: Float64Array }[],
  labels: Int32Array,
  count: number,
): ValidationScores {
  if (count < 2) throw new StatsInputError(`validation needs at least 2 clusters, got ${count}`);
  if (measures.length === 0) throw new StatsInputError('validation needs at least one measure');
  const byMeasure = measures.map(({ measure, values }) => {
    if (measure.industries.length !== labels.length)
      throw new StatsInputError(
        `"${measure.name}" has ${measure.industries.length} industries, the clustering ${labels.length}`,
      );
    return scoresOf(measure.name, values ?? measure.values, labels, count);
  });
  const vsCluster = byMeasure.reduce((s, m) => s + m.vsCluster, 0) / byMeasure.length;
  const vsIndustry = byMeasure.reduce((s, m) => s + m.vsIndustry, 0) / byMeasure.length;
  return { byMeasure, vsCluster, vsIndustry, score: (vsCluster + vsIndustry) / 2 };
}

function scoresOf(
  measure: string,
  values: Float64Array,
  labels: Int32Array,
  count: number,
): MeasureScores {
  const { mean, industryMean } = clusterPairRelatedness(values, labels, count);
  let pairs = 0;
  let clusterWins = 0;
  for (let a = 0; a < count; a++)
    for (let b = 0; b < count; b++) {
      const between = mean[a * count + b]!;
      if (a === b || Number.isNaN(between)) continue;
      pairs++;
      if (mean[a * count + a]! > between) clusterWins++;
    }
  let industries = 0;
  let industryWins = 0;
  for (let i = 0; i < labels.length; i++) {
    const own = labels[i]!;
    if (own < 0) continue;
    let other = -Infinity;
    let any = false;
    for (let b = 0; b < count; b++) {
      const value = industryMean[i * count + b]!;
      if (Number.isNaN(value)) continue;
      any = true;
      if (b !== own && value > other) other = value;
    }
    if (!any) continue; // an industry without any value (missing from this measure)
    industries++;
    if (industryMean[i * count + own]! > other) industryWins++;
  }
  return {
    measure,
    vsCluster: pairs > 0 ? clusterWins / pairs : 0,
    vsIndustry: industries > 0 ? industryWins / industries : 0,
  };
}
