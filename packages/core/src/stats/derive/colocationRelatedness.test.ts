import { describe, expect, it } from 'vitest';
import { type IndustryMatrix } from '../industryMatrix';
import { StatsInputError } from '../statsInputError';
import { colocationRelatedness } from './colocationRelatedness';

/** A region x industry matrix from rows of values. */
const matrix = (regions: string[], industries: string[], rows: number[][]): IndustryMatrix => ({
  regions,
  industries,
  employment: Float64Array.from(rows.flat()),
});

const pearson = (x: number[], y: number[]) => {
  const mx = x.reduce((s, v) => s + v, 0) / x.length;
  const my = y.reduce((s, v) => s + v, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((v, i) => {
    sxy += (v - mx) * (y[i]! - my);
    sxx += (v - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
};

describe('colocationRelatedness', () => {
  const data = matrix(
    ['R1', 'R2', 'R3', 'R4'],
    ['A', 'B', 'C'],
    [
      [10, 20, 5],
      [30, 50, 5],
      [5, 5, 40],
      [20, 10, 10],
    ],
  );

  it('correlates the regions shares of each industry by default (DPS locational correlation)', () => {
    const { measure } = colocationRelatedness(data);
    const shareA = [10 / 65, 30 / 65, 5 / 65, 20 / 65];
    const shareB = [20 / 85, 50 / 85, 5 / 85, 10 / 85];
    expect(measure.industries).toEqual(['A', 'B', 'C']);
    expect(measure.values[0 * 3 + 1]).toBeCloseTo(pearson(shareA, shareB), 12);
    expect(measure.name).toBe('co-location (share correlation)');
  });

  it('correlates location quotients against all industries of the matrix, also for kept ones', () => {
    const { measure } = colocationRelatedness(data, { variable: 'lq', keep: (c) => c !== 'C' });
    const total = [35, 85, 50, 40];
    const lq = (values: number[], national: number) =>
      values.map((v, r) => v / total[r]! / (national / 210));
    expect(measure.industries).toEqual(['A', 'B']);
    expect(measure.values[1]).toBeCloseTo(
      pearson(lq([10, 30, 5, 20], 65), lq([20, 50, 5, 10], 85)),
      12,
    );
    expect(measure.percentiles[1]).toBe(100);
  });

  it('drops regions without data and names them', () => {
    const withEmpty = matrix(
      ['R1', 'R2', 'EMPTY', 'R3', 'R4'],
      ['A', 'B', 'C'],
      [
        [10, 20, 5],
        [30, 50, 5],
        [0, 0, 0],
        [5, 5, 40],
        [20, 10, 10],
      ],
    );
    const result = colocationRelatedness(withEmpty);
    expect(result.droppedRegions).toEqual(['EMPTY']);
    expect(result.measure.values).toEqual(colocationRelatedness(data).measure.values);
  });

  it('reports an industry spread exactly as the nation (constant LQ) with a NaN row', () => {
    const proportional = matrix(
      ['R1', 'R2', 'R3'],
      ['A', 'B', 'C', 'D'],
      [
        [10, 0, 5, 15],
        [0, 10, 10, 20],
        [20, 20, 15, 55],
      ],
    );
    const { measure, constant } = colocationRelatedness(proportional, { variable: 'lq' });
    expect(constant).toEqual(['D']);
    expect(Number.isNaN(measure.values[3 * 4 + 0]!)).toBe(true);
    expect(Number.isNaN(measure.percentiles[0 * 4 + 3]!)).toBe(true);
  });

  it('refuses regions that are all alike: the correlation is undefined, the industries named', () => {
    const alike = matrix(
      ['R1', 'R2', 'R3'],
      ['A', 'B'],
      [
        [5, 7],
        [5, 7],
        [5, 7],
      ],
    );
    expect(() => colocationRelatedness(alike)).toThrow(StatsInputError);
    expect(() => colocationRelatedness(alike)).toThrow(
      /every industry has the same share in every region \(no variance\): A, B/,
    );
  });

  it('refuses fewer than 3 regions with data, naming the empty ones', () => {
    const two = matrix(
      ['R1', 'R2', 'R3'],
      ['A', 'B'],
      [
        [5, 7],
        [0, 0],
        [1, 9],
      ],
    );
    expect(() => colocationRelatedness(two)).toThrow(
      'co-location (share correlation): correlation across regions needs at least 3 regions with data, 2 of 3 have any (no data: R2)',
    );
  });

  it('refuses a negative or missing value, naming region and industry', () => {
    const negative = matrix(
      ['R1', 'R2', 'R3'],
      ['A', 'B'],
      [
        [5, 7],
        [1, -2],
        [1, 9],
      ],
    );
    expect(() => colocationRelatedness(negative)).toThrow(
      /region R2, industry B has a negative value \(-2\)/,
    );
    const missing = matrix(
      ['R1', 'R2', 'R3'],
      ['A', 'B'],
      [
        [5, Number.NaN],
        [1, 2],
        [1, 9],
      ],
    );
    expect(() => colocationRelatedness(missing)).toThrow(/region R1, industry B has no number/);
  });
});
