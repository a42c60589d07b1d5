// A participant's ballot while it is being filled in on the phone, per voting method, and the
// ballot it becomes. Pure, so the limits (dots left, points left, the ranking's order) are tested.

import type { Ballot, VotingConfig } from '@kume/core';

/** Counts per item id (dots, points or ratings); items not named have none. */
export type Counts = Readonly<Record<string, number>>;

export function countsTotal(counts: Counts): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}

function withCount(counts: Counts, itemId: string, count: number): Counts {
  const next: Record<string, number> = { ...counts };
  if (count <= 0) delete next[itemId];
  else next[itemId] = count;
  return next;
}

/** Dots the participant may still place. */
export function dotsRemaining(dots: Counts, voting: Pick<VotingConfig, 'dotsPerPerson'>): number {
  return Math.max(0, voting.dotsPerPerson - countsTotal(dots));
}

/** One more dot on the item; unchanged when none are left or the item has its maximum. */
export function addDot(
  dots: Counts,
  itemId: string,
  voting: Pick<VotingConfig, 'dotsPerPerson' | 'maxDotsPerItem'>,
): Counts {
  const current = dots[itemId] ?? 0;
  if (dotsRemaining(dots, voting) === 0 || current >= voting.maxDotsPerItem) return dots;
  return withCount(dots, itemId, current + 1);
}

/** One dot fewer on the item; unchanged when it has none. */
export function removeDot(dots: Counts, itemId: string): Counts {
  const current = dots[itemId] ?? 0;
  return current === 0 ? dots : withCount(dots, itemId, current - 1);
}

/** Points still to allocate: negative when over the budget. */
export function pointsRemaining(points: Counts, voting: Pick<VotingConfig, 'points'>): number {
  return voting.points - countsTotal(points);
}

/** The item's points set to a whole number from 0 up to the budget. */
export function setPoints(
  points: Counts,
  itemId: string,
  value: number,
  voting: Pick<VotingConfig, 'points'>,
): Counts {
  const whole = Number.isFinite(value) ? Math.round(value) : 0;
  return withCount(points, itemId, Math.min(Math.max(whole, 0), voting.points));
}

/** The item's rating; choosing the rating it already has clears it ("do not know"). */
export function toggleRating(ratings: Counts, itemId: string, value: number): Counts {
  const next: Record<string, number> = { ...ratings };
  // Scales may include 0 and negatives: a rating is cleared by choosing it again, never by value.
  if (ratings[itemId] === value) delete next[itemId];
  else next[itemId] = value;
  return next;
}

/**
 * The order to start ranking from: a previous ranking's order where it still names the items,
 * then any items it lacks in their round order.
 */
export function initialRanking(itemIds: readonly string[], previous: readonly string[] | null) {
  const known = new Set(itemIds);
  const kept = (previous ?? []).filter((id) => known.has(id));
  const keptSet = new Set(kept);
  return [...kept, ...itemIds.filter((id) => !keptSet.has(id))];
}

/** The ranking with the item at `index` moved by `delta` places; unchanged at either end. */
export function moveInRanking(ranking: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= ranking.length || target < 0 || target >= ranking.length)
    return [...ranking];
  const next = [...ranking];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

/** Whether the counts make a ballot the server accepts (dots: at least one; points: exact sum). */
export function countsReady(
  method: 'dots' | 'points' | 'rating',
  counts: Counts,
  voting: VotingConfig,
) {
  if (method === 'points') return pointsRemaining(counts, voting) === 0;
  if (method === 'rating') return Object.keys(counts).length > 0;
  return countsTotal(counts) > 0;
}

/** The ballot of a dots, points or rating draft. */
export function countsBallot(method: 'dots' | 'points' | 'rating', counts: Counts): Ballot {
  if (method === 'rating') return { method, ratings: { ...counts } };
  const clean = Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
  if (method === 'dots') return { method, dots: clean };
  if (method === 'points') return { method, points: clean };
  return { method, ratings: clean };
}

/** The counts a previous ballot of this method had, to change a vote; empty otherwise. */
export function countsOf(ballot: Ballot | null, method: 'dots' | 'points' | 'rating'): Counts {
  if (!ballot || ballot.method !== method) return {};
  if (ballot.method === 'dots') return ballot.dots;
  if (ballot.method === 'points') return ballot.points;
  if (ballot.method === 'rating') return ballot.ratings;
  return {};
}
