// The state of a running workshop: who joined, where each round is, its items and ballots. Made by
// createWorkshopState, changed only by applyCommand.

import type { Ballot } from './ballot';
import type { RoundPhase, WorkshopDefinition } from './workshopModel';
import type { DelphiSummary } from './delphi';

/** Epoch milliseconds, as `now` is passed to applyCommand. */
export type Instant = number;

export interface Participant {
  id: string;
  /** null when the participant joined anonymously. */
  name: string | null;
  isFacilitator: boolean;
  joinedAt: Instant;
  /** Left the workshop (not counted in who has not voted); joining again clears it. */
  left: boolean;
}

export interface WorkshopItem {
  /** `i1`, `i2`, ... in the order added, unique within the round. */
  id: string;
  text: string;
  /** Who wrote it; null for items the round started with or copied from another round. */
  authorId: string | null;
  /** The success factor (category id) it is filed under, or null. */
  categoryId: string | null;
  /** The item it is grouped under; grouped items are not voted on separately. */
  groupId: string | null;
  /** For an item copied from an earlier round (itemsFrom), the id it has there. */
  sourceItemId: string | null;
  createdAt: Instant;
}

export interface StoredBallot {
  participantId: string;
  ballot: Ballot;
  castAt: Instant;
}

export interface RoundDecision {
  /** The decided text, e.g. the final vision statement; null when the decision is a choice. */
  text: string | null;
  /** The items chosen, e.g. the success factors to weight. */
  chosenItemIds: string[];
  decidedAt: Instant;
}

export interface RoundState {
  roundId: string;
  /** Opened at least once: items copied (itemsFrom) on the first opening only. */
  opened: boolean;
  phase: RoundPhase;
  closed: boolean;
  items: WorkshopItem[];
  nextItemNumber: number;
  /** The latest ballot per participant id: a new ballot replaces the old, so none counts twice. */
  ballots: Record<string, StoredBallot>;
  revealed: boolean;
  timer: { startedAt: Instant; endsAt: Instant } | null;
  decision: RoundDecision | null;
  /** Participants who confirmed the current decision text. */
  confirmedBy: string[];
  /** Delphi: the iteration under way (1-based) and the summaries of the finished ones. */
  delphiIteration: number;
  delphiHistory: DelphiSummary[];
}

export interface WorkshopState {
  definition: WorkshopDefinition;
  participants: Participant[];
  currentRoundId: string;
  rounds: Record<string, RoundState>;
}

/** A fresh workshop on its first round, in that round's first phase, nobody joined yet. */
export function createWorkshopState(definition: WorkshopDefinition, now: Instant): WorkshopState {
  const rounds: Record<string, RoundState> = {};
  for (const round of definition.rounds) {
    rounds[round.id] = {
      roundId: round.id,
      opened: false,
      phase: round.phases[0] ?? 'brainstorm',
      closed: false,
      items: (round.items ?? []).map((text, index) => ({
        id: `i${index + 1}`,
        text,
        authorId: null,
        categoryId: null,
        groupId: null,
        sourceItemId: null,
        createdAt: now,
      })),
      nextItemNumber: (round.items?.length ?? 0) + 1,
      ballots: {},
      revealed: false,
      timer: null,
      decision: null,
      confirmedBy: [],
      delphiIteration: 1,
      delphiHistory: [],
    };
  }
  const first = definition.rounds[0]?.id ?? '';
  const state: WorkshopState = { definition, participants: [], currentRoundId: first, rounds };
  const firstRound = rounds[first];
  if (firstRound) firstRound.opened = true;
  return state;
}

/** The items voted on: those not grouped under another, in the order added. */
export function votableItems(round: RoundState): WorkshopItem[] {
  return round.items.filter((item) => item.groupId === null);
}

/** Whether the participant casts ballots in the round: everybody but a facilitator who does not vote. */
export function isVoter(state: WorkshopState, participant: Participant, roundId: string): boolean {
  const definition = state.definition.rounds.find((round) => round.id === roundId);
  if (!definition?.voting) return false;
  return !participant.isFacilitator || definition.voting.facilitatorVotes;
}

/**
 * The participants present who have not cast a ballot in the round (default: the current round),
 * in the order they joined. Empty when the round is not in its vote phase or has no voting.
 * Naming who has not voted exposes nothing of what anybody voted, so anonymous rounds list them too.
 */
export function whoHasNotVoted(
  state: WorkshopState,
  roundId = state.currentRoundId,
): Participant[] {
  const round = state.rounds[roundId];
  if (!round || round.phase !== 'vote' || round.closed) return [];
  return state.participants.filter(
    (participant) =>
      !participant.left &&
      isVoter(state, participant, roundId) &&
      round.ballots[participant.id] === undefined,
  );
}
