import { describe, expect, it } from 'vitest';
import { aggregateClusters } from './aggregateClusters';
import { buildClusterDefinition } from './clusterDefinition';
import { compoundAnnualGrowthRate, growth } from './growth';
import { StatsInputError } from './statsInputError';
import { statsTableFromRows } from './statsTableFromRows';

describe('compoundAnnualGrowthRate', () => {
  it('is the constant yearly rate that turns the start into the end', () => {
    expect(compoundAnnualGrowthRate(100, 121, 2)).toBeCloseTo(0.1, 12);
    expect(compoundAnnualGrowthRate(1000, 800, 1)).toBeCloseTo(-0.2, 12);
    expect(compoundAnnualGrowthRate(50, 50, 7)).toBe(0);
  });

  it('reads negative years as the rate from the end back to the start', () => {
    expect(compoundAnnualGrowthRate(121, 100, -2)).toBeCloseTo(0.1, 12);
  });

  it('is -1 when everything is lost and NaN when it cannot be computed', () => {
    expect(compoundAnnualGrowthRate(100, 0, 3)).toBe(-1);
    expect(compoundAnnualGrowthRate(0, 10, 3)).toBeNaN();
    expect(compoundAnnualGrowthRate(10, 20, 0)).toBeNaN();
    expect(compoundAnnualGrowthRate(10, Number.NaN, 1)).toBeNaN();
  });
});

describe('growth', () => {
  const { definition } = buildClusterDefinition([
    { industry: 'a', cluster: 'a', type: 'traded' },
    { industry: 'b', cluster: 'b', type: 'local' },
  ]);
  const aggregate = aggregateClusters(
    statsTableFromRows([
      { region: 'R1', industry: 'a', year: 2000, employment: 100 },
      { region: 'R1', industry: 'a', year: 2004, employment: 146.41 },
      { region: 'R1', industry: 'b', year: 2004, employment: 30 },
      { region: 'R2', industry: 'a', year: 2000, employment: 80 },
    ]),
    definition,
  );

  it('gives change and CAGR per region x cluster between two years', () => {
    const result = growth(aggregate, 2000, 2004);
    // [R1 a, R1 b, R2 a, R2 b]
    expect(Array.from(result.change)).toEqual([46.41, 30, -80, 0].map((v) => expect.closeTo(v, 9)));
    expect(result.cagr[0]).toBeCloseTo(0.1, 12);
    expect(result.cagr[1]).toBeNaN(); // nothing in 2000
    expect(result.cagr[2]).toBe(-1);
    expect(result.cagr[3]).toBeNaN();
  });

  it('fails with the available years when a year is not in the data', () => {
    expect(() => growth(aggregate, 1999, 2004)).toThrow(StatsInputError);
    expect(() => growth(aggregate, 2000, 2010)).toThrow(
      'year 2010 is not in the data (years 2000, 2004)',
    );
  });
});
