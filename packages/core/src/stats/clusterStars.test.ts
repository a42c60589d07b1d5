import { describe, expect, it } from 'vitest';
import { aggregateClusters } from './aggregateClusters';
import { buildClusterDefinition } from './clusterDefinition';
import { clusterBenchmark } from './clusterBenchmark';
import { clusterStars, type StarThresholds } from './clusterStars';
import { locationQuotients } from './locationQuotient';
import { type StatsRow, statsTableFromRows } from './statsTableFromRows';

const { definition } = buildClusterDefinition([{ industry: 'c', cluster: 'c', type: 'traded' }]);

/** Stars of cluster c by region: S(ize), P (specialisation), F(ocus), '-' for none. */
function stars(
  regions: { region: string; c: number; other: number }[],
  thresholds?: Partial<StarThresholds>,
  benchmark?: string,
) {
  const rows: StatsRow[] = regions.flatMap(({ region, c, other }) => [
    { region, industry: 'c', year: 2020, employment: c },
    { region, industry: 'u', year: 2020, employment: other },
  ]);
  const aggregate = aggregateClusters(statsTableFromRows(rows), definition);
  const nation = clusterBenchmark(aggregate, benchmark);
  const { lqTotal } = locationQuotients(aggregate, nation);
  const result = clusterStars(aggregate, lqTotal, { thresholds, excludeRegion: nation.region });
  return Object.fromEntries(
    regions.map(({ region }, r) => {
      const marks = [
        result.size[r] === 1 ? 'S' : '',
        result.specialisation[r] === 1 ? 'P' : '',
        result.focus[r] === 1 ? 'F' : '',
      ].join('');
      return [region, marks || '-'];
    }),
  );
}

// Ten regions: R1 is small but almost all cluster (focus, LQ 8.2); R10 is the largest
// (size, LQ 1.64). The nation: 550 jobs in c of 9,020.
const ten = Array.from({ length: 10 }, (_, k) => ({
  region: `R${k + 1}`,
  c: 10 * (k + 1),
  other: k === 0 ? 10 : 1000 - 10 * (k + 1),
}));

describe('clusterStars', () => {
  it('gives size to the top 10% by employment, specialisation at LQ >= 2, focus to the top 10% by share', () => {
    expect(stars(ten)).toEqual({
      R1: 'PF',
      R2: '-',
      R3: '-',
      R4: '-',
      R5: '-',
      R6: '-',
      R7: '-',
      R8: '-',
      R9: '-',
      R10: 'S',
    });
  });

  it('takes configured thresholds', () => {
    const result = stars(ten, { sizeTopShare: 0.2, specialisationMinLq: 1.5, focusTopShare: 0 });
    expect(result.R10).toBe('SP'); // LQ 1.64 >= 1.5
    expect(result.R9).toBe('S'); // second largest: in the top 20%
    expect(result.R1).toBe('P');
  });

  it('gives the star to every region tied at the top', () => {
    const tied = ten.map((r) => (r.region === 'R9' ? { ...r, c: 100 } : r));
    expect(stars(tied).R9).toContain('S');
    expect(stars(tied).R10).toContain('S');
  });

  it('gives no top-share star when 10% of the regions is less than one region', () => {
    const five = ten.slice(0, 5);
    expect(
      Object.values(stars(five)).some((marks) => marks.includes('S') || marks.includes('F')),
    ).toBe(false);
  });

  it('leaves the benchmark region out of the competition', () => {
    const withNation = [...ten, { region: 'N', c: 100000, other: 100000 }];
    const result = stars(withNation, undefined, 'N');
    expect(result.N).toBe('-');
    expect(result.R10).toContain('S');
  });
});
