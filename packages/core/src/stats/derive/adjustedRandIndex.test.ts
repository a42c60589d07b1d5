import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './adjustedRandIndex';

describe('adjustedRandIndex', () => {
  it("gives the values of sklearn's adjusted_rand_score documentation examples, by hand", () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 1])).toBe(1);
    expect(adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0])).toBe(1);
    // Contingency {2, 1, 1}: index 1, sums 2 and 1, expected 2 x 1 / 6, max 1.5 -> 4/7.
    expect(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(4 / 7, 12);
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 12);
    expect(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
    // index 0, sums 2 and 2, expected 2/3, max 2 -> -0.5.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
  });

  it('is 1 for two trivial partitions that agree (all one cluster, or all singletons)', () => {
    expect(adjustedRandIndex([3, 3, 3], [7, 7, 7])).toBe(1);
    expect(adjustedRandIndex([0, 1, 2], [5, 4, 3])).toBe(1);
  });

  it('matches the formula on a 10-item case computed by hand', () => {
    // a = {1..3}{4..6}{7..10}, b = {1,2}{3,4,5}{6..10}: contingency 2 1 0 / 0 2 1 / 0 0 4.
    // index = 1 + 1 + 6 = 8; rows 3 + 3 + 6 = 12; columns 1 + 3 + 10 = 14; pairs 45.
    // expected = 12 x 14 / 45 = 3.7333; max = 13; ARI = (8 - 3.7333) / (13 - 3.7333).
    const a = [0, 0, 0, 1, 1, 1, 2, 2, 2, 2];
    const b = [0, 0, 1, 1, 1, 2, 2, 2, 2, 2];
    expect(adjustedRandIndex(a, b)).toBeCloseTo((8 - 168 / 45) / (13 - 168 / 45), 12);
  });

  it('leaves out items labelled -1 in either', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, -1], [0, 0, 1, 1, 5])).toBe(1);
  });

  it('is symmetric and does not depend on the label names', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), {
          minLength: 2,
          maxLength: 30,
        }),
        (pairs) => {
          const a = pairs.map((p) => p[0]);
          const b = pairs.map((p) => p[1]);
          expect(adjustedRandIndex(a, b)).toBeCloseTo(adjustedRandIndex(b, a), 12);
          expect(
            adjustedRandIndex(
              a.map((x) => 10 - x),
              b,
            ),
          ).toBeCloseTo(adjustedRandIndex(a, b), 12);
          expect(adjustedRandIndex(a, a)).toBe(1);
        },
      ),
    );
  });

  it('refuses labelings of different lengths', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow('the two clusterings label 2 and 1 items');
  });
});
