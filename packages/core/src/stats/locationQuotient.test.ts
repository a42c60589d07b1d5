import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateClusters } from './aggregateClusters';
import { buildClusterDefinition } from './clusterDefinition';
import { clusterBenchmark } from './clusterBenchmark';
import { locationQuotient, locationQuotients } from './locationQuotient';
import { StatsInputError } from './statsInputError';
import { type StatsRow, statsTableFromRows } from './statsTableFromRows';

const { definition } = buildClusterDefinition([
  { industry: 'ta', cluster: 'ta', type: 'traded' },
  { industry: 'tb', cluster: 'tb', type: 'traded' },
  { industry: 'tc', cluster: 'tc', type: 'traded' },
  { industry: 'la', cluster: 'la', type: 'local' },
]);

const rowsOf = (region: string, jobs: Record<string, number>): StatsRow[] =>
  Object.entries(jobs).map(([industry, employment]) => ({
    region,
    industry,
    year: 2020,
    employment,
  }));

const regions = [
  ...rowsOf('R1', { ta: 60, tb: 40, la: 100, u: 0 }),
  ...rowsOf('R2', { ta: 20, tb: 180, la: 300, u: 100 }),
];
const nation = rowsOf('N', { ta: 1000, tb: 1000, la: 2000 });

function quotients(rows: StatsRow[], benchmarkRegion?: string) {
  const aggregate = aggregateClusters(statsTableFromRows(rows), definition);
  const { lq, lqTotal } = locationQuotients(
    aggregate,
    clusterBenchmark(aggregate, benchmarkRegion),
  );
  const at = (region: string, cluster: string) =>
    aggregate.regions.indexOf(region) * aggregate.units.length +
    aggregate.units.findIndex((u) => u.cluster === cluster);
  return {
    lq: (region: string, cluster: string) => lq[at(region, cluster)],
    lqTotal: (region: string, cluster: string) => lqTotal[at(region, cluster)],
  };
}

describe('locationQuotient', () => {
  it('divides the region’s share by the nation’s share', () => {
    expect(locationQuotient(60, 100, 80, 300)).toBeCloseTo(2.25, 12);
    expect(locationQuotient(0, 100, 80, 300)).toBe(0);
  });

  it('is undefined when a denominator is 0 or a value is NaN', () => {
    expect(locationQuotient(0, 0, 80, 300)).toBeUndefined();
    expect(locationQuotient(5, 100, 0, 300)).toBeUndefined();
    expect(locationQuotient(5, 100, 80, 0)).toBeUndefined();
    expect(locationQuotient(Number.NaN, 100, 80, 300)).toBeUndefined();
  });
});

describe('locationQuotients against the sum of the regions', () => {
  const { lq, lqTotal } = quotients(regions);

  it('uses traded employment as the total of a traded cluster (US Cluster Mapping)', () => {
    expect(lq('R1', 'ta')).toBeCloseTo(2.25, 12); // (60/100) / (80/300)
    expect(lq('R1', 'tb')).toBeCloseTo(6 / 11, 12); // (40/100) / (220/300)
    expect(lq('R2', 'ta')).toBeCloseTo(0.375, 12); // (20/200) / (80/300)
  });

  it('uses local employment as the total of a local cluster', () => {
    expect(lq('R1', 'la')).toBeCloseTo(1, 12); // (100/100) / (400/400)
    expect(lq('R2', 'la')).toBeCloseTo(1, 12);
  });

  it('uses all employment at the definition level, uncovered codes included, for lq_total', () => {
    expect(lqTotal('R1', 'ta')).toBeCloseTo(3, 12); // (60/200) / (80/800)
    expect(lqTotal('R2', 'tb')).toBeCloseTo(12 / 11, 12); // (180/600) / (220/800)
    expect(lqTotal('R1', 'la')).toBeCloseTo(1, 12); // (100/200) / (400/800)
  });

  it('is NaN for a cluster the nation does not have', () => {
    expect(lq('R1', 'tc')).toBeNaN();
    expect(lqTotal('R1', 'tc')).toBeNaN();
  });
});

describe('locationQuotients against a benchmark region', () => {
  const { lq, lqTotal } = quotients([...regions, ...nation], 'N');

  it('takes the nation’s shares from the benchmark region, not the sum', () => {
    expect(lq('R1', 'ta')).toBeCloseTo(1.2, 12); // (60/100) / (1000/2000)
    expect(lqTotal('R1', 'ta')).toBeCloseTo(1.2, 12); // (60/200) / (1000/4000)
    expect(lq('R2', 'la')).toBeCloseTo(1, 12); // (300/300) / (2000/2000)
  });

  it('fails with a clear message when the benchmark region is not in the data', () => {
    const aggregate = aggregateClusters(statsTableFromRows(regions), definition);
    expect(() => clusterBenchmark(aggregate, 'US')).toThrow(StatsInputError);
    expect(() => clusterBenchmark(aggregate, 'US')).toThrow(
      'benchmark region "US" is not in the data; its regions are R1, R2',
    );
  });
});

/** Random regions with random employment in every cluster of `definition` and an uncovered code. */
const tables = fc.array(
  fc.record({
    ta: fc.nat(5000),
    tb: fc.nat(5000),
    tc: fc.nat(5000),
    la: fc.nat(5000),
    u: fc.nat(5000),
  }),
  { minLength: 1, maxLength: 8 },
);

describe('location quotient properties', () => {
  it('averages to 1 over a region’s clusters weighted by the nation’s shares, and over regions weighted by theirs', () => {
    fc.assert(
      fc.property(tables, (jobs) => {
        const aggregate = aggregateClusters(
          statsTableFromRows(jobs.flatMap((j, r) => rowsOf(`R${r}`, j))),
          definition,
        );
        const benchmark = clusterBenchmark(aggregate);
        const { lq } = locationQuotients(aggregate, benchmark);
        const units = aggregate.units.length;
        const traded = [0, 1, 2];
        jobs.forEach((j, r) => {
          if (j.ta + j.tb + j.tc === 0) return;
          // Sum over traded c of (E_c / E_traded) x LQ(r, c) = sum of the region's shares = 1.
          const weighted = traded.reduce((sum, u) => {
            const share = (benchmark.employment[u] as number) / (benchmark.traded[0] as number);
            return share > 0 ? sum + share * (lq[r * units + u] as number) : sum;
          }, 0);
          expect(weighted).toBeCloseTo(1, 9);
        });
        traded.forEach((u) => {
          if (!((benchmark.employment[u] as number) > 0)) return;
          // Sum over regions of (e_r,traded / E_traded) x LQ(r, c) = 1 when the nation is their sum.
          const weighted = jobs.reduce((sum, _, r) => {
            const share = (aggregate.traded[r] as number) / (benchmark.traded[0] as number);
            return share > 0 ? sum + share * (lq[r * units + u] as number) : sum;
          }, 0);
          expect(weighted).toBeCloseTo(1, 9);
        });
      }),
    );
  });

  it('does not change when all employment is scaled by a constant', () => {
    fc.assert(
      fc.property(tables, fc.double({ min: 0.001, max: 1000, noNaN: true }), (jobs, factor) => {
        const rows = jobs.flatMap((j, r) => rowsOf(`R${r}`, j));
        const scaled = rows.map((row) => ({ ...row, employment: (row.employment ?? 0) * factor }));
        const quotientsOf = (input: StatsRow[]) => {
          const aggregate = aggregateClusters(statsTableFromRows(input), definition);
          return locationQuotients(aggregate, clusterBenchmark(aggregate));
        };
        const [before, after] = [quotientsOf(rows), quotientsOf(scaled)];
        for (const key of ['lq', 'lqTotal'] as const) {
          before[key].forEach((value, k) => {
            const other = after[key][k] as number;
            if (Number.isNaN(value)) expect(other).toBeNaN();
            else expect(Math.abs(other - value)).toBeLessThanOrEqual(1e-9 * Math.max(1, value));
          });
        }
      }),
    );
  });
});
