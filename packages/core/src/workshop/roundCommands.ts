// The facilitator's moderation of a round (phases, timer, reveal, close, decision, Delphi
// iterations) and the participants' confirmation. Called by applyCommand after its checks.

import { delphiHistorySettled, delphiSummary } from './delphi';
import { type WorkshopCommand, type WorkshopError, workshopError } from './workshopCommand';
import { MAX_DECISION_LENGTH, type RoundDefinition } from './workshopModel';
import { type Instant, type Participant, type RoundState, votableItems } from './workshopState';

type RoundCommand = Extract<
  WorkshopCommand,
  {
    type:
      | 'advance_phase'
      | 'reveal_totals'
      | 'close_round'
      | 'start_timer'
      | 'stop_timer'
      | 'decide'
      | 'confirm'
      | 'next_delphi_iteration';
  }
>;

/** The round after the command, or why it is refused. */
export function applyRoundCommand(
  definition: RoundDefinition,
  round: RoundState,
  command: RoundCommand,
  actor: Participant,
  now: Instant,
): RoundState | WorkshopError {
  switch (command.type) {
    case 'advance_phase': {
      const next = definition.phases[definition.phases.indexOf(round.phase) + 1];
      if (next === undefined)
        return workshopError('no_next_phase', `${round.phase} is the last phase`);
      // A timer belongs to the phase it was started in.
      return { ...round, phase: next, timer: null };
    }
    case 'reveal_totals':
      return { ...round, revealed: true };
    case 'close_round':
      return { ...round, closed: true, timer: null };
    case 'start_timer': {
      const seconds = command.seconds ?? definition.timerSeconds;
      if (seconds === undefined)
        return workshopError('no_timer', 'give the seconds: the round has no timer');
      return { ...round, timer: { startedAt: now, endsAt: now + seconds * 1_000 } };
    }
    case 'stop_timer':
      if (!round.timer) return workshopError('no_timer', 'no timer is running');
      return { ...round, timer: null };
    case 'decide': {
      if (round.phase !== 'decide')
        return workshopError('wrong_phase', 'decide in the decide phase');
      const text = command.text?.trim() || null;
      if (text !== null && text.length > MAX_DECISION_LENGTH) {
        return workshopError('text_too_long', `at most ${MAX_DECISION_LENGTH} characters`);
      }
      const unknown = command.chosenItemIds.find(
        (itemId) => !round.items.some((item) => item.id === itemId),
      );
      if (unknown !== undefined)
        return workshopError('unknown_item', `no item ${unknown} in this round`);
      if (text === null && command.chosenItemIds.length === 0) {
        return workshopError('empty_text', 'give the decided text or choose items');
      }
      // Confirmations were given to the earlier text; a new text must be confirmed again.
      const confirmedBy = text === round.decision?.text ? round.confirmedBy : [];
      const chosenItemIds = [...new Set(command.chosenItemIds)];
      return { ...round, decision: { text, chosenItemIds, decidedAt: now }, confirmedBy };
    }
    case 'confirm': {
      if (round.phase !== 'decide')
        return workshopError('wrong_phase', 'confirm in the decide phase');
      if (!round.decision?.text)
        return workshopError('no_decision', 'there is no decided text to confirm');
      if (round.confirmedBy.includes(actor.id)) return round;
      return { ...round, confirmedBy: [...round.confirmedBy, actor.id] };
    }
    case 'next_delphi_iteration': {
      if (!definition.delphi)
        return workshopError('not_delphi', 'this round is not a Delphi round');
      if (round.phase !== 'vote')
        return workshopError('wrong_phase', 'Delphi iterations run in the vote phase');
      if (round.delphiIteration >= definition.delphi.maxIterations) {
        return workshopError(
          'delphi_finished',
          `at most ${definition.delphi.maxIterations} iterations`,
        );
      }
      const settled = delphiHistorySettled(round.delphiHistory, definition.delphi);
      if (settled.settled) {
        return workshopError(
          'delphi_settled',
          `the answers have settled (${settled.reason ?? 'consensus'}): close the round`,
        );
      }
      const ratings = Object.values(round.ballots).map(({ ballot }) =>
        ballot.method === 'rating' ? ballot.ratings : {},
      );
      const itemIds = votableItems(round).map((item) => item.id);
      const summary = delphiSummary(round.delphiIteration, itemIds, ratings);
      // Everyone answers again in the new iteration, seeing the group's previous answers.
      return {
        ...round,
        ballots: {},
        delphiIteration: round.delphiIteration + 1,
        delphiHistory: [...round.delphiHistory, summary],
      };
    }
  }
}
