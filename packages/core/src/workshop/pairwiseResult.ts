// The group's weights from pairwise comparison ballots: each participant's judgements as a matrix,
// combined by geometric mean, weighted by AHP, with the consistency warning naming the judgement.

import { ahpWeights, combineJudgements, isInconsistent } from './ahp';
import type { Ballot } from './ballot';
import type { StoredBallot, WorkshopItem } from './workshopState';

export interface PairwiseResult {
  method: 'pairwise';
  ballots: number;
  /** Weights sum to 1, highest first (ties in item order); null before any ballot. */
  items: { itemId: string; text: string; weight: number | null }[];
  lambdaMax: number | null;
  consistencyIndex: number | null;
  /** Of the combined matrix; null before any ballot and for more than 15 items. */
  consistencyRatio: number | null;
  /** Set when consistencyRatio > 0.10: the combined judgement farthest from what the weights imply. */
  warning: {
    itemA: { id: string; text: string };
    itemB: { id: string; text: string };
    /** How much more important A was judged than B (combined). */
    judged: number;
    /** w(A) / w(B): what would agree with the weights. */
    implied: number;
  } | null;
  /** Each participant's own consistency ratio, in the order they voted. */
  participants: { participantId: string; consistencyRatio: number | null }[];
}

/** A participant's judgements as a reciprocal matrix over `items` (validateBallot made it complete). */
export function pairwiseMatrix(
  ballot: Extract<Ballot, { method: 'pairwise' }>,
  items: readonly WorkshopItem[],
): number[][] {
  const index = new Map(items.map((item, position) => [item.id, position]));
  const matrix = items.map(() => items.map(() => 1));
  for (const { a, b, value } of ballot.judgements) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) continue;
    (matrix[i] as number[])[j] = value;
    (matrix[j] as number[])[i] = 1 / value;
  }
  return matrix;
}

/** The pairwise result of a round's ballots over its votable items. */
export function pairwiseResult(
  ballots: readonly StoredBallot[],
  items: readonly WorkshopItem[],
): PairwiseResult {
  const matrices: number[][][] = [];
  const participants: PairwiseResult['participants'] = [];
  for (const { participantId, ballot } of ballots) {
    if (ballot.method !== 'pairwise') continue;
    const matrix = pairwiseMatrix(ballot, items);
    matrices.push(matrix);
    participants.push({ participantId, consistencyRatio: ahpWeights(matrix).consistencyRatio });
  }
  if (matrices.length === 0 || items.length === 0) {
    return {
      method: 'pairwise',
      ballots: 0,
      items: items.map((item) => ({ itemId: item.id, text: item.text, weight: null })),
      lambdaMax: null,
      consistencyIndex: null,
      consistencyRatio: null,
      warning: null,
      participants,
    };
  }
  const result = ahpWeights(combineJudgements(matrices));
  const worst = result.mostInconsistent;
  const a = worst ? items[worst.row] : undefined;
  const b = worst ? items[worst.column] : undefined;
  const warning =
    worst && a && b && isInconsistent(result)
      ? {
          itemA: { id: a.id, text: a.text },
          itemB: { id: b.id, text: b.text },
          judged: worst.judged,
          implied: worst.implied,
        }
      : null;
  const weighted = items.map((item, position) => ({
    itemId: item.id,
    text: item.text,
    weight: result.weights[position] ?? null,
    position,
  }));
  weighted.sort((x, y) => (y.weight ?? 0) - (x.weight ?? 0) || x.position - y.position);
  return {
    method: 'pairwise',
    ballots: matrices.length,
    items: weighted.map(({ itemId, text, weight }) => ({ itemId, text, weight })),
    lambdaMax: result.lambdaMax,
    consistencyIndex: result.consistencyIndex,
    consistencyRatio: result.consistencyRatio,
    warning,
    participants,
  };
}
