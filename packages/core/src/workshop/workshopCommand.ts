// The commands that change a workshop, as the server receives them (WebSocket messages) and hands
// them to applyCommand. `participantId` is the actor: the server sets it from the connection.

import { z } from 'zod';
import { ballotSchema } from './ballot';

const id = z.string().min(1).max(64);
// Length limits with stable error codes are applyCommand's; this only stops absurd messages.
const text = z.string().max(10_000);
const actor = { participantId: id };
const inRound = { participantId: id, roundId: id };

export const workshopCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('join'),
    ...actor,
    name: z.string().max(200).nullable(),
    isFacilitator: z.boolean(),
  }),
  z.object({ type: z.literal('leave'), ...actor }),
  z.object({ type: z.literal('add_item'), ...inRound, text, categoryId: id.optional() }),
  z.object({ type: z.literal('edit_item'), ...inRound, itemId: id, text }),
  z.object({ type: z.literal('remove_item'), ...inRound, itemId: id }),
  z.object({
    type: z.literal('group_items'),
    ...inRound,
    itemIds: z.array(id).min(1).max(200),
    intoItemId: id,
  }),
  z.object({ type: z.literal('ungroup_item'), ...inRound, itemId: id }),
  z.object({ type: z.literal('vote'), ...inRound, ballot: ballotSchema }),
  z.object({ type: z.literal('retract_ballot'), ...inRound }),
  z.object({ type: z.literal('advance_phase'), ...inRound }),
  z.object({ type: z.literal('go_to_round'), ...inRound }),
  z.object({ type: z.literal('reveal_totals'), ...inRound }),
  z.object({ type: z.literal('close_round'), ...inRound }),
  z.object({
    type: z.literal('start_timer'),
    ...inRound,
    seconds: z.number().int().min(1).max(86_400).optional(),
  }),
  z.object({ type: z.literal('stop_timer'), ...inRound }),
  z.object({
    type: z.literal('decide'),
    ...inRound,
    text: text.nullable(),
    chosenItemIds: z.array(id).max(200),
  }),
  z.object({ type: z.literal('confirm'), ...inRound }),
  z.object({ type: z.literal('next_delphi_iteration'), ...inRound }),
]);
export type WorkshopCommand = z.output<typeof workshopCommandSchema>;
export type WorkshopCommandType = WorkshopCommand['type'];

/** Commands only a facilitator may give. */
export const FACILITATOR_COMMANDS: readonly WorkshopCommandType[] = [
  'edit_item',
  'group_items',
  'ungroup_item',
  'advance_phase',
  'go_to_round',
  'reveal_totals',
  'close_round',
  'start_timer',
  'stop_timer',
  'decide',
  'next_delphi_iteration',
];

export const WORKSHOP_ERROR_CODES = [
  'not_a_participant',
  'not_facilitator',
  'name_required',
  'unknown_round',
  'round_not_current',
  'round_closed',
  'wrong_phase',
  'no_next_phase',
  'unknown_item',
  'unknown_category',
  'empty_text',
  'text_too_long',
  'too_many_items',
  'not_author',
  'not_a_voter',
  'too_many_votes',
  'invalid_ballot',
  'no_ballot',
  'no_timer',
  'no_decision',
  'not_delphi',
  'delphi_finished',
  'delphi_settled',
] as const;
export type WorkshopErrorCode = (typeof WORKSHOP_ERROR_CODES)[number];

export interface WorkshopError {
  code: WorkshopErrorCode;
  /** English, for logs and developers; the UI words the code in TR/EN. */
  message: string;
}

export function workshopError(code: WorkshopErrorCode, message: string): WorkshopError {
  return { code, message };
}
