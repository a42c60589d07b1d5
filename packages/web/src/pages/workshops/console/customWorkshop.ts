// A workshop composed freely from rounds (the "custom" template): each round a prompt and how the
// group votes on what it brainstormed, or no vote. The text is written in the user's language.

import {
  type RoundDefinitionInput,
  type VotingMethod,
  type WorkshopDefinitionInput,
} from '@kume/core';

export interface CustomRound {
  title: string;
  prompt: string;
  /** How the brainstormed items are voted on; 'none' for a round that only collects and decides. */
  method: VotingMethod | 'none';
}

/** The same text in both languages: the facilitator writes it once, in the language of the room. */
const both = (text: string) => ({ tr: text.trim(), en: text.trim() });

/**
 * The definition for POST /workshops: rounds r1, r2, ... of kind free, brainstorm -> group ->
 * (vote ->) decide, with the core defaults of each voting method (named ballots, totals hidden).
 * A round without a title is called "Round n" ("n. tur"). `facilitatorVotes`: the facilitator
 * casts a ballot in every voting round too.
 */
export function customWorkshopDefinition(
  title: string,
  rounds: readonly CustomRound[],
  facilitatorVotes = false,
): WorkshopDefinitionInput {
  return {
    templateId: 'custom',
    title: both(title),
    rounds: rounds.map((round, index): RoundDefinitionInput => ({
      id: `r${index + 1}`,
      kind: 'free',
      title: both(round.title || `${index + 1}`),
      prompt: both(round.prompt),
      ...(round.method === 'none'
        ? { phases: ['brainstorm', 'group', 'decide'] }
        : {
            phases: ['brainstorm', 'group', 'vote', 'decide'],
            voting: { method: round.method, facilitatorVotes },
          }),
    })),
  };
}
