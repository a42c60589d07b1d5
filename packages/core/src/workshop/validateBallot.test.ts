// Ballot checks per voting method: limits, budgets, scales, permutations and Saaty's scale.

import { describe, expect, it } from 'vitest';
import type { Ballot } from './ballot';
import { isSaatyValue, validateBallot } from './validateBallot';
import { votingConfigSchema } from './workshopModel';
import type { WorkshopItem } from './workshopState';

const items: WorkshopItem[] = ['a', 'b', 'c'].map((id) => ({
  id,
  text: id.toUpperCase(),
  authorId: null,
  categoryId: null,
  groupId: null,
  sourceItemId: null,
  createdAt: 0,
}));

function codeOf(ballot: Ballot, config: Record<string, unknown> = {}): string | null {
  const voting = votingConfigSchema.parse({ method: ballot.method, ...config });
  return validateBallot(ballot, voting, items)?.code ?? null;
}

describe('validateBallot', () => {
  it('keeps dots within the per-person and per-item limits and wants at least one', () => {
    const limits = { dotsPerPerson: 4, maxDotsPerItem: 2 };
    expect(codeOf({ method: 'dots', dots: { a: 2, b: 2 } }, limits)).toBeNull();
    expect(codeOf({ method: 'dots', dots: { a: 2, b: 2, c: 1 } }, limits)).toBe('too_many_votes');
    expect(codeOf({ method: 'dots', dots: { a: 3 } }, limits)).toBe('too_many_votes');
    expect(codeOf({ method: 'dots', dots: { a: 0 } }, limits)).toBe('invalid_ballot');
    expect(codeOf({ method: 'dots', dots: { a: -1, b: 2 } }, limits)).toBe('invalid_ballot');
    expect(codeOf({ method: 'dots', dots: { a: 1.5 } }, limits)).toBe('invalid_ballot');
    expect(codeOf({ method: 'dots', dots: { z: 1 } }, limits)).toBe('unknown_item');
  });

  it('wants points that add up to the budget exactly', () => {
    expect(codeOf({ method: 'points', points: { a: 50, b: 30, c: 20 } })).toBeNull();
    expect(codeOf({ method: 'points', points: { a: 50, b: 30 } })).toBe('invalid_ballot');
    expect(codeOf({ method: 'points', points: { a: 80, b: 30 } })).toBe('too_many_votes');
    expect(codeOf({ method: 'points', points: { a: 10 } }, { points: 10 })).toBeNull();
  });

  it('wants whole ratings on the scale, allowing items left unrated but not an empty ballot', () => {
    expect(codeOf({ method: 'rating', ratings: { a: 1, c: 5 } })).toBeNull();
    expect(codeOf({ method: 'rating', ratings: { a: 6 } })).toBe('invalid_ballot');
    expect(codeOf({ method: 'rating', ratings: { a: 0 } })).toBe('invalid_ballot');
    expect(codeOf({ method: 'rating', ratings: { a: 2.5 } })).toBe('invalid_ballot');
    expect(codeOf({ method: 'rating', ratings: {} })).toBe('invalid_ballot');
    expect(
      codeOf({ method: 'rating', ratings: { a: -3 } }, { scale: { min: -3, max: 3 } }),
    ).toBeNull();
  });

  it('wants a ranking that is a permutation of the votable items', () => {
    expect(codeOf({ method: 'ranking', ranking: ['c', 'a', 'b'] })).toBeNull();
    expect(codeOf({ method: 'ranking', ranking: ['c', 'a'] })).toBe('invalid_ballot');
    expect(codeOf({ method: 'ranking', ranking: ['c', 'a', 'a'] })).toBe('invalid_ballot');
    expect(codeOf({ method: 'ranking', ranking: ['c', 'a', 'b', 'b'] })).toBe('invalid_ballot');
    expect(codeOf({ method: 'ranking', ranking: ['c', 'a', 'x'] })).toBe('unknown_item');
  });

  it('wants one Saaty judgement for every pair, in either direction', () => {
    const judgements = [
      { a: 'a', b: 'b', value: 3 },
      { a: 'c', b: 'a', value: 1 / 5 },
      { a: 'b', b: 'c', value: 1 },
    ];
    expect(codeOf({ method: 'pairwise', judgements })).toBeNull();
    expect(codeOf({ method: 'pairwise', judgements: judgements.slice(0, 2) })).toBe(
      'invalid_ballot',
    );
    expect(
      codeOf({ method: 'pairwise', judgements: [...judgements, { a: 'b', b: 'a', value: 2 }] }),
    ).toBe('invalid_ballot');
    expect(
      codeOf({
        method: 'pairwise',
        judgements: [{ a: 'a', b: 'b', value: 10 }, ...judgements.slice(1)],
      }),
    ).toBe('invalid_ballot');
    expect(
      codeOf({
        method: 'pairwise',
        judgements: [{ a: 'a', b: 'a', value: 1 }, ...judgements.slice(1)],
      }),
    ).toBe('invalid_ballot');
    expect(codeOf({ method: 'pairwise', judgements: [{ a: 'a', b: 'q', value: 1 }] })).toBe(
      'unknown_item',
    );
  });

  it('refuses a ballot of another method than the round', () => {
    const voting = votingConfigSchema.parse({ method: 'dots' });
    expect(validateBallot({ method: 'points', points: { a: 100 } }, voting, items)?.code).toBe(
      'invalid_ballot',
    );
  });
});

describe('isSaatyValue', () => {
  it('accepts 1 to 9 and their reciprocals only', () => {
    expect([1, 2, 9, 1 / 3, 1 / 9, 0.2].every(isSaatyValue)).toBe(true);
    expect([0, -3, 10, 1 / 10, 2.5, 0.3, Number.NaN, Infinity].some(isSaatyValue)).toBe(false);
  });
});
