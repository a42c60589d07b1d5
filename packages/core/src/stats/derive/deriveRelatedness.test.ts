import { describe, expect, it } from 'vitest';
import { type IndustryMatrix } from '../industryMatrix';
import { StatsInputError } from '../statsInputError';
import { colocationRelatedness } from './colocationRelatedness';
import { deriveRelatedness } from './deriveRelatedness';
import { relatednessMeasure } from './relatednessMeasure';

const regions = ['R1', 'R2', 'R3', 'R4'];
const industries = ['111', '112', '211', '311'];
const employment: IndustryMatrix = {
  regions,
  industries,
  employment: Float64Array.from([10, 20, 5, 1, 30, 50, 5, 2, 5, 5, 40, 3, 20, 10, 10, 4]),
};
const establishments: IndustryMatrix = {
  regions,
  industries,
  employment: Float64Array.from([1, 2, 1, 1, 3, 4, 1, 1, 1, 1, 4, 1, 2, 1, 1, 2]),
};
const cells = [
  { supplier: '11', industry: '11', coefficient: 0.2 },
  { supplier: '21', industry: '11', coefficient: 0.1 },
  { supplier: '11', industry: '21', coefficient: 0.05 },
];
const ioCodeOf = (code: string) => (code.startsWith('31') ? undefined : code.slice(0, 2));

describe('deriveRelatedness', () => {
  it('builds the co-location measures, IO links and given measures over the kept industries', () => {
    const occupations = relatednessMeasure(
      'occupations',
      ['112', '111', '999'],
      Float64Array.from([1, 0.7, 0.1, 0.7, 1, 0.2, 0.1, 0.2, 1]),
    );
    const result = deriveRelatedness({
      employment,
      establishments,
      keep: (code) => code !== '311',
      io: { cells, ioCodeOf },
      given: [occupations],
    });
    expect(result.industries).toEqual(['111', '112', '211']);
    expect(result.measures.map((m) => m.name)).toEqual([
      'co-location of employment (share)',
      'co-location of establishments (share)',
      'input-output',
      'occupations',
    ]);
    const direct = colocationRelatedness(employment, { keep: (code) => code !== '311' });
    expect(result.measures[0]!.values).toEqual(direct.measure.values);
    // 111 and 112 share IO code 11, related by 11's own shares: inputs 0.2 / 0.3; sales weighted
    // by employment (11: 65 + 85 = 150, 21: 60) 0.2 x 150 / (0.2 x 150 + 0.05 x 60) = 30 / 33.
    expect(result.measures[2]!.values[1]).toBeCloseTo(30 / 33, 12);
    // The given matrix re-indexed: 211 is not in it.
    expect(result.measures[3]!.values[1]).toBe(0.7);
    expect(result.notMeasured).toEqual([
      { measure: 'occupations', industries: ['211'], reason: 'not in the given matrix' },
    ]);
    expect(result.unmeasured).toEqual([]);
    expect(result.combined.industries).toEqual(['111', '112', '211']);
  });

  it('reports industries missing from the IO table, and LQ measures when asked', () => {
    const result = deriveRelatedness({ employment, variable: 'lq', io: { cells, ioCodeOf } });
    expect(result.measures.map((m) => m.name)).toEqual([
      'co-location of employment (LQ)',
      'input-output',
    ]);
    expect(result.notMeasured).toEqual([
      { measure: 'input-output', industries: ['311'], reason: 'not in the input-output table' },
    ]);
  });

  it('refuses an establishments matrix that does not line up with employment', () => {
    expect(() =>
      deriveRelatedness({
        employment,
        establishments: { ...establishments, regions: ['R1', 'R2', 'R3', 'X'] },
      }),
    ).toThrow(StatsInputError);
  });
});
