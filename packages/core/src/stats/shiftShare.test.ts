import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateClusters } from './aggregateClusters';
import { buildClusterDefinition } from './clusterDefinition';
import { clusterBenchmark } from './clusterBenchmark';
import { shiftShare } from './shiftShare';
import { type StatsRow, statsTableFromRows } from './statsTableFromRows';

const { definition } = buildClusterDefinition([
  { industry: 'a', cluster: 'a', type: 'traded' },
  { industry: 'b', cluster: 'b', type: 'local' },
]);

const jobsRows = (jobs: [string, string, number, number][]): StatsRow[] =>
  jobs.flatMap(([region, industry, start, end]) => [
    { region, industry, year: 2000, employment: start },
    { region, industry, year: 2010, employment: end },
  ]);

function decompose(rows: StatsRow[], benchmarkRegion?: string) {
  const aggregate = aggregateClusters(statsTableFromRows(rows), definition);
  return shiftShare(aggregate, clusterBenchmark(aggregate, benchmarkRegion), 2000, 2010);
}

// Nation: a 400 -> 600 (g = 0.5), b 400 -> 400 (g = 0), all 800 -> 1000 (G = 0.25).
const hand = jobsRows([
  ['R1', 'a', 100, 200],
  ['R1', 'b', 200, 100],
  ['R2', 'a', 300, 400],
  ['R2', 'b', 200, 300],
]);

describe('shiftShare (classic)', () => {
  const result = decompose(hand);

  it('splits each change into national share, industry mix and regional share, worked by hand', () => {
    // Order: R1 a, R1 b, R2 a, R2 b.
    expect(result.nationalGrowth).toBe(0.25);
    expect(Array.from(result.unitGrowth)).toEqual([0.5, 0]);
    expect(Array.from(result.change)).toEqual([100, -100, 100, 100]);
    expect(Array.from(result.nationalShare)).toEqual([25, 50, 75, 50]);
    expect(Array.from(result.industryMix)).toEqual([25, -50, 75, -50]);
    expect(Array.from(result.regionalShare)).toEqual([50, -100, -50, 100]);
  });

  it('adds up exactly to the observed change in the hand case', () => {
    for (let k = 0; k < 4; k++) {
      const sum =
        (result.nationalShare[k] as number) +
        (result.industryMix[k] as number) +
        (result.regionalShare[k] as number);
      expect(sum).toBe(result.change[k]);
    }
  });

  it('gives a region without jobs at the start its whole change as regional share', () => {
    const fresh = decompose([...hand, ...jobsRows([['R3', 'a', 0, 40]])]);
    expect([fresh.nationalShare[4], fresh.industryMix[4], fresh.regionalShare[4]]).toEqual([
      0, 0, 40,
    ]);
    expect(fresh.homotheticCompetitive[4]).toBeNaN();
  });

  it('measures growth against a benchmark region when one is named', () => {
    const withNation = decompose(
      [
        ...hand,
        ...jobsRows([
          ['N', 'a', 1000, 1100],
          ['N', 'b', 1000, 1100],
        ]),
      ],
      'N',
    );
    expect(withNation.nationalGrowth).toBeCloseTo(0.1, 12);
    expect(withNation.nationalShare[0]).toBeCloseTo(10, 9);
    expect(withNation.industryMix[0]).toBeCloseTo(0, 9);
    expect(withNation.regionalShare[0]).toBeCloseTo(90, 9);
  });
});

describe('shiftShare (Esteban-Marquillas)', () => {
  const result = decompose(hand);

  it('computes homothetic employment as the region’s total times the nation’s share', () => {
    // Totals at the start: R1 300, R2 500; national shares a 0.5, b 0.5.
    expect(Array.from(result.homotheticEmployment)).toEqual([150, 150, 250, 250]);
  });

  it('splits the regional share into homothetic competitive effect and allocation effect', () => {
    expect(Array.from(result.homotheticCompetitive)).toEqual([
      75,
      -75,
      expect.closeTo(-125 / 3, 9),
      125,
    ]);
    expect(Array.from(result.allocation)).toEqual([-25, -25, expect.closeTo(-25 / 3, 9), -25]);
  });
});

const twoYears = fc.array(fc.tuple(fc.nat(10000), fc.nat(10000), fc.nat(10000), fc.nat(10000)), {
  minLength: 1,
  maxLength: 8,
});

describe('shiftShare properties', () => {
  it('adds up to the observed change for any data, and EM parts add up to the regional share', () => {
    fc.assert(
      fc.property(twoYears, (regions) => {
        const rows = jobsRows(
          regions.flatMap(
            ([a0, a1, b0, b1], r) =>
              [
                [`R${r}`, 'a', a0, a1],
                [`R${r}`, 'b', b0, b1],
              ] as [string, string, number, number][],
          ),
        );
        const result = decompose(rows);
        result.change.forEach((change, k) => {
          const scale = Math.max(
            1,
            Math.abs(result.start[k] as number),
            Math.abs(result.end[k] as number),
          );
          const sum =
            (result.nationalShare[k] as number) +
            (result.industryMix[k] as number) +
            (result.regionalShare[k] as number);
          expect(Math.abs(sum - change)).toBeLessThanOrEqual(1e-9 * scale);
          if ((result.start[k] as number) > 0) {
            const parts =
              (result.homotheticCompetitive[k] as number) + (result.allocation[k] as number);
            expect(Math.abs(parts - (result.regionalShare[k] as number))).toBeLessThanOrEqual(
              1e-9 * scale,
            );
          }
        });
      }),
    );
  });

  it('has regional shares that cancel over the regions when the nation is their sum', () => {
    fc.assert(
      fc.property(twoYears, (regions) => {
        const rows = jobsRows(
          regions.flatMap(
            ([a0, a1, b0, b1], r) =>
              [
                [`R${r}`, 'a', a0, a1],
                [`R${r}`, 'b', b0, b1],
              ] as [string, string, number, number][],
          ),
        );
        const result = decompose(rows);
        for (const unit of [0, 1]) {
          let [sum, scale] = [0, 1];
          for (let r = 0; r < regions.length; r++) {
            const k = r * 2 + unit;
            sum += result.regionalShare[k] as number;
            scale += Math.abs(result.start[k] as number) + Math.abs(result.end[k] as number);
          }
          if ((result.unitGrowth[unit] as number) === (result.unitGrowth[unit] as number)) {
            expect(Math.abs(sum)).toBeLessThanOrEqual(1e-9 * scale);
          }
        }
      }),
    );
  });
});
