// Workshops as the REST API shows them: a summary for lists, and the detail with the facilitator's
// view of the state (who has not voted, totals before they are revealed). Columns stay out.

import { z } from 'zod';
import {
  participantView,
  whoHasNotVoted,
  workshopResults,
  WORKSHOP_TEMPLATE_IDS,
  type WorkshopDefinition,
  type WorkshopResults,
  type WorkshopState,
  type WorkshopView,
} from '@kume/core';
import type { WorkshopRow } from '@kume/db';
import { type FoldedWorkshop, workshopVersion } from './workshopRuntime';

const WORKSHOP_STATUSES = ['draft', 'live', 'closed'] as const;

export const workshopSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  template: z.enum(WORKSHOP_TEMPLATE_IDS),
  status: z.enum(WORKSHOP_STATUSES),
  /** The join code; it may be reused by another workshop once this one is closed. */
  code: z.string(),
  /** Where participants join on their phones: `/w/<code>` on the server's address. */
  joinPath: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const workshopDetailSchema = workshopSummarySchema.extend({
  definition: z.custom<WorkshopDefinition>(),
  /** Grows with every change, like the live screens' version. */
  version: z.number(),
  /** Participants present (not left), the facilitator's own seat included. */
  participantCount: z.number(),
  /** Who has not voted in the current round's vote phase (names null for anonymous joins). */
  notVoted: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  /** The current round as the facilitator's console sees it (core WorkshopView). */
  view: z.custom<WorkshopView>(),
  /** core WorkshopResults stored when the workshop closed; null before. */
  results: z.custom<WorkshopResults>().nullable(),
  /**
   * core WorkshopResults of the state as it is now (the console's and projector's matrices while
   * the rating rounds run); totals the participants have not seen yet are in it: facilitator only.
   */
  currentResults: z.custom<WorkshopResults>(),
});

export const workshopListSchema = z.object({ items: z.array(workshopSummarySchema) });

export type WorkshopSummary = z.output<typeof workshopSummarySchema>;
export type WorkshopDetail = z.output<typeof workshopDetailSchema>;

export function joinPath(code: string): string {
  return `/w/${code}`;
}

export function presentWorkshopSummary(row: WorkshopRow): WorkshopSummary {
  return {
    id: row.id,
    title: row.title,
    template: row.template,
    status: row.status,
    code: row.code,
    joinPath: joinPath(row.code),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** An id no participant has (participant ids are uuids). */
const CONSOLE_ID = 'console';

/**
 * The state as a facilitator's console sees it, for a signed-in facilitator who has not taken a
 * seat: core's participantView with a facilitator viewer added as already left, so it is never
 * counted among the participants or in who has not voted.
 */
export function consoleView(state: WorkshopState): WorkshopView {
  const viewer = {
    id: CONSOLE_ID,
    name: null,
    isFacilitator: true,
    joinedAt: 0,
    left: true,
  };
  const view = participantView(
    { ...state, participants: [...state.participants, viewer] },
    CONSOLE_ID,
  );
  if (!view) throw new Error('the console viewer is missing');
  return { ...view, me: null };
}

export function presentWorkshopDetail(folded: FoldedWorkshop): WorkshopDetail {
  const { row, state } = folded;
  return {
    ...presentWorkshopSummary(row),
    definition: row.definition,
    version: workshopVersion(folded),
    participantCount: state.participants.filter((participant) => !participant.left).length,
    notVoted: whoHasNotVoted(state).map(({ id, name }) => ({ id, name })),
    view: consoleView(state),
    results: row.results,
    currentResults: workshopResults(state),
  };
}
