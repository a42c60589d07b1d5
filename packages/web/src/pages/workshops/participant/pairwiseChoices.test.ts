// Pairwise comparison on the phone: the pairs, Saaty's 17 choices and their meaning, the ballot.

import { describe, expect, it } from 'vitest';
import {
  itemPairs,
  judgementsOf,
  pairwiseBallot,
  SAATY_CHOICES,
  saatyKey,
  saatyMeaning,
} from './pairwiseChoices';

describe('itemPairs', () => {
  it('gives every pair once: 10 pairs of 5 items, in round order', () => {
    const pairs = itemPairs(['a', 'b', 'c', 'd', 'e']);
    expect(pairs).toHaveLength(10);
    expect(pairs.slice(0, 5)).toEqual([
      { a: 'a', b: 'b' },
      { a: 'a', b: 'c' },
      { a: 'a', b: 'd' },
      { a: 'a', b: 'e' },
      { a: 'b', b: 'c' },
    ]);
    expect(new Set(pairs.map(({ a, b }) => `${a}${b}`)).size).toBe(10);
  });

  it('gives no pair for fewer than two items', () => {
    expect(itemPairs(['a'])).toEqual([]);
  });
});

describe('the Saaty choices', () => {
  it('run from 9 (A extremely) through 1 to 1/9 (B extremely), 17 in all', () => {
    expect(SAATY_CHOICES.map(saatyKey)).toEqual([
      '9',
      '8',
      '7',
      '6',
      '5',
      '4',
      '3',
      '2',
      '1',
      '1/2',
      '1/3',
      '1/4',
      '1/5',
      '1/6',
      '1/7',
      '1/8',
      '1/9',
    ]);
  });

  it('say which item they favour and how strongly', () => {
    expect(saatyMeaning(9)).toEqual({ side: 'a', strength: 'extreme' });
    expect(saatyMeaning(1)).toEqual({ side: null, strength: 'equal' });
    expect(saatyMeaning(1 / 3)).toEqual({ side: 'b', strength: 'moderate' });
    expect(saatyMeaning(1 / 6)).toEqual({ side: 'b', strength: 'strongToVeryStrong' });
    expect(saatyMeaning(7)).toEqual({ side: 'a', strength: 'veryStrong' });
  });
});

describe('pairwiseBallot', () => {
  const pairs = itemPairs(['a', 'b', 'c']);

  it('is null until every pair is judged', () => {
    expect(pairwiseBallot(pairs, { 0: 3, 1: 5 })).toBeNull();
    expect(pairwiseBallot([], {})).toBeNull();
  });

  it('names each pair with its judgement once all are judged', () => {
    expect(pairwiseBallot(pairs, { 0: 3, 1: 5, 2: 1 / 2 })).toEqual({
      method: 'pairwise',
      judgements: [
        { a: 'a', b: 'b', value: 3 },
        { a: 'a', b: 'c', value: 5 },
        { a: 'b', b: 'c', value: 1 / 2 },
      ],
    });
  });

  it('reads a previous ballot back, a reversed pair as the reciprocal', () => {
    const judgements = judgementsOf(
      {
        method: 'pairwise',
        judgements: [
          { a: 'a', b: 'b', value: 3 },
          { a: 'c', b: 'a', value: 1 / 5 },
        ],
      },
      pairs,
    );
    expect(judgements).toEqual({ 0: 3, 1: 5 });
  });
});
