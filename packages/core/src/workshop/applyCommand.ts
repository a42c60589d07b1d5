// The workshop reducer: checks who may do what, when, and returns the next state with its events,
// or a refusal with a stable code. Pure and deterministic: the time comes in as `now`.

import { applyItemCommand } from './itemCommands';
import { applyRoundCommand } from './roundCommands';
import { validateBallot } from './validateBallot';
import {
  FACILITATOR_COMMANDS,
  type WorkshopCommand,
  type WorkshopError,
  workshopError,
} from './workshopCommand';
import type { WorkshopEvent, WorkshopEventType } from './workshopEvent';
import type { RoundDefinition } from './workshopModel';
import {
  type Instant,
  isVoter,
  type Participant,
  type RoundState,
  votableItems,
  type WorkshopState,
} from './workshopState';

export type CommandResult =
  { ok: true; state: WorkshopState; events: WorkshopEvent[] } | { ok: false; error: WorkshopError };

const EVENT_OF: Record<WorkshopCommand['type'], WorkshopEventType> = {
  join: 'participant_joined',
  leave: 'participant_left',
  add_item: 'item_added',
  edit_item: 'item_edited',
  remove_item: 'item_removed',
  group_items: 'items_grouped',
  ungroup_item: 'item_ungrouped',
  vote: 'ballot_cast',
  retract_ballot: 'ballot_retracted',
  advance_phase: 'phase_changed',
  go_to_round: 'round_changed',
  reveal_totals: 'totals_revealed',
  close_round: 'round_closed',
  start_timer: 'timer_started',
  stop_timer: 'timer_stopped',
  decide: 'decision_recorded',
  confirm: 'decision_confirmed',
  next_delphi_iteration: 'delphi_iteration_started',
};

/** Commands accepted for a round other than the current one, and for a closed round. */
const ANY_ROUND = new Set<WorkshopCommand['type']>(['go_to_round', 'reveal_totals']);

function refuse(error: WorkshopError): CommandResult {
  return { ok: false, error };
}

function join(
  state: WorkshopState,
  command: Extract<WorkshopCommand, { type: 'join' }>,
  now: Instant,
): WorkshopState | WorkshopError {
  const name = command.name?.trim() || null;
  if (name === null && !state.definition.anonymousJoin) {
    return workshopError('name_required', 'this workshop asks for a name');
  }
  const existing = state.participants.find(
    (participant) => participant.id === command.participantId,
  );
  // Joining again (a reconnect) keeps the participant and their ballots, with the new name.
  const participant: Participant = {
    id: command.participantId,
    name,
    isFacilitator: command.isFacilitator,
    joinedAt: existing?.joinedAt ?? now,
    left: false,
  };
  const participants = existing
    ? state.participants.map((each) => (each === existing ? participant : each))
    : [...state.participants, participant];
  return { ...state, participants };
}

function openRound(
  state: WorkshopState,
  definition: RoundDefinition,
  round: RoundState,
  now: Instant,
): RoundState {
  if (round.opened) return round;
  const source =
    definition.itemsFrom === undefined ? undefined : state.rounds[definition.itemsFrom];
  if (!source || round.items.length > 0) return { ...round, opened: true };
  const chosen = source.decision?.chosenItemIds ?? [];
  const copied =
    chosen.length > 0
      ? chosen.flatMap((itemId) => source.items.filter((item) => item.id === itemId))
      : votableItems(source);
  const items = copied.map((item, index) => ({
    id: `i${index + 1}`,
    text: item.text,
    authorId: null,
    categoryId: item.categoryId,
    groupId: null,
    sourceItemId: item.id,
    createdAt: now,
  }));
  return { ...round, opened: true, items, nextItemNumber: items.length + 1 };
}

function vote(
  definition: RoundDefinition,
  round: RoundState,
  command: Extract<WorkshopCommand, { type: 'vote' | 'retract_ballot' }>,
  state: WorkshopState,
  actor: Participant,
  now: Instant,
): RoundState | WorkshopError {
  if (round.phase !== 'vote' || !definition.voting) {
    return workshopError(
      'wrong_phase',
      `votes are cast in the vote phase, the round is in ${round.phase}`,
    );
  }
  if (!isVoter(state, actor, round.roundId)) {
    return workshopError('not_a_voter', 'the facilitator does not vote in this round');
  }
  const ballots = { ...round.ballots };
  if (command.type === 'retract_ballot') {
    if (!ballots[actor.id]) return workshopError('no_ballot', 'there is no ballot to retract');
    delete ballots[actor.id];
    return { ...round, ballots };
  }
  const problem = validateBallot(command.ballot, definition.voting, votableItems(round));
  if (problem) return problem;
  // Keyed by participant: the latest ballot replaces the earlier, so none is ever counted twice.
  ballots[actor.id] = { participantId: actor.id, ballot: command.ballot, castAt: now };
  return { ...round, ballots };
}

/**
 * Applies one command. Checks, in order: the actor has joined (except `join`), facilitator-only
 * commands come from a facilitator, the round exists, is the current one and is not closed
 * (`go_to_round` and `reveal_totals` excepted), then the command's own rules (phase, limits).
 * The timer is shown, not enforced: the facilitator closes the vote when it ends.
 */
export function applyCommand(
  state: WorkshopState,
  command: WorkshopCommand,
  now: Instant,
): CommandResult {
  const event: WorkshopEvent = {
    type: EVENT_OF[command.type],
    participantId: command.participantId,
  };
  if (command.type === 'join') {
    const next = join(state, command, now);
    return 'code' in next ? refuse(next) : { ok: true, state: next, events: [event] };
  }
  const actor = state.participants.find((participant) => participant.id === command.participantId);
  if (!actor || actor.left)
    return refuse(workshopError('not_a_participant', 'join the workshop first'));
  if (command.type === 'leave') {
    const participants = state.participants.map((each) =>
      each === actor ? { ...each, left: true } : each,
    );
    return { ok: true, state: { ...state, participants }, events: [event] };
  }
  if (FACILITATOR_COMMANDS.includes(command.type) && !actor.isFacilitator) {
    return refuse(workshopError('not_facilitator', `only the facilitator may ${command.type}`));
  }
  const definition = state.definition.rounds.find((round) => round.id === command.roundId);
  const round = state.rounds[command.roundId];
  if (!definition || !round)
    return refuse(workshopError('unknown_round', `no round ${command.roundId}`));
  if (!ANY_ROUND.has(command.type)) {
    if (command.roundId !== state.currentRoundId) {
      return refuse(
        workshopError('round_not_current', `${command.roundId} is not the current round`),
      );
    }
    if (round.closed) return refuse(workshopError('round_closed', `${command.roundId} is closed`));
  }
  const roundEvent: WorkshopEvent = { ...event, roundId: command.roundId };

  let next: RoundState | WorkshopError;
  switch (command.type) {
    case 'go_to_round': {
      const opened = openRound(state, definition, round, now);
      const rounds = { ...state.rounds, [command.roundId]: opened };
      return {
        ok: true,
        state: { ...state, currentRoundId: command.roundId, rounds },
        events: [roundEvent],
      };
    }
    case 'add_item':
    case 'edit_item':
    case 'remove_item':
    case 'group_items':
    case 'ungroup_item':
      next = applyItemCommand(definition, round, command, actor, now);
      break;
    case 'vote':
    case 'retract_ballot':
      next = vote(definition, round, command, state, actor, now);
      break;
    default:
      next = applyRoundCommand(definition, round, command, actor, now);
  }
  if ('code' in next) return refuse(next);
  const itemId =
    command.type === 'add_item'
      ? next.items[next.items.length - 1]?.id
      : 'itemId' in command
        ? command.itemId
        : undefined;
  const rounds = { ...state.rounds, [command.roundId]: next };
  return {
    ok: true,
    state: { ...state, rounds },
    events: [itemId === undefined ? roundEvent : { ...roundEvent, itemId }],
  };
}
