import { describe, expect, it } from 'vitest';
import { StatsInputError } from '../statsInputError';
import { clusterPairRelatedness } from './clusterPairRelatedness';
import { relatednessMeasure } from './relatednessMeasure';
import { validationScores } from './validationScores';

/** A symmetric 5 x 5 matrix from its upper triangle, row by row. */
function matrix(upper: number[]): Float64Array {
  const n = 5;
  const values = new Float64Array(n * n).fill(1);
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      values[i * n + j] = upper[k]!;
      values[j * n + i] = upper[k++]!;
    }
  return values;
}

const industries = ['a', 'b', 'c', 'd', 'e'];
// Clusters {a, b}, {c, d}, {e}.
const labels = Int32Array.from([0, 0, 1, 1, 2]);
// Pairs ab .9, ac .1, ad .2, ae .4, bc .3, bd .95, be .4, cd .5, ce .1, de .1.
const first = relatednessMeasure(
  'first',
  industries,
  matrix([0.9, 0.1, 0.2, 0.4, 0.3, 0.95, 0.4, 0.5, 0.1, 0.1]),
);
// Perfect blocks: 1 inside, 0 across.
const second = relatednessMeasure('second', industries, matrix([1, 0, 0, 0, 0, 0, 0, 1, 0, 0]));

describe('clusterPairRelatedness', () => {
  it('averages pairs within and between clusters, NaN for a cluster of one', () => {
    const { mean } = clusterPairRelatedness(first.values, labels, 3);
    expect(mean[0]).toBeCloseTo(0.9, 12); // WCR of {a, b}
    expect(mean[4]).toBeCloseTo(0.5, 12); // WCR of {c, d}
    expect(mean[1]).toBeCloseTo((0.1 + 0.2 + 0.3 + 0.95) / 4, 12); // BCR
    expect(mean[2]).toBeCloseTo(0.4, 12);
    expect(mean[5]).toBeCloseTo(0.1, 12);
    expect(mean[8]).toBeNaN();
  });
});

describe('validationScores (Delgado, Porter & Stern)', () => {
  it('scores cluster pairs and industries by hand, singletons failing', () => {
    // Ordered pairs: (0,1) .9 > .3875, (0,2) .9 > .4, (1,0) .5 > .3875, (1,2) .5 > .1 pass;
    // (2,0), (2,1) fail (no WCR): 4/6. Industries: a .9 > max(.15, .4); b .9 > max(.625, .4);
    // c .5 > max(.2, .1) pass; d .5 < .575 fails; e (alone) fails: 3/5.
    const scores = validationScores([{ measure: first }], labels, 3);
    expect(scores.byMeasure[0]).toEqual({ measure: 'first', vsCluster: 4 / 6, vsIndustry: 3 / 5 });
    expect(scores.score).toBeCloseTo((4 / 6 + 3 / 5) / 2, 12);
  });

  it('averages over the measures', () => {
    // second: pairs 4/6 (the singleton's fail), industries 4/5.
    const scores = validationScores([{ measure: first }, { measure: second }], labels, 3);
    expect(scores.byMeasure[1]).toMatchObject({ vsCluster: 4 / 6, vsIndustry: 4 / 5 });
    expect(scores.vsCluster).toBeCloseTo(4 / 6, 12);
    expect(scores.vsIndustry).toBeCloseTo(0.7, 12);
  });

  it('scores on the values given in place of the measure values (percentiles, say)', () => {
    const scores = validationScores([{ measure: first, values: second.values }], labels, 3);
    expect(scores.vsIndustry).toBeCloseTo(4 / 5, 12);
  });

  it('refuses fewer than 2 clusters and labels of another length', () => {
    expect(() => validationScores([{ measure: first }], new Int32Array(5), 1)).toThrow(
      'validation needs at least 2 clusters, got 1',
    );
    expect(() => validationScores([{ measure: first }], new Int32Array(4), 2)).toThrow(
      StatsInputError,
    );
  });
});
