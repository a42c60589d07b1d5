import { describe, expect, it } from 'vitest';
import { industryMatrix } from './industryMatrix';
import { densityOpportunities, relatednessDensity } from './relatednessDensity';
import { statsTableFromRows } from './statsTableFromRows';

// Four regions x three industries; M (RCA >= 1) comes out as
//        i1 i2 i3
//   R1    1  1  0
//   R2    1  1  0
//   R3    0  0  1
//   R4    1  0  1
// (each row's employment is 100 in its specialised industries and 1 elsewhere).
const present: Record<string, string[]> = {
  R1: ['i1', 'i2'],
  R2: ['i1', 'i2'],
  R3: ['i3'],
  R4: ['i1', 'i3'],
};
const table = statsTableFromRows(
  Object.entries(present).flatMap(([region, industries]) =>
    ['i1', 'i2', 'i3'].map((industry) => ({
      region,
      industry,
      year: 2020,
      employment: industries.includes(industry) ? 100 : 1,
    })),
  ),
);

describe('relatednessDensity', () => {
  const matrix = industryMatrix(table, { year: 2020 });
  const result = relatednessDensity(matrix);
  const m = (region: string, industry: string) =>
    result.present[result.regions.indexOf(region) * 3 + result.industries.indexOf(industry)];

  it('marks an industry present where its RCA (total-employment LQ) is at least 1', () => {
    expect(
      ['R1', 'R2', 'R3', 'R4'].map((r) => ['I1', 'I2', 'I3'].map((i) => m(r, i)).join('')),
    ).toEqual(['110', '110', '001', '101']);
    expect(Array.from(result.ubiquity)).toEqual([3, 2, 2]);
  });

  it('computes proximity as the smaller of the two conditional probabilities', () => {
    // i1 & i2: 2 regions both, ubiquities 3 and 2 -> 2/3; i1 & i3: 1/3; i2 & i3: 0; diagonal 1.
    expect(Array.from(result.proximity)).toEqual([1, 2 / 3, 1 / 3, 2 / 3, 1, 0, 1 / 3, 0, 1]);
  });

  it('computes density as the share of an industry’s proximity that the region’s industries cover', () => {
    // R3 has i3 only. Density of i1 there: phi(1,3) / (1 + 2/3 + 1/3) = (1/3) / 2.
    expect(result.density[2 * 3 + 0]).toBeCloseTo(1 / 6, 12);
    // Density of i2 in R4 (i1 and i3): (2/3 + 0) / (2/3 + 1 + 0).
    expect(result.density[3 * 3 + 1]).toBeCloseTo(0.4, 12);
  });

  it('lists the absent industries of a region, densest first', () => {
    expect(densityOpportunities(result, 'R3')?.map((o) => o.industry)).toEqual(['I1', 'I2']);
    expect(densityOpportunities(result, 'R4')).toEqual([
      { industry: 'I2', density: expect.closeTo(0.4, 12), rca: expect.any(Number) },
    ]);
    expect(densityOpportunities(result, 'R9')).toBeUndefined();
  });
});

describe('industryMatrix', () => {
  it('uses the table’s finest digit level by default, fills suppressed cells and leaves out excluded regions', () => {
    const cbp = statsTableFromRows([
      { region: '01', industry: '------', year: 2011, employment: 500 },
      { region: '01', industry: '3361//', year: 2011, employment: 300 },
      { region: '01', industry: '336111', year: 2011, employment: 200 },
      { region: '01', industry: '336112', year: 2011, employment: 0, flag: 'A' },
      { region: '02', industry: '336111', year: 2011, employment: 7 },
      { region: 'US', industry: '336111', year: 2011, employment: 207 },
      { region: '01', industry: '336111', year: 2010, employment: 1 },
    ]);
    const matrix = industryMatrix(cbp, { year: 2011, exclude: ['US'] });
    expect(matrix.regions).toEqual(['01', '02']);
    expect(matrix.industries).toEqual(['336111', '336112']);
    expect(Array.from(matrix.employment)).toEqual([200, 10, 7, 0]);
    expect(industryMatrix(cbp, { year: 2011, level: 4 }).industries).toEqual(['3361']);
  });
});
