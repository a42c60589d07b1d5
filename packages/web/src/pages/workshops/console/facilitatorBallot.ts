// Whether the facilitator's console shows a ballot in the current round: only while the round
// takes votes, and then the ballot or the note that the facilitator does not vote in this round.

import type { RoundDefinition, RoundView } from '@kume/core';

/**
 * 'ballot': the round votes and counts the facilitator (voting.facilitatorVotes);
 * 'abstains': the round votes without the facilitator; 'none': no vote is taken now (another
 * phase, a round without voting, or a closed round).
 */
export function facilitatorBallot(
  definition: RoundDefinition,
  round: Pick<RoundView, 'phase' | 'closed'>,
): 'ballot' | 'abstains' | 'none' {
  if (!definition.voting || round.phase !== 'vote' || round.closed) return 'none';
  return definition.voting.facilitatorVotes ? 'ballot' : 'abstains';
}
