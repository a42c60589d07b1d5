// What a command changed, for the server to log and to tell connected clients to refresh. Events
// name who voted but never what: anonymous rounds stay anonymous in the event stream too.

export const WORKSHOP_EVENT_TYPES = [
  'participant_joined',
  'participant_left',
  'item_added',
  'item_edited',
  'item_removed',
  'items_grouped',
  'item_ungrouped',
  'ballot_cast',
  'ballot_retracted',
  'phase_changed',
  'round_changed',
  'totals_revealed',
  'round_closed',
  'timer_started',
  'timer_stopped',
  'decision_recorded',
  'decision_confirmed',
  'delphi_iteration_started',
] as const;
export type WorkshopEventType = (typeof WORKSHOP_EVENT_TYPES)[number];

export interface WorkshopEvent {
  type: WorkshopEventType;
  /** The actor. */
  participantId: string;
  roundId?: string;
  itemId?: string;
}
