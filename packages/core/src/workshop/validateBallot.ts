// Whether a ballot fits its round: the method, the votable items and the limits of the voting
// configuration. Returns the first problem with a stable code, or null for a valid ballot.

import type { Ballot } from './ballot';
import { type WorkshopError, workshopError } from './workshopCommand';
import type { VotingConfig } from './workshopModel';
import type { WorkshopItem } from './workshopState';

/** Saaty's 1-9 scale and its reciprocals (1/2 ... 1/9), within 1e-6. */
export function isSaatyValue(value: number): boolean {
  if (!(value > 0) || !Number.isFinite(value)) return false;
  const whole = value >= 1 ? value : 1 / value;
  return Math.abs(whole - Math.round(whole)) < 1e-6 && Math.round(whole) <= 9;
}

function checkCounts(
  counts: Readonly<Record<string, number>>,
  known: ReadonlySet<string>,
): WorkshopError | null {
  for (const [itemId, count] of Object.entries(counts)) {
    if (!known.has(itemId)) return workshopError('unknown_item', `no votable item ${itemId}`);
    if (!Number.isInteger(count) || count < 0) {
      return workshopError('invalid_ballot', `${itemId}: a whole number from 0 is expected`);
    }
  }
  return null;
}

function sum(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}

/**
 * Checks a ballot against the round: dots within dotsPerPerson and maxDotsPerItem (at least one);
 * points whole, non-negative and adding up to the budget exactly; ratings whole numbers on the scale
 * (at least one item rated; items left out are "do not know"); a ranking a permutation of the
 * votable items; pairwise one Saaty judgement for every pair of votable items (at least 2 items).
 */
export function validateBallot(
  ballot: Ballot,
  voting: VotingConfig,
  items: readonly WorkshopItem[],
): WorkshopError | null {
  if (ballot.method !== voting.method) {
    return workshopError('invalid_ballot', `this round votes by ${voting.method}`);
  }
  const known = new Set(items.map((item) => item.id));
  switch (ballot.method) {
    case 'dots': {
      const problem = checkCounts(ballot.dots, known);
      if (problem) return problem;
      const total = sum(ballot.dots);
      if (total > voting.dotsPerPerson) {
        return workshopError('too_many_votes', `at most ${voting.dotsPerPerson} dots in all`);
      }
      if (Object.values(ballot.dots).some((count) => count > voting.maxDotsPerItem)) {
        return workshopError('too_many_votes', `at most ${voting.maxDotsPerItem} dots on one item`);
      }
      return total === 0 ? workshopError('invalid_ballot', 'place at least one dot') : null;
    }
    case 'points': {
      const problem = checkCounts(ballot.points, known);
      if (problem) return problem;
      const total = sum(ballot.points);
      if (total > voting.points) {
        return workshopError(
          'too_many_votes',
          `${total} points given, the budget is ${voting.points}`,
        );
      }
      return total < voting.points
        ? workshopError('invalid_ballot', `${total} points given, the budget is ${voting.points}`)
        : null;
    }
    case 'rating': {
      const entries = Object.entries(ballot.ratings);
      if (entries.length === 0) return workshopError('invalid_ballot', 'rate at least one item');
      for (const [itemId, rating] of entries) {
        if (!known.has(itemId)) return workshopError('unknown_item', `no votable item ${itemId}`);
        if (!Number.isInteger(rating) || rating < voting.scale.min || rating > voting.scale.max) {
          return workshopError(
            'invalid_ballot',
            `${itemId}: a rating from ${voting.scale.min} to ${voting.scale.max} is expected`,
          );
        }
      }
      return null;
    }
    case 'ranking': {
      const unknown = ballot.ranking.find((itemId) => !known.has(itemId));
      if (unknown !== undefined) return workshopError('unknown_item', `no votable item ${unknown}`);
      if (
        new Set(ballot.ranking).size !== ballot.ranking.length ||
        ballot.ranking.length !== known.size
      ) {
        return workshopError('invalid_ballot', 'rank every item exactly once');
      }
      return null;
    }
    case 'pairwise': {
      if (known.size < 2)
        return workshopError('invalid_ballot', 'pairwise needs two items or more');
      const pairs = new Set<string>();
      for (const { a, b, value } of ballot.judgements) {
        const unknown = [a, b].find((itemId) => !known.has(itemId));
        if (unknown !== undefined)
          return workshopError('unknown_item', `no votable item ${unknown}`);
        if (a === b) return workshopError('invalid_ballot', `${a} is compared with itself`);
        if (!isSaatyValue(value)) {
          return workshopError('invalid_ballot', `${a}/${b}: ${value} is not on Saaty's 1-9 scale`);
        }
        const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
        if (pairs.has(pair)) return workshopError('invalid_ballot', `${a}/${b} judged twice`);
        pairs.add(pair);
      }
      const needed = (known.size * (known.size - 1)) / 2;
      return pairs.size === needed
        ? null
        : workshopError('invalid_ballot', `judge all ${needed} pairs (${pairs.size} judged)`);
    }
  }
}
