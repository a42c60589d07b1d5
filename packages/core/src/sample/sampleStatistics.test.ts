// The sample statistics: seeded, Turkey's 26 NUTS-2 regions by NACE division over 2019-2023,
// national totals of the right size, and the regional pattern a Turkish analyst would expect.

import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/mulberry32';
import { computeClusterMetrics } from '../stats/clusterMetrics';
import { naceClusterDefinition } from '../stats/nace/naceClusterDefinition';
import { naceRev2Classes } from '../stats/nace/naceRev2Classes';
import {
  SAMPLE_FOCUS_REGION,
  SAMPLE_STATISTICS_YEARS,
  sampleFocusClusters,
  sampleStatistics,
} from './sampleStatistics';

const SEED = 20_261_126;
const sample = sampleStatistics(mulberry32(SEED));
const { table } = sample;
const metrics = computeClusterMetrics(table, naceClusterDefinition('nace-rev2-divisions', 'en'), {
  fromYear: 2019,
});

/** The 2023 metrics row of a region and cluster. */
function cell(region: string, cluster: string) {
  const r = metrics.regions.indexOf(region);
  const u = metrics.units.findIndex((unit) => unit.cluster === cluster);
  for (let i = 0; i < metrics.length; i++)
    if (metrics.region[i] === r && metrics.unit[i] === u && metrics.year[i] === 2023)
      return {
        lq: metrics.lq[i]!,
        strong: metrics.strong[i] === 1,
        cagr: metrics.employmentCagr![i]!,
      };
  throw new Error(`no row for ${region} ${cluster}`);
}

/** Regions by their 2023 LQ in a cluster, highest first. */
function regionsByLq(cluster: string): string[] {
  return metrics.regions
    .map((region) => ({ region, lq: cell(region, cluster).lq }))
    .sort((a, b) => b.lq - a.lq)
    .map((entry) => entry.region);
}

function employmentOf(year: number): number {
  let sum = 0;
  for (let i = 0; i < table.length; i++) if (table.year[i] === year) sum += table.employment[i]!;
  return sum;
}

describe('sampleStatistics', () => {
  it('repeats for the same seed and differs for another', () => {
    const again = sampleStatistics(mulberry32(SEED));
    expect(again.table.employment).toEqual(table.employment);
    expect(again.table.establishments).toEqual(table.establishments);
    const other = sampleStatistics(mulberry32(SEED + 1));
    expect(other.table.employment).not.toEqual(table.employment);
  });

  it('says it is sample data, and names the 26 NUTS-2 regions by their codes in its notes', () => {
    expect(sample.name).toMatch(/^Örnek veri \/ sample data: generated/);
    expect(sample.regions).toHaveLength(26);
    expect(sample.regions[0]).toEqual({ code: 'TR10', name: 'İstanbul' });
    expect(sample.regions.find((r) => r.code === 'TR31')?.name).toBe('İzmir');
    expect(sample.regions.at(-1)?.code).toBe('TRC3');
    for (const region of sample.regions) {
      expect(region.code).toMatch(/^TR[1-9A-C][0-9]$/);
      expect(sample.notes).toContain(`${region.code} ${region.name}`);
    }
  });

  it('covers every region, every NACE division and the years 2019-2023', () => {
    expect([...table.regions]).toEqual(sample.regions.map((r) => r.code));
    const divisions = naceRev2Classes().divisions.map((d) => d.code);
    expect(divisions).toHaveLength(88);
    expect([...table.industries]).toEqual(divisions);
    expect([...new Set(table.year)]).toEqual([...SAMPLE_STATISTICS_YEARS]);
    // Only cells that round to no employees at all (division 98 in small regions) are left out.
    expect(table.length).toBeGreaterThan(26 * 87 * 5);
  });

  it('has about 20 million employees in 2023, growing 2-5 % a year from 2019 with a dip in 2020', () => {
    const [first, dip, last] = [employmentOf(2019), employmentOf(2020), employmentOf(2023)];
    expect(last).toBeGreaterThan(19_500_000);
    expect(last).toBeLessThan(20_500_000);
    const growth = (last / first) ** (1 / 4) - 1;
    expect(growth).toBeGreaterThan(0.02);
    expect(growth).toBeLessThan(0.05);
    expect(dip).toBeLessThan(first);
  });

  it('counts at least one establishment and no more establishments than employees in a cell', () => {
    for (let i = 0; i < table.length; i++) {
      expect(table.employment[i]).toBeGreaterThan(0);
      expect(table.establishments[i]).toBeGreaterThanOrEqual(1);
      expect(table.establishments[i]).toBeLessThanOrEqual(table.employment[i]!);
    }
  });

  it("makes İzmir's metal, machinery and food clusters strong, with growth of 0-10 % a year", () => {
    const focus = sampleFocusClusters();
    expect(focus).toEqual([
      'Upstream Metal Manufacturing',
      'Downstream Metal Products',
      'Production Technology and Heavy Machinery',
    ]);
    for (const cluster of [...focus, 'Food Processing and Manufacturing']) {
      const { lq, strong, cagr } = cell(SAMPLE_FOCUS_REGION, cluster);
      expect(strong, cluster).toBe(true);
      expect(lq, cluster).toBeGreaterThan(1.25);
      expect(cagr, cluster).toBeGreaterThan(0);
      expect(cagr, cluster).toBeLessThan(0.1);
    }
    expect(regionsByLq('Upstream Metal Manufacturing').slice(0, 4)).toContain('TR31');
    expect(cell(SAMPLE_FOCUS_REGION, 'Financial Services').lq).toBeLessThan(1);
  });

  it('puts Bursa and Kocaeli first in automotive, İstanbul in finance, Antalya in tourism', () => {
    expect(regionsByLq('Automotive').slice(0, 2).sort()).toEqual(['TR41', 'TR42']);
    expect(regionsByLq('Financial Services')[0]).toBe('TR10');
    expect(regionsByLq('Business Services')[0]).toBe('TR10');
    expect(regionsByLq('Hospitality and Tourism')[0]).toBe('TR61');
  });
});
