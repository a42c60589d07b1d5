// What each screen sees: own ballot only, totals hidden until revealed, anonymous rounds anonymous
// even on the facilitator's console.

import { describe, expect, it } from 'vitest';
import { applyCommand } from './applyCommand';
import { participantView, projectorView } from './participantView';
import type { WorkshopCommand } from './workshopCommand';
import { type VotingConfigInput, workshopDefinitionSchema } from './workshopModel';
import { createWorkshopState, type WorkshopState } from './workshopState';

function run(state: WorkshopState, ...commands: WorkshopCommand[]): WorkshopState {
  return commands.reduce((current, command) => {
    const result = applyCommand(current, command, 0);
    if (!result.ok) throw new Error(result.error.code);
    return result.state;
  }, state);
}

/** A vote on two poll options by p1 and p2, with the facilitator f. */
function voted(voting: VotingConfigInput): WorkshopState {
  const definition = workshopDefinitionSchema.parse({
    templateId: 'custom',
    title: { tr: 'Anket', en: 'Poll' },
    rounds: [
      {
        id: 'r1',
        title: { tr: 'A', en: 'A' },
        prompt: { tr: 'A', en: 'A' },
        kind: 'poll',
        phases: ['vote'],
        items: ['Bir', 'İki'],
        voting,
      },
    ],
  });
  const join = (participantId: string, isFacilitator = false): WorkshopCommand => ({
    type: 'join',
    participantId,
    name: participantId.toUpperCase(),
    isFacilitator,
  });
  const vote = (participantId: string, itemId: string): WorkshopCommand => ({
    type: 'vote',
    participantId,
    roundId: 'r1',
    ballot: { method: 'dots', dots: { [itemId]: 1 } },
  });
  return run(
    createWorkshopState(definition, 0),
    join('f', true),
    join('p1'),
    join('p2'),
    join('p3'),
    vote('p1', 'i1'),
    vote('p2', 'i2'),
  );
}

describe('participantView', () => {
  it("shows a participant their own ballot, never anybody else's, and no totals before the reveal", () => {
    const view = participantView(voted({ method: 'dots' }), 'p1');
    expect(view?.round.myBallot).toEqual({ method: 'dots', dots: { i1: 1 } });
    expect(view?.round.namedBallots).toEqual([]);
    expect(view?.round.results).toBeNull();
    expect(view?.round.ballotsCast).toBe(2);
    expect(view?.round.notVoted).toEqual([]);
    // A phone learns nobody else's name or id; the facilitator's view lists everyone present.
    expect(view?.participants).toEqual([]);
    expect(projectorView(voted({ method: 'dots' })).participants.length).toBeGreaterThan(1);
    expect(JSON.stringify(view)).not.toContain('"i2":1');
  });

  it('shows totals to everyone once revealed, or from the start when they are not hidden', () => {
    const revealed = run(voted({ method: 'dots' }), {
      type: 'reveal_totals',
      participantId: 'f',
      roundId: 'r1',
    });
    expect(participantView(revealed, 'p1')?.round.results?.ballots).toBe(2);
    expect(projectorView(revealed).round.results?.ballots).toBe(2);
    expect(projectorView(voted({ method: 'dots' })).round.results).toBeNull();
    expect(
      projectorView(voted({ method: 'dots', totalsHidden: false })).round.results?.ballots,
    ).toBe(2);
  });

  it('gives the facilitator totals, who has not voted and, in a named round, who voted what', () => {
    const view = participantView(voted({ method: 'dots' }), 'f');
    expect(view?.round.results?.ballots).toBe(2);
    expect(view?.round.notVoted).toEqual([{ id: 'p3', name: 'P3' }]);
    expect(view?.round.namedBallots.map((entry) => [entry.name, entry.ballot])).toEqual([
      ['P1', { method: 'dots', dots: { i1: 1 } }],
      ['P2', { method: 'dots', dots: { i2: 1 } }],
    ]);
  });

  it('never tells even the facilitator who voted what in an anonymous round', () => {
    const view = participantView(voted({ method: 'dots', anonymous: true }), 'f');
    expect(view?.round.namedBallots).toEqual([]);
    expect(view?.round.results?.ballots).toBe(2);
    expect(JSON.stringify(view)).not.toMatch(/"dots":\{"i[12]":1\}/);
  });

  it('is undefined for someone who has not joined', () => {
    expect(participantView(voted({ method: 'dots' }), 'stranger')).toBeUndefined();
  });
});
