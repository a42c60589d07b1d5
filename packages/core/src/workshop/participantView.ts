// What each screen may see of a workshop: a participant's phone, the facilitator's console and the
// projector. Other people's ballots are never in a participant's view; anonymous rounds never say
// who voted what, not even to the facilitator; totals stay hidden until revealed.

import type { Ballot } from './ballot';
import { type DelphiSettledReason, type DelphiSummary, delphiHistorySettled } from './delphi';
import { votingResults, type VotingResult } from './votingResults';
import type { RoundDefinition, WorkshopDefinition } from './workshopModel';
import {
  type Participant,
  type RoundDecision,
  type RoundState,
  whoHasNotVoted,
  type WorkshopState,
} from './workshopState';

export interface RoundView {
  roundId: string;
  phase: RoundState['phase'];
  closed: boolean;
  timer: RoundState['timer'];
  /** Authors are not shown; `mine` marks the viewer's own items. */
  items: {
    id: string;
    text: string;
    categoryId: string | null;
    groupId: string | null;
    mine: boolean;
  }[];
  myBallot: Ballot | null;
  ballotsCast: number;
  /** Facilitator only (empty otherwise): who has not voted yet. */
  notVoted: { id: string; name: string | null }[];
  /** null while hidden: before reveal, unless the viewer is the facilitator or totals are not hidden. */
  results: VotingResult | null;
  revealed: boolean;
  /** Facilitator only, named rounds only: who voted what. */
  namedBallots: { participantId: string; name: string | null; ballot: Ballot }[];
  decision: RoundDecision | null;
  confirmedCount: number;
  confirmedByMe: boolean;
  delphi: {
    iteration: number;
    maxIterations: number;
    /** The group's answers in the previous iteration, shown while answering again. */
    previous: DelphiSummary | null;
    settled: boolean;
    settledReason: DelphiSettledReason | null;
  } | null;
}

export interface WorkshopView {
  definition: WorkshopDefinition;
  currentRoundId: string;
  rounds: { id: string; phase: RoundState['phase']; closed: boolean }[];
  /**
   * Present participants with their names (null for anonymous), in the facilitator's and the
   * room's (projectorView) views, ids in the facilitator's only: a phone gets an empty list, which keeps each state frame small when
   * hundreds take part (and no phone learns who else is there).
   */
  participants: { id: string | null; name: string | null; isFacilitator: boolean }[];
  me: { id: string; name: string | null; isFacilitator: boolean } | null;
  round: RoundView;
}

function delphiView(definition: RoundDefinition, round: RoundState): RoundView['delphi'] {
  if (!definition.delphi) return null;
  const previous = round.delphiHistory[round.delphiHistory.length - 1] ?? null;
  const settled = delphiHistorySettled(round.delphiHistory, definition.delphi);
  return {
    iteration: round.delphiIteration,
    maxIterations: definition.delphi.maxIterations,
    previous,
    settled: settled.settled,
    settledReason: settled.reason,
  };
}

/** Only the viewer's own consistency ratio, except a facilitator's view of a named round. */
function visibleResults(
  results: VotingResult,
  viewer: Participant | null,
  seesAll: boolean,
): VotingResult {
  if (results.method !== 'pairwise' || seesAll) return results;
  return {
    ...results,
    participants: results.participants.filter((entry) => entry.participantId === viewer?.id),
  };
}

function buildView(state: WorkshopState, viewer: Participant | null): WorkshopView {
  const roundId = state.currentRoundId;
  const definition = state.definition.rounds.find((round) => round.id === roundId);
  const round = state.rounds[roundId];
  if (!definition || !round) throw new RangeError(`no current round ${roundId}`);
  const facilitator = viewer?.isFacilitator ?? false;
  const anonymous = definition.voting?.anonymous ?? false;
  const names = new Map(
    state.participants.map((participant) => [participant.id, participant.name]),
  );
  const showTotals = facilitator || round.revealed || !(definition.voting?.totalsHidden ?? true);
  const results = showTotals ? roundResults(state, roundId, round) : undefined;
  return {
    definition: state.definition,
    currentRoundId: roundId,
    rounds: state.definition.rounds.map(({ id }) => ({
      id,
      phase: state.rounds[id]?.phase ?? 'brainstorm',
      closed: state.rounds[id]?.closed ?? false,
    })),
    participants:
      facilitator || viewer === null
        ? state.participants
            .filter((participant) => !participant.left)
            .map(({ id, name, isFacilitator }) => ({
              id: facilitator ? id : null,
              name,
              isFacilitator,
            }))
        : [],
    me: viewer ? { id: viewer.id, name: viewer.name, isFacilitator: viewer.isFacilitator } : null,
    round: {
      roundId,
      phase: round.phase,
      closed: round.closed,
      timer: round.timer,
      items: round.items.map(({ id, text, categoryId, groupId, authorId }) => ({
        id,
        text,
        categoryId,
        groupId,
        mine: viewer !== null && authorId === viewer.id,
      })),
      myBallot: viewer ? (round.ballots[viewer.id]?.ballot ?? null) : null,
      ballotsCast: Object.keys(round.ballots).length,
      notVoted: facilitator
        ? whoHasNotVoted(state, roundId).map(({ id, name }) => ({ id, name }))
        : [],
      results:
        results && showTotals ? visibleResults(results, viewer, facilitator && !anonymous) : null,
      revealed: round.revealed,
      namedBallots:
        facilitator && !anonymous
          ? Object.values(round.ballots).map(({ participantId, ballot }) => ({
              participantId,
              name: names.get(participantId) ?? null,
              ballot,
            }))
          : [],
      decision: round.decision,
      confirmedCount: round.confirmedBy.length,
      confirmedByMe: viewer !== null && round.confirmedBy.includes(viewer.id),
      delphi: delphiView(definition, round),
    },
  };
}

/**
 * The round's voting results, computed once per round state: the reducer never changes a round in
 * place (a vote makes a new round object), so every viewer of one version shares one tally.
 */
const resultsCache = new WeakMap<object, VotingResult | undefined>();
function roundResults(state: WorkshopState, roundId: string, round: object) {
  if (!resultsCache.has(round)) resultsCache.set(round, votingResults(state, roundId));
  return resultsCache.get(round);
}

/**
 * The workshop as one participant sees it on the current round: a facilitator's console view when
 * the participant is a facilitator. undefined for someone who has not joined.
 */
export function participantView(
  state: WorkshopState,
  participantId: string,
): WorkshopView | undefined {
  const viewer = state.participants.find((participant) => participant.id === participantId);
  return viewer ? buildView(state, viewer) : undefined;
}

/** The projector's view: nobody's ballot, totals only once revealed (or never hidden). */
export function projectorView(state: WorkshopState): WorkshopView {
  return buildView(state, null);
}
