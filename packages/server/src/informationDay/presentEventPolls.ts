// The event's polls as the facilitator's page shows them: the poll workshop (to run it from the
// workshop console) and each poll's choices with their votes, from the workshop's folded state.

import { z } from 'zod';
import { pollResults } from '@kume/core';
import type { FoldedWorkshop } from '../workshops/workshopRuntime';
import { joinPath } from '../workshops/presentWorkshop';

export const eventPollsViewSchema = z.object({
  workshop: z
    .object({
      id: z.string(),
      code: z.string(),
      status: z.enum(['draft', 'live', 'closed']),
      /** Where guests answer on their phones: `/w/<code>`. */
      joinPath: z.string(),
    })
    .nullable(),
  polls: z.array(
    z.object({
      roundId: z.string(),
      question: z.string(),
      choices: z.array(z.object({ text: z.string(), votes: z.number() })),
      voters: z.number(),
    }),
  ),
});
export type EventPollsView = z.output<typeof eventPollsViewSchema>;

/** The polls of the folded poll workshop, or none while the event has no polls. */
export function presentEventPolls(folded: FoldedWorkshop | undefined): EventPollsView {
  if (!folded) return { workshop: null, polls: [] };
  const { row, state } = folded;
  return {
    workshop: { id: row.id, code: row.code, status: row.status, joinPath: joinPath(row.code) },
    polls: pollResults(state),
  };
}
