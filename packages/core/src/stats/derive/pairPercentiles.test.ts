import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairPercentiles } from './pairPercentiles';

/** A symmetric n x n matrix from its upper triangle, row by row. */
function symmetric(n: number, upper: number[]): Float64Array {
  const values = new Float64Array(n * n);
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      values[i * n + j] = upper[k]!;
      values[j * n + i] = upper[k++]!;
    }
  return values;
}

describe('pairPercentiles', () => {
  it('puts the least related pair at 0, the most related at 100 and the diagonal at 100', () => {
    // Pairs (0,1)=0.2, (0,2)=0.9, (1,2)=0.5: ranks 1, 3, 2 of 3.
    const p = pairPercentiles(symmetric(3, [0.2, 0.9, 0.5]), 3);
    expect([p[1], p[2], p[5]]).toEqual([0, 100, 50]);
    expect([p[3], p[6], p[7]]).toEqual([0, 100, 50]);
    expect([p[0], p[4], p[8]]).toEqual([100, 100, 100]);
  });

  it('gives tied pairs the mean of their ranks, as scipy rankdata(method="average")', () => {
    // rankdata([5, 1, 5]) = [2.5, 1, 2.5] (scipy 1.10); percentile = 100 (rank - 1) / (3 - 1).
    const p = pairPercentiles(symmetric(3, [5, 1, 5]), 3);
    expect(p[1]).toBeCloseTo(75, 12);
    expect(p[2]).toBe(0);
    expect(p[5]).toBeCloseTo(75, 12);
  });

  it('leaves NaN pairs out of the ranking and an unmeasured industry NaN, its diagonal too', () => {
    const values = symmetric(3, [0.4, Number.NaN, Number.NaN]);
    const p = pairPercentiles(values, 3);
    expect(p[1]).toBe(100); // one pair alone
    expect(Number.isNaN(p[2]!)).toBe(true);
    expect(Number.isNaN(p[8]!)).toBe(true);
  });

  it('is symmetric, within 0..100, and keeps the order of the values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.double({ min: -1, max: 1, noNaN: true }), {
              minLength: (n * (n - 1)) / 2,
              maxLength: (n * (n - 1)) / 2,
            }),
          ),
        ),
        ([n, upper]) => {
          const values = symmetric(n, upper);
          const p = pairPercentiles(values, n);
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++) {
              expect(p[i * n + j]).toBe(p[j * n + i]);
              expect(p[i * n + j]).toBeGreaterThanOrEqual(0);
              expect(p[i * n + j]).toBeLessThanOrEqual(100);
              for (let k = 0; k < n; k++)
                for (let l = 0; l < n; l++) {
                  if (i === j || k === l) continue;
                  if (values[i * n + j]! < values[k * n + l]!)
                    expect(p[i * n + j]).toBeLessThan(p[k * n + l]!);
                }
            }
        },
      ),
      { numRuns: 50 },
    );
  });
});
