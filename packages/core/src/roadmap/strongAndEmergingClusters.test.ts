// Which clusters the roadmap names: strong, emerging, then focus.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClusterEvidence, strongAndEmergingClusters } from './strongAndEmergingClusters';

const cluster = (code: string, extra: Partial<ClusterEvidence>): ClusterEvidence => ({
  code,
  name: code,
  lq: 1,
  employment: 100,
  growthPercent: 0,
  strong: false,
  ...extra,
});

const standings = (list: ClusterEvidence[], minEmergingLq?: number) =>
  strongAndEmergingClusters(list, { minEmergingLq }).map(
    ({ cluster, standing }) => `${cluster.code}:${standing}`,
  );

describe('strongAndEmergingClusters', () => {
  it('lists strong clusters by LQ, then emerging ones by growth above the benchmark', () => {
    const list = [
      cluster('a', { lq: 1.2, strong: true }),
      cluster('b', { lq: 0.7, growthPercent: 2, benchmarkGrowthPercent: 1 }),
      cluster('c', { lq: 2.5, strong: true }),
      cluster('d', { lq: 0.9, growthPercent: 6, benchmarkGrowthPercent: 1 }),
    ];
    expect(standings(list)).toEqual(['c:strong', 'a:strong', 'd:emerging', 'b:emerging']);
  });

  it('calls a cluster emerging only below LQ 1, at or above the floor, and growing faster than the benchmark', () => {
    const list = [
      cluster('at_one', { lq: 1, growthPercent: 5 }),
      cluster('floor', { lq: 0.5, growthPercent: 5 }),
      cluster('under', { lq: 0.49, growthPercent: 5 }),
      cluster('slow', { lq: 0.8, growthPercent: 2, benchmarkGrowthPercent: 2 }),
      cluster('unknown', { lq: 0.8, growthPercent: null }),
      cluster('no_lq', { lq: null, growthPercent: 5 }),
      cluster('local', { lq: 0.8, growthPercent: 5, type: 'local' }),
    ];
    expect(standings(list)).toEqual(['floor:emerging']);
    expect(standings(list, 0.4)).toEqual(['floor:emerging', 'under:emerging']);
  });

  it('adds focus clusters that are neither, and never lists a cluster twice', () => {
    const list = [
      cluster('strong_focus', { lq: 1.5, strong: true, focus: true }),
      cluster('plain_focus', { lq: 0.2, focus: true }),
      cluster('other', { lq: 0.2 }),
    ];
    expect(standings(list)).toEqual(['strong_focus:strong', 'plain_focus:focus']);
  });

  it('never names a local cluster strong', () => {
    expect(standings([cluster('l', { type: 'local', strong: true, lq: 3 })])).toEqual([]);
  });

  it('names each cluster at most once, and every strong traded cluster', () => {
    const arbitrary = fc.array(
      fc.record({
        lq: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: null }),
        growthPercent: fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { nil: null }),
        strong: fc.boolean(),
        focus: fc.boolean(),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arbitrary, (rows) => {
        const list = rows.map((row, i) => cluster(`c${i}`, row));
        const named = strongAndEmergingClusters(list).map(({ cluster }) => cluster.code);
        expect(new Set(named).size).toBe(named.length);
        for (const c of list) if (c.strong || c.focus) expect(named).toContain(c.code);
      }),
    );
  });
});
