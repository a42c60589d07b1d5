import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantile, quantileSorted } from './quantile';

/** A plain reference: sort a copy, interpolate between the two order statistics around (n-1)p. */
function reference(values: number[], p: number): number | undefined {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const h = (sorted.length - 1) * p;
  const low = sorted[Math.floor(h)] as number;
  const high = sorted[Math.ceil(h)] as number;
  return low + (high - low) * (h - Math.floor(h));
}

describe('quantile (type 7)', () => {
  it('gives the values numpy.quantile and d3.quantile give', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([0, 10, 30], 0.75)).toBe(20);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 12);
    expect(quantile([7], 0.9)).toBe(7);
  });

  it('returns the extremes at p = 0 and p = 1 and clamps p outside [0, 1]', () => {
    expect(quantile([5, 1, 9], 0)).toBe(1);
    expect(quantile([5, 1, 9], 1)).toBe(9);
    expect(quantile([5, 1, 9], -2)).toBe(1);
    expect(quantile([5, 1, 9], 3)).toBe(9);
  });

  it('skips NaN and is undefined when nothing is left', () => {
    expect(quantile(new Float64Array([Number.NaN, 4, 2]), 0.5)).toBe(3);
    expect(quantile([Number.NaN], 0.5)).toBeUndefined();
    expect(quantile([], 0.5)).toBeUndefined();
    expect(quantileSorted([1, 2], Number.NaN)).toBeUndefined();
  });

  it('does not reorder its input', () => {
    const values = new Float64Array([3, 1, 2]);
    quantile(values, 0.5);
    expect(Array.from(values)).toEqual([3, 1, 2]);
  });

  it('reads only the first `length` values of a sorted array', () => {
    expect(quantileSorted(new Float64Array([1, 3, 100, 200]), 0.5, 2)).toBe(2);
  });

  it('matches a sorted-array reference for any values and p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const expected = reference(values, p);
          const actual = quantile(Float64Array.from(values), p);
          if (expected === undefined) expect(actual).toBeUndefined();
          else expect(actual).toBeCloseTo(expected, 6);
        },
      ),
    );
  });

  it('never decreases as p grows and stays between the smallest and largest value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p, q) => {
          const [low, high] = p <= q ? [p, q] : [q, p];
          const a = quantile(values, low) as number;
          const b = quantile(values, high) as number;
          expect(a).toBeLessThanOrEqual(b);
          expect(a).toBeGreaterThanOrEqual(Math.min(...values));
          expect(b).toBeLessThanOrEqual(Math.max(...values));
        },
      ),
    );
  });
});
