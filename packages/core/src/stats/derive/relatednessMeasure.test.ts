import { describe, expect, it } from 'vitest';
import { StatsInputError } from '../statsInputError';
import { combinedRelatedness } from './combinedRelatedness';
import { relatednessMeasure, subsetMeasure, unmeasuredIndustries } from './relatednessMeasure';

const NaN_ = Number.NaN;

describe('relatednessMeasure (a given matrix, such as occupational similarity)', () => {
  it('keeps a symmetric matrix and computes its percentiles', () => {
    const m = relatednessMeasure(
      'occupations',
      ['A', 'B', 'C'],
      Float64Array.from([1, 0.2, 0.9, 0.2, 1, 0.5, 0.9, 0.5, 1]),
    );
    expect(Array.from(m.percentiles)).toEqual([100, 0, 100, 0, 100, 50, 100, 50, 100]);
  });

  it('refuses a matrix that is not square, naming the sizes', () => {
    expect(() => relatednessMeasure('occupations', ['A', 'B', 'C'], new Float64Array(6))).toThrow(
      'occupations: the matrix is not square for 3 industries: it has 6 values (no square has that many), 3 x 3 = 9 expected',
    );
    expect(() => relatednessMeasure('occupations', ['A', 'B', 'C'], new Float64Array(4))).toThrow(
      /it has 4 values \(2 x 2\)/,
    );
  });

  it('refuses an asymmetric matrix, naming the pair', () => {
    expect(() =>
      relatednessMeasure('occupations', ['A', 'B'], Float64Array.from([1, 0.3, 0.4, 1])),
    ).toThrow('occupations: the matrix is not symmetric: A and B is 0.3 one way and 0.4 the other');
    expect(() =>
      relatednessMeasure('occupations', ['A', 'B'], Float64Array.from([1, NaN_, 0.4, 1])),
    ).toThrow(/A and B has a value one way and NaN the other/);
  });

  it('refuses negative values where they are not allowed, and infinite ones always', () => {
    const negative = Float64Array.from([1, -0.1, -0.1, 1]);
    expect(relatednessMeasure('r', ['A', 'B'], negative).values[1]).toBe(-0.1);
    expect(() => relatednessMeasure('r', ['A', 'B'], negative, { nonNegative: true })).toThrow(
      'r: the value for A and B is negative (-0.1)',
    );
    expect(() =>
      relatednessMeasure('r', ['A', 'B'], Float64Array.from([1, Infinity, Infinity, 1])),
    ).toThrow(StatsInputError);
  });

  it('refuses a repeated or empty industry code and fewer than 2 industries', () => {
    expect(() => relatednessMeasure('r', ['A', 'A'], new Float64Array(4))).toThrow(
      'r: industry A is given twice',
    );
    expect(() => relatednessMeasure('r', ['A', ''], new Float64Array(4))).toThrow(
      'r: an industry code is empty',
    );
    expect(() => relatednessMeasure('r', ['A'], new Float64Array(1))).toThrow(
      /at least 2 industries/,
    );
  });

  it('finds the industries that are not measured and drops them without changing percentiles', () => {
    const m = relatednessMeasure(
      'r',
      ['A', 'B', 'C'],
      Float64Array.from([1, 0.4, NaN_, 0.4, 1, NaN_, NaN_, NaN_, NaN_]),
    );
    expect(unmeasuredIndustries(m)).toEqual(['C']);
    const kept = subsetMeasure(m, [0, 1]);
    expect(kept.industries).toEqual(['A', 'B']);
    expect(Array.from(kept.percentiles)).toEqual([100, 100, 100, 100]);
  });
});

describe('combinedRelatedness', () => {
  const a = relatednessMeasure(
    'a',
    ['A', 'B', 'C'],
    Float64Array.from([1, 0.1, 0.2, 0.1, 1, 0.3, 0.2, 0.3, 1]),
  );
  const b = relatednessMeasure(
    'b',
    ['A', 'B', 'C'],
    Float64Array.from([1, 9, NaN_, 9, 1, 5, NaN_, 5, 1]),
  );

  it('averages the percentiles of the measures that have the pair, skipping NaN', () => {
    // a: A-B 0, A-C 50, B-C 100; b: A-B 100, B-C 0, A-C missing.
    const combined = combinedRelatedness([a, b]);
    expect(combined.values[1]).toBe(50);
    expect(combined.values[2]).toBe(50);
    expect(combined.values[5]).toBe(50);
    expect(combined.name).toBe('combined');
  });

  it('refuses measures over other industries or in another order', () => {
    const other = relatednessMeasure('c', ['B', 'A', 'C'], new Float64Array(9));
    expect(() => combinedRelatedness([a, other])).toThrow(
      'combined relatedness: "c" does not list the industries of "a" in the same order',
    );
  });
});
