// Ballot drafts on the phone: dot and point limits, ratings, ranking moves, and the ballots they make.

import { describe, expect, it } from 'vitest';
import {
  addDot,
  countsBallot,
  countsOf,
  countsReady,
  dotsRemaining,
  initialRanking,
  moveInRanking,
  pointsRemaining,
  removeDot,
  setPoints,
  toggleRating,
} from './ballotDraft';
import type { VotingConfig } from '@kume/core';

const voting: VotingConfig = {
  method: 'dots',
  dotsPerPerson: 3,
  maxDotsPerItem: 2,
  points: 100,
  scale: { min: 1, max: 5 },
  anonymous: false,
  totalsHidden: true,
  facilitatorVotes: false,
};

describe('dots', () => {
  it('adds dots up to the maximum per item and the number per person', () => {
    let dots = addDot({}, 'a', voting);
    dots = addDot(dots, 'a', voting);
    expect(addDot(dots, 'a', voting)).toBe(dots); // third on one item: over maxDotsPerItem
    dots = addDot(dots, 'b', voting);
    expect(dotsRemaining(dots, voting)).toBe(0);
    expect(addDot(dots, 'c', voting)).toBe(dots);
    expect(dots).toEqual({ a: 2, b: 1 });
  });

  it('removes a dot and forgets an item left with none', () => {
    expect(removeDot({ a: 1, b: 2 }, 'a')).toEqual({ b: 2 });
    const none = { b: 1 };
    expect(removeDot(none, 'a')).toBe(none);
  });

  it('needs at least one dot for a ballot', () => {
    expect(countsReady('dots', {}, voting)).toBe(false);
    expect(countsBallot('dots', { a: 2 })).toEqual({ method: 'dots', dots: { a: 2 } });
  });
});

describe('points', () => {
  it('keeps points whole within the budget and shows what is left, negative when over', () => {
    let points = setPoints({}, 'a', 60.4, voting);
    points = setPoints(points, 'b', 250, voting);
    expect(points).toEqual({ a: 60, b: 100 });
    expect(pointsRemaining(points, voting)).toBe(-60);
    points = setPoints(points, 'b', 40, voting);
    expect(pointsRemaining(points, voting)).toBe(0);
    expect(countsReady('points', points, voting)).toBe(true);
    expect(countsReady('points', { a: 99 }, voting)).toBe(false);
  });

  it('drops items set to zero from the ballot', () => {
    expect(countsBallot('points', { a: 100, b: 0 })).toEqual({
      method: 'points',
      points: { a: 100 },
    });
  });
});

describe('ratings', () => {
  it('sets a rating and clears it when the same one is chosen again', () => {
    const rated = toggleRating({}, 'a', 4);
    expect(rated).toEqual({ a: 4 });
    expect(toggleRating(rated, 'a', 4)).toEqual({});
    expect(countsBallot('rating', toggleRating(rated, 'a', 2))).toEqual({
      method: 'rating',
      ratings: { a: 2 },
    });
  });

  it('keeps a rating of zero or below on scales that have them', () => {
    const rated = toggleRating(toggleRating({}, 'a', 0), 'b', -2);
    expect(rated).toEqual({ a: 0, b: -2 });
    expect(countsReady('rating', rated, voting)).toBe(true);
    expect(countsReady('rating', {}, voting)).toBe(false);
    expect(countsBallot('rating', rated)).toEqual({ method: 'rating', ratings: { a: 0, b: -2 } });
  });

  it('starts a changed vote from the previous ballot of the same method only', () => {
    expect(countsOf({ method: 'rating', ratings: { a: 3 } }, 'rating')).toEqual({ a: 3 });
    expect(countsOf({ method: 'dots', dots: { a: 3 } }, 'rating')).toEqual({});
    expect(countsOf(null, 'points')).toEqual({});
  });
});

describe('ranking', () => {
  it('starts from the previous ranking, dropping gone items and appending new ones', () => {
    expect(initialRanking(['a', 'b', 'c', 'd'], ['c', 'x', 'a'])).toEqual(['c', 'a', 'b', 'd']);
    expect(initialRanking(['a', 'b'], null)).toEqual(['a', 'b']);
  });

  it('moves an item up or down one place and not past either end', () => {
    expect(moveInRanking(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveInRanking(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveInRanking(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveInRanking(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
