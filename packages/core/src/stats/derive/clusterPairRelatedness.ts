// Within- and between-cluster relatedness: the mean relatedness of the industry pairs inside a
// cluster and across two clusters (Delgado, Porter & Stern 2016, WCR and BCR).

import { StatsInputError } from '../statsInputError';

export interface ClusterPairRelatedness {
  count: number;
  /**
   * count x count, row-major, symmetric: [a * count + b] is the mean relatedness of the pairs of
   * an industry of a and a different industry of b (a = b: within the cluster, WCR; else BCR).
   * NaN where there is no such pair with a value (a cluster of one industry has no WCR).
   */
  mean: Float64Array;
  /**
   * n x count, row-major: [i * count + b] is the mean relatedness of industry i to the other
   * industries of cluster b (NaN where there are none with a value).
   */
  industryMean: Float64Array;
}

/**
 * Means of `values` (n x n, symmetric; NaN pairs skipped, the diagonal never read) over the
 * clusters of `labels` (0..count-1; -1 leaves an industry out). O(n^2).
 */
export function clusterPairRelatedness(
  values: Float64Array,
  labels: Int32Array,
  count: number,
): ClusterPairRelatedness {
  const n = labels.length;
  if (values.length !== n * n)
    throw new StatsInputError(
      `a ${n}-industry labelling does not fit a matrix of ${values.length} values`,
    );
  const industrySum = new Float64Array(n * count);
  const industryCount = new Float64Array(n * count);
  for (let i = 0; i < n; i++) {
    if (labels[i]! < 0) continue;
    for (let j = 0; j < n; j++) {
      const b = labels[j]!;
      const value = values[i * n + j]!;
      if (j === i || b < 0 || Number.isNaN(value)) continue;
      industrySum[i * count + b] = industrySum[i * count + b]! + value;
      industryCount[i * count + b]!++;
    }
  }
  const sum = new Float64Array(count * count);
  const pairs = new Float64Array(count * count);
  for (let i = 0; i < n; i++) {
    const a = labels[i]!;
    if (a < 0) continue;
    for (let b = 0; b < count; b++) {
      sum[a * count + b] = sum[a * count + b]! + industrySum[i * count + b]!;
      pairs[a * count + b] = pairs[a * count + b]! + industryCount[i * count + b]!;
    }
  }
  const mean = new Float64Array(count * count);
  for (let cell = 0; cell < count * count; cell++)
    mean[cell] = pairs[cell]! > 0 ? sum[cell]! / pairs[cell]! : Number.NaN;
  const industryMean = new Float64Array(n * count);
  for (let cell = 0; cell < n * count; cell++)
    industryMean[cell] =
      industryCount[cell]! > 0 ? industrySum[cell]! / industryCount[cell]! : Number.NaN;
  return { count, mean, industryMean };
}
