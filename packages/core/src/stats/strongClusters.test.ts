import { describe, expect, it } from 'vitest';
import { aggregateClusters } from './aggregateClusters';
import { buildClusterDefinition } from './clusterDefinition';
import { type StatsRow, statsTableFromRows } from './statsTableFromRows';
import { strongClusters } from './strongClusters';

const { definition } = buildClusterDefinition([
  { industry: 'c', cluster: 'c', type: 'traded' },
  { industry: 'o', cluster: 'o', type: 'traded' },
  { industry: 'l', cluster: 'l', type: 'local' },
]);

interface Region {
  region: string;
  jobs: number;
  firms?: number;
  /** The LQ the test sets for cluster c. */
  lq: number;
  other?: number;
}

/** Classifies cluster c over the regions with the LQs given; returns flags by region. */
function classify(regions: Region[], exclude?: string) {
  const rows: StatsRow[] = regions.flatMap((r) => [
    { region: r.region, industry: 'c', year: 2016, employment: r.jobs, establishments: r.firms },
    { region: r.region, industry: 'o', year: 2016, employment: r.other ?? 0, establishments: 1 },
    { region: r.region, industry: 'l', year: 2016, employment: 50, establishments: 1 },
  ]);
  const aggregate = aggregateClusters(statsTableFromRows(rows), definition);
  const units = aggregate.units.length;
  const lq = new Float64Array(aggregate.employment.length).fill(1);
  regions.forEach((r, at) => (lq[at * units] = r.lq));
  const excluded = exclude === undefined ? undefined : aggregate.regions.indexOf(exclude);
  const result = strongClusters(aggregate, lq, excluded);
  const flags = (unit: number) =>
    Object.fromEntries(
      regions.map((r, at) => {
        const cell = at * units + unit;
        const word = [result.qualifying, result.significant, result.strong, result.strong10]
          .map((array) => (array[cell] === 1 ? 'T' : 'F'))
          .join('');
        return [r.region, word];
      }),
    );
  return { c: flags(0), l: flags(2), strength: result.clusterStrength };
}

// Over the six regions with employment: LQ q25 0.975, q50 1.85, q75 2.875, q90 3.5;
// employment q25 325; establishments q25 32.5 (type-7 quantiles, worked by hand).
const six: Region[] = [
  { region: 'A', jobs: 100, firms: 10, lq: 0.5 },
  { region: 'B', jobs: 600, firms: 60, lq: 3, other: 600 },
  { region: 'C', jobs: 300, firms: 30, lq: 1.2 },
  { region: 'D', jobs: 400, firms: 40, lq: 2.5 },
  { region: 'E', jobs: 500, firms: 50, lq: 0.9 },
  { region: 'G', jobs: 1000, firms: 100, lq: 4 },
  { region: 'F', jobs: 0, firms: 0, lq: 0 },
];

describe('strongClusters', () => {
  it('classifies by the quartiles of LQ, employment and establishments over regions with employment', () => {
    // Flags in order qualifying, significant, strong, strong10.
    expect(classify(six).c).toEqual({
      A: 'FFFF', // employment 100 not above q25
      B: 'TTTF', // LQ 3 >= q75 but < q90
      C: 'FFFF', // employment 300 and establishments 30 not above their q25
      D: 'TTFF', // LQ 2.5 > q50 but < q75
      E: 'FFFF', // LQ 0.9 not above q25
      G: 'TTTT', // LQ 4 >= q90
      F: 'FFFF', // no employment: not classified
    });
  });

  it('compares LQ with q75 inclusively and with q25 and q50 strictly', () => {
    // Five regions, LQ 0.9, 1.2, 2.5, 3, 4: q25 = 1.2, q50 = 2.5, q75 = 3 exactly (order
    // statistics). E and G are the two smallest by employment and establishments, so only B, C
    // and D pass those tests.
    const sizes: Record<string, number> = { E: 1, G: 2, C: 3, D: 4, B: 5 };
    const five = six
      .filter((r) => r.region in sizes)
      .map((r) => ({ ...r, jobs: 100 * (sizes[r.region] ?? 0), firms: sizes[r.region] }));
    const flags = classify(five).c;
    expect(flags.C).toBe('FFFF'); // 1.2 is not > q25 = 1.2
    expect(flags.D).toBe('TFFF'); // 2.5 is not > q50 = 2.5
    expect(flags.B).toBe('TTTF'); // 3 >= q75 = 3
  });

  it('marks a cluster strong only when LQ >= 1, even in the top quartile', () => {
    const low = [0.2, 0.4, 0.6, 0.8].map((lq, k) => ({
      region: `R${k}`,
      jobs: 100 * (k + 1),
      firms: 10 * (k + 1),
      lq,
    }));
    expect(classify(low).c.R3).toBe('TTFF');
  });

  it('leaves local clusters unclassified', () => {
    expect(Object.values(classify(six).l)).toEqual(Array(7).fill('FFFF'));
  });

  it('leaves the excluded benchmark region out of the quantiles and unclassified', () => {
    const withNation = [...six, { region: 'N', jobs: 1e6, firms: 1e5, lq: 1 }];
    const flags = classify(withNation, 'N').c;
    expect(flags).toEqual({ ...classify(six).c, N: 'FFFF' });
  });

  it('drops the establishment condition when no region has establishment counts', () => {
    const noFirms = six.map((r) => ({ ...r, firms: undefined }));
    // Employment q25 = 325 still excludes C; D keeps TTFF, B and G keep their flags.
    expect(classify(noFirms).c).toEqual(classify(six).c);
    const firmsForC = noFirms.map((r) => (r.region === 'C' ? { ...r, firms: 30 } : r));
    expect(classify(firmsForC).c.B).toBe('FFFF'); // now the rule applies, and B has no count
  });

  it('gives cluster strength as employment in strong traded clusters over traded employment', () => {
    const { strength } = classify(six);
    expect(strength[1]).toBeCloseTo(600 / 1200, 12); // B: c strong (600), o not (600)
    expect(strength[3]).toBe(0); // D: nothing strong
    expect(strength[6]).toBeNaN(); // F: no traded employment
  });
});
