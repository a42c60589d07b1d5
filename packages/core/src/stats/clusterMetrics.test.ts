import { describe, expect, it } from 'vitest';
import { buildClusterDefinition } from './clusterDefinition';
import { clusterMetricRows } from './clusterMetricRows';
import { computeClusterMetrics } from './clusterMetrics';
import { strongClustersByRegion } from './relatedClusters';
import { StatsInputError } from './statsInputError';
import { type StatsRow, statsTableFromRows } from './statsTableFromRows';

const { definition } = buildClusterDefinition([
  { industry: '111111', cluster: 'a', type: 'traded', subcluster: 'x', clusterName: 'Alpha' },
  { industry: '111112', cluster: 'a', type: 'traded', subcluster: 'y' },
  { industry: '222222', cluster: 'b', type: 'traded' },
  { industry: '333333', cluster: 'l', type: 'local' },
]);

const jobs = (
  region: string,
  year: number,
  byIndustry: Record<string, number>,
  flag?: string,
): StatsRow[] =>
  Object.entries(byIndustry).map(([industry, employment]) => ({
    region,
    industry,
    year,
    employment,
    establishments: 1,
    flag: employment === 0 ? flag : undefined,
  }));

const rows = [
  ...jobs(
    'R1',
    2000,
    { '111111': 100, '111112': 0, '222222': 50, '333333': 200, '999999': 40 },
    'A',
  ),
  ...jobs('R1', 2001, { '111111': 121, '333333': 210 }),
  ...jobs('R2', 2000, { '222222': 300, '333333': 100 }),
  ...jobs('R2', 2001, { '222222': 330, '333333': 110, '111111': 5 }),
  ...jobs('N', 2000, { '111111': 1000, '222222': 1000, '333333': 3000, '999999': 500 }),
  ...jobs('N', 2001, { '111111': 1000, '222222': 1000, '333333': 3000 }),
];
const table = statsTableFromRows(rows);

describe('computeClusterMetrics', () => {
  const metrics = computeClusterMetrics(table, definition, {
    benchmarkRegion: 'N',
    fromYear: 2000,
  });
  const rowOf = (region: string, cluster: string, year: number) => {
    for (let i = 0; i < metrics.length; i++) {
      const unit = metrics.units[metrics.unit[i] as number];
      if (
        metrics.regions[metrics.region[i] as number] === region &&
        unit?.cluster === cluster &&
        metrics.year[i] === year
      ) {
        return i;
      }
    }
    return -1;
  };

  it('outputs one row per region x cluster x year with employment, benchmark left out, ordered', () => {
    expect(metrics.regions).toEqual(['R1', 'R2']);
    expect(metrics.years).toEqual([2000, 2001]);
    const keys = Array.from({ length: metrics.length }, (_, i) =>
      [
        metrics.regions[metrics.region[i] as number],
        metrics.units[metrics.unit[i] as number]?.cluster,
        metrics.year[i],
      ].join(' '),
    );
    expect(keys).toEqual([
      'R1 a 2000',
      'R1 a 2001',
      'R1 b 2000',
      'R1 l 2000',
      'R1 l 2001',
      'R2 a 2001',
      'R2 b 2000',
      'R2 b 2001',
      'R2 l 2000',
      'R2 l 2001',
    ]);
  });

  it('carries employment with suppressed cells filled and the share that rests on them', () => {
    const i = rowOf('R1', 'a', 2000);
    expect(metrics.employment[i]).toBe(110);
    expect(metrics.filledEmployment[i]).toBe(10);
    expect(metrics.filledShare[i]).toBeCloseTo(10 / 110, 12);
    expect(metrics.establishments[i]).toBe(2);
  });

  it('computes both location quotients against the benchmark region', () => {
    const i = rowOf('R1', 'a', 2000);
    expect(metrics.lq[i]).toBeCloseTo(110 / 160 / (1000 / 2000), 12);
    expect(metrics.lqTotal[i]).toBeCloseTo(110 / 400 / (1000 / 5500), 12);
  });

  it('measures growth from the from year, NaN where there was nothing then', () => {
    expect(metrics.employmentCagr?.[rowOf('R1', 'a', 2001)]).toBeCloseTo(0.1, 12);
    expect(metrics.employmentChange?.[rowOf('R1', 'a', 2001)]).toBe(11);
    expect(metrics.employmentCagr?.[rowOf('R2', 'a', 2001)]).toBeNaN();
    expect(metrics.employmentChange?.[rowOf('R2', 'a', 2001)]).toBe(5);
    expect(metrics.employmentCagr?.[rowOf('R1', 'a', 2000)]).toBeNaN();
  });

  it('gives region-year totals and reports uncovered codes without the benchmark’s', () => {
    // [R1 2000, R2 2000, R1 2001, R2 2001]
    expect(Array.from(metrics.regionYears.traded)).toEqual([160, 300, 121, 335]);
    expect(Array.from(metrics.regionYears.all)).toEqual([400, 400, 331, 445]);
    expect(metrics.uncovered.industries).toEqual([
      { code: '999999', employment: new Float64Array([40, 0]), total: 40 },
    ]);
    expect(metrics.warnings).toEqual([]);
  });

  it('outputs only the years asked for, still measuring growth from the from year', () => {
    const later = computeClusterMetrics(table, definition, {
      benchmarkRegion: 'N',
      fromYear: 2000,
      years: [2001],
    });
    expect(later.years).toEqual([2001]);
    expect(Array.from(later.year).every((year) => year === 2001)).toBe(true);
    expect(later.employmentCagr?.[0]).toBeCloseTo(0.1, 12);
    expect(later.uncovered.years).toEqual([2000, 2001]);
  });

  it('treats every region as a region when no benchmark is named', () => {
    const summed = computeClusterMetrics(table, definition);
    expect(summed.regions).toEqual(['R1', 'R2', 'N']);
    expect(summed.employmentCagr).toBeUndefined();
  });

  it('fails with clear messages on a year, from year or benchmark not in the data', () => {
    expect(() => computeClusterMetrics(table, definition, { years: [1999] })).toThrow(
      new StatsInputError('year 1999 is not in the data (years 2000-2001)'),
    );
    expect(() => computeClusterMetrics(table, definition, { fromYear: 2005 })).toThrow(
      'from year 2005 is not in the data (years 2000-2001)',
    );
    expect(() => computeClusterMetrics(table, definition, { benchmarkRegion: 'US' })).toThrow(
      'benchmark region "US" is not in the data; its regions are R1, R2, N',
    );
    expect(() => computeClusterMetrics(table, { clusters: [], industries: [] })).toThrow(
      'the cluster definition has no clusters',
    );
  });

  it('warns when the benchmark has no employment in a year, or no code falls in a cluster', () => {
    const gap = statsTableFromRows([...rows, ...jobs('R1', 2002, { '111111': 3 })]);
    expect(computeClusterMetrics(gap, definition, { benchmarkRegion: 'N' }).warnings).toEqual([
      'benchmark region "N" has no employment in 2002: no location quotients that year',
    ]);
    const foreign = statsTableFromRows(jobs('R1', 2000, { '541711': 9 }));
    expect(computeClusterMetrics(foreign, definition).warnings).toEqual([
      'no employment of the data falls in a cluster of the definition (uncovered codes such as 541711)',
    ]);
  });

  it('lists every output region for the related-cluster analysis, with no strong cluster here', () => {
    // Two regions are too few to pass the employment quartile test (see the golden test for more).
    expect(strongClustersByRegion(metrics, 2000)).toEqual(
      new Map([
        ['R1', new Set()],
        ['R2', new Set()],
      ]),
    );
  });
});

describe('clusterMetricRows', () => {
  it('writes snake_case columns in the contract’s order, booleans as booleans and NaN as null', () => {
    const metrics = computeClusterMetrics(table, definition, {
      benchmarkRegion: 'N',
      fromYear: 2000,
    });
    const [first] = clusterMetricRows(metrics);
    expect(Object.keys(first ?? {})).toEqual([
      'region',
      'cluster',
      'year',
      'type',
      'employment',
      'establishments',
      'lq',
      'lq_total',
      'qualifying',
      'significant',
      'strong',
      'strong10',
      'stars_size',
      'stars_specialisation',
      'stars_focus',
      'employment_cagr',
      'cluster_name',
      'payroll',
      'filled_employment',
      'filled_share',
      'employment_rank',
      'employment_percentile',
      'lq_rank',
      'lq_percentile',
      'employment_change',
      'cluster_strength',
    ]);
    expect(first).toMatchObject({
      region: 'R1',
      cluster: 'a',
      year: 2000,
      type: 'traded',
      employment: 110,
      employment_cagr: null,
      payroll: null,
      cluster_name: 'Alpha',
      qualifying: expect.any(Boolean),
    });
  });

  it('leaves growth columns out without a from year and adds subcluster columns at subcluster level', () => {
    const metrics = computeClusterMetrics(table, definition, {
      benchmarkRegion: 'N',
      level: 'subcluster',
    });
    const rows = clusterMetricRows(metrics);
    const keys = Object.keys(rows[0] ?? {});
    expect(keys.slice(0, 4)).toEqual(['region', 'cluster', 'subcluster', 'year']);
    expect(keys).toContain('subcluster_name');
    expect(keys).not.toContain('employment_cagr');
    expect(
      rows
        .filter((row) => row.region === 'R1' && row.year === 2000)
        .map((row) => [row.cluster, row.subcluster, row.employment]),
    ).toEqual([
      ['a', 'x', 100],
      ['a', 'y', 10],
      ['b', null, 50],
      ['l', null, 200],
    ]);
  });
});
