// Network change from one relation list by the day each relation was recorded.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import {
  compareNetworksByDate,
  type DatedRelation,
  networkDensityByDate,
} from './networkChangeByDate';

const r = (source: string, target: string, recordedOn: string): DatedRelation => ({
  sourceOrganisationId: source,
  targetOrganisationId: target,
  recordedOn: recordedOn as IsoDate,
});
const day = (text: string) => text as IsoDate;
// First field study in 2025, second in 2027; A-B reported both times, A-C only in 2025.
const relations = [
  r('A', 'B', '2025-03-01'),
  r('A', 'C', '2025-04-15'),
  r('A', 'B', '2027-03-10'),
  r('C', 'D', '2027-05-01'),
];

describe('compareNetworksByDate', () => {
  it('compares two field studies by their dates: a tie not reported again is lost', () => {
    const change = compareNetworksByDate(
      relations,
      { from: day('2025-01-01'), to: day('2025-12-31') },
      { from: day('2027-01-01'), to: day('2027-12-31') },
    );
    expect(change.newTies).toEqual([['C', 'D']]);
    expect(change.lostTies).toEqual([['A', 'C']]);
    expect(change.keptTies).toBe(1);
  });

  it('compares the list as it stood on two days: ties only grow, both ends of a period inclusive', () => {
    const change = compareNetworksByDate(
      relations,
      { to: day('2025-04-15') },
      { to: day('2027-05-01') },
    );
    expect(change.newTies).toEqual([['C', 'D']]);
    expect(change.lostTies).toEqual([]);
    expect(change.before.ties).toBe(2);
  });
});

describe('networkDensityByDate', () => {
  it('gives the density on each day over the organisations known by the latest day', () => {
    const series = networkDensityByDate(relations, [
      day('2024-12-31'),
      day('2025-03-01'),
      day('2025-12-31'),
      day('2027-12-31'),
    ]);
    expect(series.map((s) => [s.on, s.organisations, s.ties, s.density])).toEqual([
      ['2024-12-31', 4, 0, 0],
      ['2025-03-01', 4, 1, 1 / 12],
      ['2025-12-31', 4, 2, 2 / 12],
      // A-B reported twice is one relation of the graph.
      ['2027-12-31', 4, 3, 3 / 12],
    ]);
  });

  it('gives nothing for no days', () => {
    expect(networkDensityByDate(relations, [])).toEqual([]);
  });
});
