// The consistency warning of a pairwise round put the way people say it: "A was judged 5 times as
// important as B; the weights imply 1.4 times". Pure, for the words and their test.

import type { PairwiseResult } from '@kume/core';

export interface InconsistentJudgement {
  /** The item judged the more important (user text). */
  more: string;
  less: string;
  /** How many times as important the group judged `more` (>= 1). */
  judged: number;
  /** How many times as important the weights make `more`; below 1 when they reverse the order. */
  implied: number;
}

/**
 * The warning with its pair ordered so the judged factor is at least 1 (a judgement of 1/5 for A
 * against B reads "B 5 times as important as A"). null without a warning.
 */
export function inconsistentJudgement(
  warning: PairwiseResult['warning'],
): InconsistentJudgement | null {
  if (!warning) return null;
  const { itemA, itemB, judged, implied } = warning;
  if (judged >= 1) return { more: itemA.text, less: itemB.text, judged, implied };
  return { more: itemB.text, less: itemA.text, judged: 1 / judged, implied: 1 / implied };
}
