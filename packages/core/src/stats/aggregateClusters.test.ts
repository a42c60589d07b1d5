import { describe, expect, it } from 'vitest';
import { aggregateClusters, type ClusterAggregate } from './aggregateClusters';
import { buildClusterDefinition } from './clusterDefinition';
import { statsTableFromRows } from './statsTableFromRows';

const { definition } = buildClusterDefinition([
  { industry: '111111', cluster: 'a', type: 'traded', subcluster: 'x', clusterName: 'Alpha' },
  { industry: '111112', cluster: 'a', type: 'traded', subcluster: 'y' },
  { industry: '111113', cluster: 'a', type: 'traded' },
  { industry: '222222', cluster: 'b', type: 'local' },
]);

const table = statsTableFromRows([
  {
    region: 'R1',
    industry: '111111',
    year: 2000,
    employment: 100,
    establishments: 5,
    payroll: 1000,
  },
  { region: 'R1', industry: '111112', year: 2000, employment: 0, establishments: 2, flag: 'B' },
  { region: 'R1', industry: '111113', year: 2000, employment: 40 },
  { region: 'R1', industry: '222222', year: 2000, employment: 200, establishments: 10 },
  { region: 'R1', industry: '999999', year: 2000, employment: 30 },
  { region: 'R1', industry: '11----', year: 2000, employment: 999 },
  { region: 'R1', industry: '------', year: 2000, employment: 9999 },
  { region: 'R2', industry: '111111', year: 2000, employment: 50, establishments: 3 },
  { region: 'R2', industry: '222222', year: 2000, establishments: 4 },
  { region: 'R1', industry: '111111', year: 2001, employment: 110 },
]);

/** The value of a per-cell array for a year, region and unit, by code. */
function cell(
  aggregate: ClusterAggregate,
  array: Float64Array,
  year: number,
  region: string,
  unit: number,
) {
  const y = aggregate.years.indexOf(year);
  const r = aggregate.regions.indexOf(region);
  return array[(y * aggregate.regions.length + r) * aggregate.units.length + unit];
}

function total(aggregate: ClusterAggregate, array: Float64Array, year: number, region: string) {
  return array[
    aggregate.years.indexOf(year) * aggregate.regions.length + aggregate.regions.indexOf(region)
  ];
}

describe('aggregateClusters', () => {
  const aggregate = aggregateClusters(table, definition);

  it('sums the industries of each cluster by region and year, filling suppressed cells', () => {
    expect(aggregate.years).toEqual([2000, 2001]);
    expect(aggregate.units.map((u) => [u.cluster, u.clusterName, u.type])).toEqual([
      ['a', 'Alpha', 'traded'],
      ['b', 'b', 'local'],
    ]);
    expect(cell(aggregate, aggregate.employment, 2000, 'R1', 0)).toBe(200);
    expect(cell(aggregate, aggregate.filledEmployment, 2000, 'R1', 0)).toBe(60);
    expect(cell(aggregate, aggregate.employment, 2000, 'R1', 1)).toBe(200);
    expect(cell(aggregate, aggregate.employment, 2000, 'R2', 0)).toBe(50);
    expect(cell(aggregate, aggregate.employment, 2000, 'R2', 1)).toBe(0);
    expect(cell(aggregate, aggregate.employment, 2001, 'R1', 0)).toBe(110);
    expect(cell(aggregate, aggregate.employment, 2001, 'R2', 0)).toBe(0);
  });

  it('sums establishments and payroll over the rows that have them, NaN where none has', () => {
    expect(cell(aggregate, aggregate.establishments, 2000, 'R1', 0)).toBe(7);
    expect(cell(aggregate, aggregate.payroll, 2000, 'R1', 0)).toBe(1000);
    expect(cell(aggregate, aggregate.establishments, 2000, 'R2', 1)).toBe(4);
    expect(cell(aggregate, aggregate.payroll, 2000, 'R2', 0)).toBeNaN();
    expect(cell(aggregate, aggregate.establishments, 2001, 'R2', 0)).toBeNaN();
  });

  it('totals traded, local and uncovered employment per region and year, parents and totals left out', () => {
    expect(total(aggregate, aggregate.traded, 2000, 'R1')).toBe(200);
    expect(total(aggregate, aggregate.local, 2000, 'R1')).toBe(200);
    expect(total(aggregate, aggregate.uncovered, 2000, 'R1')).toBe(30);
    expect(total(aggregate, aggregate.all, 2000, 'R1')).toBe(430);
    expect(total(aggregate, aggregate.all, 2000, 'R2')).toBe(50);
  });

  it('reports uncovered codes with their employment per year', () => {
    expect(aggregate.uncoveredIndustries).toEqual([
      { code: '999999', employment: new Float64Array([30, 0]), total: 30 },
    ]);
  });

  it('leaves the excluded region out of the uncovered report but not out of its totals', () => {
    const withBenchmark = aggregateClusters(table, definition, { reportExcludesRegion: 'R1' });
    expect(withBenchmark.uncoveredIndustries[0]?.total).toBe(0);
    expect(total(withBenchmark, withBenchmark.uncovered, 2000, 'R1')).toBe(30);
  });

  it('aggregates to subclusters, with a unit for a cluster’s industries without subcluster', () => {
    const sub = aggregateClusters(table, definition, { level: 'subcluster' });
    expect(sub.units.map((u) => [u.cluster, u.subcluster ?? ''])).toEqual([
      ['a', 'x'],
      ['a', 'y'],
      ['a', ''],
      ['b', ''],
    ]);
    expect([0, 1, 2, 3].map((u) => cell(sub, sub.employment, 2000, 'R1', u))).toEqual([
      100, 60, 40, 200,
    ]);
    expect(cell(sub, sub.filledEmployment, 2000, 'R1', 1)).toBe(60);
    expect(total(sub, sub.all, 2000, 'R1')).toBe(430);
  });

  it('aggregates only the years asked for', () => {
    const later = aggregateClusters(table, definition, { years: [2001] });
    expect(later.years).toEqual([2001]);
    expect(cell(later, later.employment, 2001, 'R1', 0)).toBe(110);
    expect(later.employment).toHaveLength(2 * 2);
  });

  it('fills with a configured table', () => {
    const custom = aggregateClusters(table, definition, { fill: { B: 1 } });
    expect(cell(custom, custom.employment, 2000, 'R1', 0)).toBe(141);
  });
});
