// Network change between two field studies, computed by hand on four organisations.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NetworkInputError } from '../network/networkInputError';
import { compareNetworks, type NetworkRelation } from './compareNetworks';

const r = (source: string, target: string): NetworkRelation => ({
  sourceOrganisationId: source,
  targetOrganisationId: target,
});
const before = [r('A', 'B'), r('B', 'A'), r('A', 'C')];
const after = [r('A', 'B'), r('C', 'D'), r('D', 'B'), r('B', 'C'), r('A', 'A')];

describe('compareNetworks', () => {
  const change = compareNetworks(before, after);

  it('measures both densities over the organisations either side names, as the map does (directed)', () => {
    expect(change.before).toEqual({ organisations: 4, ties: 2, density: 3 / 12 });
    expect(change.after).toEqual({ organisations: 4, ties: 4, density: 4 / 12 });
    expect(change.densityChange).toBeCloseTo(1 / 12, 12);
  });

  it('lists new and lost ties as sorted pairs, either direction counting once, self-relations never', () => {
    expect(change.newTies).toEqual([
      ['B', 'C'],
      ['B', 'D'],
      ['C', 'D'],
    ]);
    expect(change.lostTies).toEqual([['A', 'C']]);
    expect(change.keptTies).toBe(1);
  });

  it('lists the organisations that gained ties, most new ties first, then net gain, then id', () => {
    expect(change.gainers).toEqual([
      { organisationId: 'B', tiesBefore: 1, tiesAfter: 3, newTies: 2, lostTies: 0 },
      { organisationId: 'D', tiesBefore: 0, tiesAfter: 2, newTies: 2, lostTies: 0 },
      { organisationId: 'C', tiesBefore: 1, tiesAfter: 2, newTies: 2, lostTies: 1 },
    ]);
  });

  it('measures over the registry when given, and undirected on request', () => {
    const registry = compareNetworks(before, after, { organisationIds: ['A', 'B', 'C', 'D', 'E'] });
    expect([registry.before.density, registry.after.density]).toEqual([3 / 20, 4 / 20]);
    const undirected = compareNetworks(before, after, { directed: false });
    expect([undirected.before.density, undirected.after.density]).toEqual([2 / 6, 4 / 6]);
  });

  it('refuses a relation naming an organisation outside the given registry', () => {
    expect(() =>
      compareNetworks(before, [r('A', 'Z')], { organisationIds: ['A', 'B', 'C'] }),
    ).toThrow(NetworkInputError);
  });

  it('reports nothing new or lost between a network and itself, and nothing at all for none', () => {
    const same = compareNetworks(after, [...after].reverse());
    expect([same.newTies, same.lostTies, same.gainers, same.densityChange]).toEqual([
      [],
      [],
      [],
      0,
    ]);
    expect(compareNetworks([], [])).toMatchObject({
      before: { organisations: 0, ties: 0, density: 0 },
      newTies: [],
    });
  });

  it('keeps the tie counts consistent: after = before + new - lost', () => {
    const relations = fc.array(
      fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.constantFrom('a', 'b', 'c', 'd', 'e')),
      { maxLength: 15 },
    );
    fc.assert(
      fc.property(relations, relations, (x, y) => {
        const result = compareNetworks(
          x.map(([s, t]) => r(s, t)),
          y.map(([s, t]) => r(s, t)),
        );
        expect(result.after.ties).toBe(
          result.before.ties + result.newTies.length - result.lostTies.length,
        );
        expect(result.keptTies + result.lostTies.length).toBe(result.before.ties);
        for (const g of result.gainers)
          expect(g.tiesAfter).toBe(g.tiesBefore + g.newTies - g.lostTies);
      }),
    );
  });
});
