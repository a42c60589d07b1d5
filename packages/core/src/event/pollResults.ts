// The results of an Information Day's polls from the poll workshop's folded state: each poll's
// choices in the order they were asked, with their votes and how many guests voted.

import { votingResults } from '../workshop/votingResults';
import type { WorkshopState } from '../workshop/workshopState';

export interface PollResult {
  roundId: string;
  question: string;
  /** In the order the facilitator wrote them (not by votes), so the projector does not reshuffle. */
  choices: { text: string; votes: number }[];
  /** Guests who cast a ballot in the poll (their latest ballot counts once). */
  voters: number;
}

/** One result per poll round of the workshop, in round order; rounds of other kinds are left out. */
export function pollResults(state: WorkshopState): PollResult[] {
  return state.definition.rounds.flatMap((round) => {
    const roundState = state.rounds[round.id];
    const result = votingResults(state, round.id);
    if (round.kind !== 'poll' || !roundState || result?.method !== 'dots') return [];
    const votes = new Map(result.items.map((item) => [item.itemId, item.total]));
    return [
      {
        roundId: round.id,
        question: round.prompt.tr || round.prompt.en,
        choices: roundState.items
          .filter((item) => item.groupId === null)
          .map((item) => ({ text: item.text, votes: votes.get(item.id) ?? 0 })),
        voters: result.ballots,
      },
    ];
  });
}
