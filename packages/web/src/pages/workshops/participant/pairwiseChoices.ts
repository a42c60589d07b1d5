// Pairwise comparison on a phone: the pairs of items to judge, Saaty's 17 choices from "A extremely
// more important" to "B extremely more important", and the ballot the judgements make.

import type { Ballot } from '@kume/core';

export interface ItemPair {
  a: string;
  b: string;
}

/** Every unordered pair of items once, in round order: (1,2), (1,3), ..., (n-1,n): n(n-1)/2 pairs. */
export function itemPairs(itemIds: readonly string[]): ItemPair[] {
  const pairs: ItemPair[] = [];
  itemIds.forEach((a, i) => itemIds.slice(i + 1).forEach((b) => pairs.push({ a, b })));
  return pairs;
}

/** The 17 choices, A's side first: 9, 8, ..., 2, 1, 1/2, ..., 1/9 (how much more A matters than B). */
export const SAATY_CHOICES: readonly number[] = [
  9,
  8,
  7,
  6,
  5,
  4,
  3,
  2,
  1,
  1 / 2,
  1 / 3,
  1 / 4,
  1 / 5,
  1 / 6,
  1 / 7,
  1 / 8,
  1 / 9,
];

/** A Saaty value as written on the scale and in test ids: `3`, `1`, `1/3`. */
export function saatyKey(value: number): string {
  return value >= 1 ? String(Math.round(value)) : `1/${Math.round(1 / value)}`;
}

/** Saaty's verbal scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme, even between. */
export type SaatyStrength =
  | 'equal'
  | 'equalToModerate'
  | 'moderate'
  | 'moderateToStrong'
  | 'strong'
  | 'strongToVeryStrong'
  | 'veryStrong'
  | 'veryStrongToExtreme'
  | 'extreme';

const STRENGTHS: readonly SaatyStrength[] = [
  'equal',
  'equalToModerate',
  'moderate',
  'moderateToStrong',
  'strong',
  'strongToVeryStrong',
  'veryStrong',
  'veryStrongToExtreme',
  'extreme',
];

/** Which item a choice favours and how strongly; `side` is null for "equally important". */
export function saatyMeaning(value: number): { side: 'a' | 'b' | null; strength: SaatyStrength } {
  const whole = Math.round(value >= 1 ? value : 1 / value);
  const strength = STRENGTHS[Math.min(Math.max(whole, 1), 9) - 1] as SaatyStrength;
  return { side: whole === 1 ? null : value > 1 ? 'a' : 'b', strength };
}

/** Judgements per pair index; a pair without one is not yet judged. */
export type Judgements = Readonly<Record<number, number>>;

/** The judgements of a previous ballot on these pairs (either orientation), by pair index. */
export function judgementsOf(ballot: Ballot | null, pairs: readonly ItemPair[]): Judgements {
  if (!ballot || ballot.method !== 'pairwise') return {};
  const result: Record<number, number> = {};
  pairs.forEach(({ a, b }, index) => {
    const same = ballot.judgements.find((j) => j.a === a && j.b === b);
    const flipped = ballot.judgements.find((j) => j.a === b && j.b === a);
    if (same) result[index] = same.value;
    else if (flipped) result[index] = 1 / flipped.value;
  });
  return result;
}

/** The ballot once every pair is judged; null while some pair is not. */
export function pairwiseBallot(pairs: readonly ItemPair[], judgements: Judgements): Ballot | null {
  const complete = pairs.every((_, index) => judgements[index] !== undefined);
  if (!complete || pairs.length === 0) return null;
  return {
    method: 'pairwise',
    judgements: pairs.map(({ a, b }, index) => ({ a, b, value: judgements[index] as number })),
  };
}
