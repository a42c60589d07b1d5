// What the decide form starts with: the decision already made, else for a vision round the most
// voted statement as the text to edit, and the items the group gave any votes to as the choice.

import type { RoundDefinition, RoundView, VotingResult } from '@kume/core';

export interface DecisionDraft {
  text: string;
  chosenItemIds: string[];
}

/** The items the group gave anything to, in the results' order (highest first). */
function votedItems(results: VotingResult | null): { itemId: string; text: string }[] {
  if (!results) return [];
  switch (results.method) {
    case 'dots':
    case 'points':
      return results.items.filter((item) => item.total > 0);
    case 'ranking':
      return results.items.filter((item) => item.score > 0);
    case 'rating':
      return results.items.filter((item) => item.mean !== null);
    case 'pairwise':
      return results.items.filter((item) => item.weight !== null);
  }
}

/**
 * The decided text and chosen items when there is a decision; otherwise the top item of the
 * results as the text of a vision round (empty when nobody voted), and as the choice the items with
 * a positive total or score (dots, points, ranking), a mean (rating) or a weight (pairwise).
 */
export function decisionDraft(definition: RoundDefinition, round: RoundView): DecisionDraft {
  if (round.decision)
    return { text: round.decision.text ?? '', chosenItemIds: round.decision.chosenItemIds };
  const voted = votedItems(round.results);
  const top = voted[0];
  return {
    text: definition.kind === 'vision' && top ? top.text : '',
    chosenItemIds: voted.map((item) => item.itemId),
  };
}
