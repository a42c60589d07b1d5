// A round's results by its voting method: dot and point totals, rating spread with dissent, Borda
// counts for rankings, AHP weights for pairwise comparisons. Counts each participant's latest
// ballot once.

import { type PairwiseResult, pairwiseResult } from './pairwiseResult';
import { type RatingSpread, ratingSpread } from './ratingSpread';
import type { VotingConfig } from './workshopModel';
import {
  type StoredBallot,
  votableItems,
  type WorkshopItem,
  type WorkshopState,
} from './workshopState';

export interface TallyResult {
  method: 'dots' | 'points';
  ballots: number;
  /** Highest total first, ties in item order; voters = participants who gave the item any. */
  items: { itemId: string; text: string; total: number; voters: number }[];
}

export interface RatingResult {
  method: 'rating';
  ballots: number;
  scale: { min: number; max: number };
  /** In item order. */
  items: ({ itemId: string; text: string } & RatingSpread)[];
}

export interface RankingResult {
  method: 'ranking';
  ballots: number;
  /**
   * Borda count: with n items, n - 1 points for a first place down to 0 for the last, summed over
   * ballots. Highest first, ties in item order.
   */
  items: { itemId: string; text: string; score: number }[];
}

export type VotingResult = TallyResult | RatingResult | RankingResult | PairwiseResult;

function byScore<T extends { itemId: string }>(
  rows: T[],
  score: (row: T) => number,
  items: readonly WorkshopItem[],
): T[] {
  const order = new Map(items.map((item, position) => [item.id, position]));
  return [...rows].sort(
    (a, b) => score(b) - score(a) || (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0),
  );
}

/** The result of ballots over the votable items, by the round's voting method. */
export function tallyBallots(
  voting: VotingConfig,
  ballots: readonly StoredBallot[],
  items: readonly WorkshopItem[],
): VotingResult {
  switch (voting.method) {
    case 'dots':
    case 'points': {
      const rows = items.map((item) => ({ itemId: item.id, text: item.text, total: 0, voters: 0 }));
      const byId = new Map(rows.map((row) => [row.itemId, row]));
      for (const { ballot } of ballots) {
        const counts =
          ballot.method === 'dots' ? ballot.dots : ballot.method === 'points' ? ballot.points : {};
        for (const [itemId, count] of Object.entries(counts)) {
          const row = byId.get(itemId);
          if (!row || count <= 0) continue;
          row.total += count;
          row.voters += 1;
        }
      }
      return {
        method: voting.method,
        ballots: ballots.length,
        items: byScore(rows, (row) => row.total, items),
      };
    }
    case 'rating':
      return {
        method: 'rating',
        ballots: ballots.length,
        scale: voting.scale,
        items: items.map((item) => {
          const ratings = ballots.flatMap(({ ballot }) => {
            const rating = ballot.method === 'rating' ? ballot.ratings[item.id] : undefined;
            return rating === undefined ? [] : [rating];
          });
          return { itemId: item.id, text: item.text, ...ratingSpread(ratings, voting.scale) };
        }),
      };
    case 'ranking': {
      const rows = items.map((item) => ({ itemId: item.id, text: item.text, score: 0 }));
      const byId = new Map(rows.map((row) => [row.itemId, row]));
      for (const { ballot } of ballots) {
        if (ballot.method !== 'ranking') continue;
        ballot.ranking.forEach((itemId, place) => {
          const row = byId.get(itemId);
          if (row) row.score += ballot.ranking.length - 1 - place;
        });
      }
      return {
        method: 'ranking',
        ballots: ballots.length,
        items: byScore(rows, (row) => row.score, items),
      };
    }
    case 'pairwise':
      return pairwiseResult(ballots, items);
  }
}

/** The results of a round of the workshop; undefined for an unknown round or one without voting. */
export function votingResults(state: WorkshopState, roundId: string): VotingResult | undefined {
  const voting = state.definition.rounds.find((round) => round.id === roundId)?.voting;
  const round = state.rounds[roundId];
  if (!voting || !round) return undefined;
  return tallyBallots(voting, Object.values(round.ballots), votableItems(round));
}
