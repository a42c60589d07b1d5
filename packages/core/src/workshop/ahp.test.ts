// AHP weights and consistency against Saaty's published examples, consistent matrices built from
// known weights (exact answers), the matrix checks, and the group's geometric mean.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ahpWeights,
  checkPairwiseMatrix,
  combineJudgements,
  CONSISTENCY_RATIO_THRESHOLD,
  isInconsistent,
  RANDOM_INDEX,
  SAATY_SCALE,
} from './ahp';

/** The consistent matrix a[i][j] = w[i] / w[j]. */
const consistent = (weights: readonly number[]) =>
  weights.map((wi) => weights.map((wj) => wi / wj));

const expectRounded = (values: readonly number[], published: readonly number[], digits = 3) =>
  expect(values.map((value) => Number(value.toFixed(digits)))).toEqual(published);

// Saaty, T.L. (1990) "How to make a decision: the analytic hierarchy process", European Journal of
// Operational Research 48, 9-26: choosing a house. Criteria: size of house, transportation,
// neighbourhood, age, yard space, modern facilities, general condition, financing. Published:
// priorities .173 .054 .188 .018 .031 .036 .167 .333, lambda max 9.669, C.I. 0.238, C.R. 0.169.
const houseCriteria = [
  [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
  [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
  [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
  [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
  [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
  [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
  [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
  [4, 7, 5, 8, 6, 6, 2, 1],
];

// Saaty (1990), the same example: houses A, B, C compared on size of house. Published: priorities
// .754 .181 .065, lambda max 3.136, C.I. 0.068, C.R. 0.117.
const houseSize = [
  [1, 6, 8],
  [1 / 6, 1, 4],
  [1 / 8, 1 / 4, 1],
];

// Saaty, T.L. (2008) "Decision making with the analytic hierarchy process", Int. J. Services
// Sciences 1(1), 83-98: which drink is consumed more in the United States (coffee, wine, tea, beer,
// sodas, milk, water). Published: .177 .019 .042 .116 .190 .129 .327, C.R. 0.022.
const drinks = [
  [1, 9, 5, 2, 1, 1, 1 / 2],
  [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
  [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
  [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [1, 9, 4, 2, 1, 2, 1 / 2],
  [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [2, 9, 9, 3, 2, 3, 1],
];

describe('ahpWeights on published examples', () => {
  it("gives Saaty's (1990) house criteria weights, lambda max 9.669, CI 0.238 and CR 0.169", () => {
    const result = ahpWeights(houseCriteria);
    expectRounded(result.weights, [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]);
    expect(result.lambdaMax.toFixed(3)).toBe('9.669');
    expect(result.consistencyIndex.toFixed(3)).toBe('0.238');
    expect(result.consistencyRatio?.toFixed(3)).toBe('0.169');
    expect(result.converged).toBe(true);
    expect(isInconsistent(result)).toBe(true);
    // Neighbourhood judged 6 times general condition, where the weights imply about 1.13.
    expect(result.mostInconsistent).toMatchObject({ row: 2, column: 6, judged: 6 });
    expect(result.mostInconsistent?.implied).toBeCloseTo(0.1881 / 0.1668, 2);
  });

  it("gives Saaty's (1990) 3x3 size-of-house weights with lambda max 3.136 and CR 0.117", () => {
    const result = ahpWeights(houseSize);
    expectRounded(result.weights, [0.754, 0.181, 0.065]);
    expect(result.lambdaMax.toFixed(3)).toBe('3.136');
    expect(result.consistencyIndex.toFixed(3)).toBe('0.068');
    expect(result.consistencyRatio?.toFixed(3)).toBe('0.117');
  });

  it("gives Saaty's (2008) drink consumption weights with CR 0.022, below the warning", () => {
    const result = ahpWeights(drinks);
    expectRounded(result.weights, [0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327]);
    expect(result.consistencyRatio?.toFixed(3)).toBe('0.022');
    expect(isInconsistent(result)).toBe(false);
  });
});

describe('ahpWeights on consistent matrices', () => {
  it('recovers the weights exactly with lambda max n, CI 0, CR 0 and no inconsistent judgement', () => {
    const result = ahpWeights(consistent([0.5, 0.25, 0.15, 0.1]));
    result.weights.forEach((w, i) => expect(w).toBeCloseTo([0.5, 0.25, 0.15, 0.1][i]!, 12));
    expect(result.lambdaMax).toBeCloseTo(4, 12);
    expect(result.consistencyIndex).toBeCloseTo(0, 12);
    expect(result.consistencyRatio).toBeCloseTo(0, 12);
    expect(result.mostInconsistent).toBeNull();
  });

  it('recovers any weights from their consistent matrix (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (raw) => {
          const total = raw.reduce((sum, value) => sum + value, 0);
          const weights = raw.map((value) => value / total);
          const result = ahpWeights(consistent(weights));
          result.weights.forEach((w, i) => expect(w).toBeCloseTo(weights[i]!, 10));
          expect(result.consistencyRatio).toBeCloseTo(0, 9);
        },
      ),
    );
  });

  it('reorders the weights with the criteria: relabelling does not change the answer (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }), (a, b) => {
        const order = [0, 1, 2, 3, 4, 5, 6, 7];
        [order[a], order[b]] = [order[b]!, order[a]!];
        const permuted = order.map((i) => order.map((j) => houseCriteria[i]![j]!));
        const original = ahpWeights(houseCriteria);
        const result = ahpWeights(permuted);
        order.forEach((i, k) => expect(result.weights[k]).toBeCloseTo(original.weights[i]!, 10));
        expect(result.consistencyRatio).toBeCloseTo(original.consistencyRatio!, 10);
      }),
    );
  });

  it('names the one judgement reversed in an otherwise consistent 4x4 matrix', () => {
    const matrix = consistent([8, 4, 2, 1]);
    matrix[0]![3] = 1 / 2; // 8 expected
    matrix[3]![0] = 2;
    const result = ahpWeights(matrix);
    expect(result.mostInconsistent).toMatchObject({ row: 0, column: 3, judged: 0.5 });
    expect(result.mostInconsistent!.implied).toBeGreaterThan(1);
    expect(isInconsistent(result)).toBe(true);
  });
});

describe('ahpWeights at the edges', () => {
  it('gives weight 1 to a single criterion and CR 0', () => {
    expect(ahpWeights([[1]])).toMatchObject({
      weights: [1],
      lambdaMax: 1,
      consistencyIndex: 0,
      consistencyRatio: 0,
    });
  });

  it('gives 3:1 as 0.75 and 0.25 with CI 0 and CR 0 for two criteria', () => {
    const result = ahpWeights([
      [1, 3],
      [1 / 3, 1],
    ]);
    result.weights.forEach((w, i) => expect(w).toBeCloseTo([0.75, 0.25][i]!, 12));
    expect(result).toMatchObject({
      consistencyIndex: 0,
      consistencyRatio: 0,
      mostInconsistent: null,
    });
  });

  it('reports CR null beyond 15 criteria, where the random index table ends', () => {
    const result = ahpWeights(consistent(Array.from({ length: 16 }, (_, i) => i + 1)));
    expect(result.consistencyRatio).toBeNull();
    expect(isInconsistent(result)).toBe(false);
  });

  it('refuses a matrix that is not reciprocal, naming row and column', () => {
    expect(() =>
      ahpWeights([
        [1, 3],
        [3, 1],
      ]),
    ).toThrow(/row 2, column 1: 3 is not the reciprocal of 3/);
    expect(() => ahpWeights([])).toThrow(RangeError);
  });
});

describe('the scale and the random index table', () => {
  it("holds Saaty's 17 values 1/9..9 ascending, and RI 0.58 for 3 up to 1.59 for 15", () => {
    expect(SAATY_SCALE).toHaveLength(17);
    expect(SAATY_SCALE[0]).toBeCloseTo(1 / 9, 15);
    expect(SAATY_SCALE[8]).toBe(1);
    expect(SAATY_SCALE[16]).toBe(9);
    expect([...SAATY_SCALE].sort((a, b) => a - b)).toEqual(SAATY_SCALE);
    expect(Object.values(RANDOM_INDEX)).toEqual([
      0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
    ]);
    expect(CONSISTENCY_RATIO_THRESHOLD).toBe(0.1);
  });
});

describe('checkPairwiseMatrix', () => {
  it('finds nothing wrong with a sound matrix', () => {
    expect(checkPairwiseMatrix(houseCriteria)).toEqual([]);
  });

  it('names each problem by kind, row and column', () => {
    const issues = checkPairwiseMatrix([
      [2, 3, 0],
      [1 / 3, 1, 12],
      [-1, Number.NaN, 1],
    ]);
    expect(issues.map(({ kind, row, column }) => [kind, row, column])).toEqual([
      ['diagonal_not_one', 0, 0],
      ['not_positive', 0, 2],
      ['off_scale', 1, 2],
      ['not_positive', 2, 0],
      ['not_a_number', 2, 1],
    ]);
  });

  it('reports a non-reciprocal pair once, at the cell below the diagonal', () => {
    expect(
      checkPairwiseMatrix([
        [1, 3],
        [0.5, 1],
      ]),
    ).toMatchObject([{ kind: 'not_reciprocal', row: 1, column: 0 }]);
  });

  it('reports rows of the wrong length and an empty matrix', () => {
    expect(checkPairwiseMatrix([[1, 2], [1 / 2]])).toMatchObject([
      { kind: 'not_square', row: 1, column: 1 },
    ]);
    expect(checkPairwiseMatrix([])).toMatchObject([{ kind: 'empty' }]);
  });
});

describe('combineJudgements', () => {
  it('takes the element-wise geometric mean: 2 and 8 give 4, 3 and 1/3 give 1', () => {
    const combined = combineJudgements([
      [
        [1, 2, 3],
        [1 / 2, 1, 1 / 3],
        [1 / 3, 3, 1],
      ],
      [
        [1, 8, 1 / 3],
        [1 / 8, 1, 1 / 3],
        [3, 3, 1],
      ],
    ]);
    expect(combined[0]![1]).toBeCloseTo(4, 12);
    expect(combined[0]![2]).toBeCloseTo(1, 12);
    expect(combined[1]![2]).toBeCloseTo(1 / 3, 12);
    expect(checkPairwiseMatrix(combined)).toEqual([]);
    expect(combined[1]![0]).toBe(1 / combined[0]![1]!);
  });

  it('returns one matrix unchanged, so the weights are that person’s', () => {
    const result = ahpWeights(combineJudgements([houseSize]));
    expect(result.weights).toEqual(ahpWeights(houseSize).weights.map((w) => expect.closeTo(w, 12)));
  });

  it('refuses no matrices, different sizes and non-positive values', () => {
    expect(() => combineJudgements([])).toThrow(/no matrices/);
    expect(() => combineJudgements([houseSize, drinks])).toThrow(/matrix 2 is not 3 x 3/);
    expect(() =>
      combineJudgements([
        [
          [1, 0],
          [0, 1],
        ],
      ]),
    ).toThrow(/not a positive number/);
  });
});
