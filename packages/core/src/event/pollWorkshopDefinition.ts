// The live polls of an Information Day, run on the workshop engine: each poll is a round of kind
// `poll` whose items are the choices, one anonymous dot per person, totals shown at once.

import { z } from 'zod';
import { foldForSearch } from '../text/foldForSearch';
import {
  MAX_ITEM_LENGTH,
  workshopDefinitionSchema,
  type WorkshopDefinition,
} from '../workshop/workshopModel';

const pollText = z.string().trim().min(1).max(MAX_ITEM_LENGTH);

export const eventPollSchema = z.object({
  question: pollText,
  /** Distinct as a guest reads them: "Evet" and "evet " are the same choice. */
  choices: z
    .array(pollText)
    .min(2)
    .max(10)
    .refine(
      (choices) => new Set(choices.map(foldForSearch)).size === choices.length,
      'the choices must differ from each other',
    ),
});
export type EventPoll = z.output<typeof eventPollSchema>;

export const eventPollsSchema = z.object({ polls: z.array(eventPollSchema).min(1).max(20) });
export type EventPolls = z.output<typeof eventPollsSchema>;

/** The round id of the poll at `index` (0-based): `poll-1`, `poll-2`, ... */
export function pollRoundId(index: number): string {
  return `poll-${index + 1}`;
}

/**
 * The custom workshop that runs the polls, titled "<event title>: polls" ("... : anketler" in
 * Turkish). Guests join without a name; nobody sees who chose what.
 */
export function pollWorkshopDefinition(
  eventTitle: string,
  polls: readonly EventPoll[],
): WorkshopDefinition {
  return workshopDefinitionSchema.parse({
    templateId: 'custom',
    title: { tr: `${eventTitle}: anketler`, en: `${eventTitle}: polls` },
    anonymousJoin: true,
    rounds: polls.map((poll, index) => ({
      id: pollRoundId(index),
      kind: 'poll',
      title: { tr: poll.question, en: poll.question },
      prompt: { tr: poll.question, en: poll.question },
      phases: ['vote'],
      items: poll.choices,
      voting: {
        method: 'dots',
        dotsPerPerson: 1,
        maxDotsPerItem: 1,
        anonymous: true,
        totalsHidden: false,
        facilitatorVotes: false,
      },
    })),
  });
}
