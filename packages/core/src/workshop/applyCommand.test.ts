// The workshop reducer: who may do what and when, the stable refusal codes, and ballots that are
// never counted twice whatever the order of commands.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from './applyCommand';
import type { WorkshopCommand } from './workshopCommand';
import { type RoundDefinitionInput, workshopDefinitionSchema } from './workshopModel';
import { createWorkshopState, whoHasNotVoted, type WorkshopState } from './workshopState';

const T0 = Date.UTC(2026, 10, 27, 9, 0, 0);
const text = { tr: 'Metin', en: 'Text' };

function workshop(rounds: Partial<RoundDefinitionInput>[], anonymousJoin = false): WorkshopState {
  const definition = workshopDefinitionSchema.parse({
    templateId: 'custom',
    title: text,
    anonymousJoin,
    rounds: rounds.map((round, index) => ({
      id: `r${index + 1}`,
      title: text,
      prompt: text,
      kind: 'free',
      phases: ['brainstorm', 'group', 'vote', 'decide'],
      voting: { method: 'dots', dotsPerPerson: 3, maxDotsPerItem: 2 },
      ...round,
    })),
  });
  return createWorkshopState(definition, T0);
}

/** Applies commands that must succeed, as the facilitator `f` unless a command names another actor. */
function run(state: WorkshopState, ...commands: WorkshopCommand[]): WorkshopState {
  return commands.reduce((current, command) => {
    const result = applyCommand(current, command, T0 + 1_000);
    if (!result.ok)
      throw new Error(`${command.type}: ${result.error.code} ${result.error.message}`);
    return result.state;
  }, state);
}

function refusal(state: WorkshopState, command: WorkshopCommand): string | undefined {
  const result = applyCommand(state, command, T0 + 1_000);
  return result.ok ? undefined : result.error.code;
}

const joinAll = (state: WorkshopState, ...names: string[]): WorkshopState =>
  run(
    state,
    { type: 'join', participantId: 'f', name: 'Ayşe', isFacilitator: true },
    ...names.map((name): WorkshopCommand => ({
      type: 'join',
      participantId: name,
      name,
      isFacilitator: false,
    })),
  );

const inRound = (roundId = 'r1') => ({ participantId: 'f', roundId });
const advance = (roundId = 'r1'): WorkshopCommand => ({
  type: 'advance_phase',
  ...inRound(roundId),
});
const add = (
  participantId: string,
  itemText: string,
  extra: { roundId?: string; categoryId?: string } = {},
): WorkshopCommand => ({
  type: 'add_item',
  participantId,
  roundId: 'r1',
  text: itemText,
  ...extra,
});
const dots = (participantId: string, counts: Record<string, number>): WorkshopCommand => ({
  type: 'vote',
  participantId,
  roundId: 'r1',
  ballot: { method: 'dots', dots: counts },
});

/** r1 in its vote phase with items i1, i2, i3 and participants p1, p2, p3. */
function voting(round: Partial<RoundDefinitionInput> = {}): WorkshopState {
  const state = joinAll(workshop([round]), 'p1', 'p2', 'p3');
  return run(state, add('p1', 'Bir'), add('p2', 'İki'), add('p3', 'Üç'), advance(), advance());
}

describe('applyCommand: joining', () => {
  it('asks for a name unless the workshop allows anonymous participants', () => {
    const named = workshop([{}]);
    expect(
      refusal(named, { type: 'join', participantId: 'p', name: '  ', isFacilitator: false }),
    ).toBe('name_required');
    const anonymous = run(workshop([{}], true), {
      type: 'join',
      participantId: 'p',
      name: null,
      isFacilitator: false,
    });
    expect(anonymous.participants).toEqual([
      { id: 'p', name: null, isFacilitator: false, joinedAt: T0 + 1_000, left: false },
    ]);
  });

  it('keeps a participant who joins again (a reconnect) with their ballot', () => {
    const state = run(voting(), dots('p1', { i1: 1 }), { type: 'leave', participantId: 'p1' });
    expect(refusal(state, dots('p1', { i2: 1 }))).toBe('not_a_participant');
    const back = run(state, {
      type: 'join',
      participantId: 'p1',
      name: 'Deniz',
      isFacilitator: false,
    });
    expect(back.participants.filter((participant) => participant.id === 'p1')).toHaveLength(1);
    expect(back.rounds.r1?.ballots.p1?.ballot).toEqual({ method: 'dots', dots: { i1: 1 } });
  });

  it('refuses every command from someone who has not joined (a forged participant id)', () => {
    expect(refusal(voting(), dots('intruder', { i1: 1 }))).toBe('not_a_participant');
    expect(
      refusal(voting(), { type: 'close_round', participantId: 'intruder', roundId: 'r1' }),
    ).toBe('not_a_participant');
  });
});

describe('applyCommand: brainstorm and group', () => {
  it('adds trimmed items numbered in order and refuses empty and over-long text', () => {
    const state = joinAll(workshop([{}]), 'p1');
    const result = applyCommand(state, add('p1', '  Yeşil üretim  '), T0);
    expect(result.ok && result.state.rounds.r1?.items.map((item) => [item.id, item.text])).toEqual([
      ['i1', 'Yeşil üretim'],
    ]);
    expect(result.ok && result.events).toEqual([
      { type: 'item_added', participantId: 'p1', roundId: 'r1', itemId: 'i1' },
    ]);
    expect(refusal(state, add('p1', ' \n '))).toBe('empty_text');
    expect(refusal(state, add('p1', 'x'.repeat(281)))).toBe('text_too_long');
    expect(refusal(state, add('p1', 'x'.repeat(280)))).toBeUndefined();
  });

  it('adds items in the brainstorm phase only', () => {
    const state = run(joinAll(workshop([{}]), 'p1'), advance());
    expect(refusal(state, add('p1', 'Geç kalan fikir'))).toBe('wrong_phase');
  });

  it("files items under one of the round's headings when it has headings", () => {
    const state = joinAll(
      workshop([{ categories: [{ id: 'f1', text: 'Nitelikli işgücü' }] }]),
      'p1',
    );
    expect(refusal(state, add('p1', 'CNC eğitimi'))).toBe('unknown_category');
    expect(refusal(state, add('p1', 'CNC eğitimi', { categoryId: 'f9' }))).toBe('unknown_category');
    const filed = run(state, add('p1', 'CNC eğitimi', { categoryId: 'f1' }));
    expect(filed.rounds.r1?.items[0]?.categoryId).toBe('f1');
  });

  it('lets the facilitator edit and group items, and nobody else', () => {
    let state = run(
      joinAll(workshop([{}]), 'p1'),
      add('p1', 'Ihracat'),
      add('p1', 'İhracat artışı'),
      add('p1', 'Dijital'),
    );
    expect(
      refusal(state, {
        type: 'edit_item',
        participantId: 'p1',
        roundId: 'r1',
        itemId: 'i1',
        text: 'x',
      }),
    ).toBe('not_facilitator');
    state = run(
      state,
      { type: 'edit_item', ...inRound(), itemId: 'i1', text: 'İhracat' },
      advance(),
    );
    expect(
      refusal(state, { type: 'group_items', ...inRound(), itemIds: ['i2'], intoItemId: 'i9' }),
    ).toBe('unknown_item');
    expect(
      refusal(state, { type: 'group_items', ...inRound(), itemIds: ['i1'], intoItemId: 'i1' }),
    ).toBe('unknown_item');
    state = run(state, { type: 'group_items', ...inRound(), itemIds: ['i2'], intoItemId: 'i1' });
    expect(state.rounds.r1?.items.map((item) => [item.text, item.groupId])).toEqual([
      ['İhracat', null],
      ['İhracat artışı', 'i1'],
      ['Dijital', null],
    ]);
    // Grouping a group's head carries its members along, so groups stay one level deep.
    state = run(state, { type: 'group_items', ...inRound(), itemIds: ['i1'], intoItemId: 'i3' });
    expect(state.rounds.r1?.items.map((item) => item.groupId)).toEqual(['i3', 'i3', null]);
    state = run(state, { type: 'ungroup_item', ...inRound(), itemId: 'i2' });
    expect(state.rounds.r1?.items.map((item) => item.groupId)).toEqual(['i3', null, null]);
  });

  it('lets an author remove their own item during brainstorm, and the facilitator any item', () => {
    const state = run(joinAll(workshop([{}]), 'p1', 'p2'), add('p1', 'Bir'), add('p2', 'İki'));
    expect(
      refusal(state, { type: 'remove_item', participantId: 'p2', roundId: 'r1', itemId: 'i1' }),
    ).toBe('not_author');
    const removed = run(
      state,
      { type: 'remove_item', participantId: 'p1', roundId: 'r1', itemId: 'i1' },
      { type: 'remove_item', ...inRound(), itemId: 'i2' },
    );
    expect(removed.rounds.r1?.items).toEqual([]);
  });
});

describe('applyCommand: voting', () => {
  it('accepts votes in the vote phase only', () => {
    const state = run(joinAll(workshop([{}]), 'p1'), add('p1', 'Bir'));
    expect(refusal(state, dots('p1', { i1: 1 }))).toBe('wrong_phase');
    expect(refusal(run(voting(), advance()), dots('p1', { i1: 1 }))).toBe('wrong_phase');
  });

  it('refuses more dots than allowed and an unknown item, and counts nothing for them', () => {
    const state = voting();
    expect(refusal(state, dots('p1', { i1: 2, i2: 2 }))).toBe('too_many_votes');
    expect(refusal(state, dots('p1', { i1: 3 }))).toBe('too_many_votes');
    expect(refusal(state, dots('p1', { i7: 1 }))).toBe('unknown_item');
    expect(state.rounds.r1?.ballots).toEqual({});
  });

  it("replaces a participant's ballot with their latest and lets them retract it", () => {
    let state = run(voting(), dots('p1', { i1: 2 }), dots('p1', { i2: 1 }));
    expect(Object.keys(state.rounds.r1?.ballots ?? {})).toEqual(['p1']);
    expect(state.rounds.r1?.ballots.p1?.ballot).toEqual({ method: 'dots', dots: { i2: 1 } });
    state = run(state, { type: 'retract_ballot', participantId: 'p1', roundId: 'r1' });
    expect(state.rounds.r1?.ballots).toEqual({});
    expect(refusal(state, { type: 'retract_ballot', participantId: 'p1', roundId: 'r1' })).toBe(
      'no_ballot',
    );
  });

  it('lets the facilitator vote only where the round says so', () => {
    expect(refusal(voting(), dots('f', { i1: 1 }))).toBe('not_a_voter');
    const state = voting({ voting: { method: 'dots', facilitatorVotes: true } });
    expect(whoHasNotVoted(state).map((participant) => participant.id)).toEqual([
      'f',
      'p1',
      'p2',
      'p3',
    ]);
    expect(refusal(state, dots('f', { i1: 1 }))).toBeUndefined();
  });

  it('names who has not voted, present participants only, and nobody outside the vote phase', () => {
    const state = run(voting(), dots('p2', { i1: 1 }), { type: 'leave', participantId: 'p3' });
    expect(whoHasNotVoted(state).map((participant) => participant.name)).toEqual(['p1']);
    expect(whoHasNotVoted(run(state, advance()))).toEqual([]);
  });

  it('refuses a vote after the round closed and in a round that is not the current one', () => {
    const closed = run(voting(), { type: 'close_round', ...inRound() });
    expect(refusal(closed, dots('p1', { i1: 1 }))).toBe('round_closed');
    expect(refusal(closed, advance())).toBe('round_closed');
    const twoRounds = joinAll(workshop([{}, {}]), 'p1');
    expect(refusal(twoRounds, add('p1', 'Bir', { roundId: 'r2' }))).toBe('round_not_current');
    expect(refusal(twoRounds, add('p1', 'Bir', { roundId: 'r9' }))).toBe('unknown_round');
  });
});

describe('applyCommand: moderation', () => {
  it("moves through the round's own phases and stops after the last", () => {
    const state = joinAll(workshop([{ phases: ['brainstorm', 'vote'] }]));
    const voted = run(state, advance());
    expect(voted.rounds.r1?.phase).toBe('vote');
    expect(refusal(voted, advance())).toBe('no_next_phase');
    expect(
      refusal(joinAll(workshop([{}]), 'p1'), {
        type: 'advance_phase',
        participantId: 'p1',
        roundId: 'r1',
      }),
    ).toBe('not_facilitator');
  });

  it("starts a timer ending the given or the round's seconds from now, and stops it", () => {
    const state = joinAll(workshop([{ timerSeconds: 300 }, {}]));
    const started = run(state, { type: 'start_timer', ...inRound() });
    expect(started.rounds.r1?.timer).toEqual({ startedAt: T0 + 1_000, endsAt: T0 + 301_000 });
    expect(
      run(state, { type: 'start_timer', ...inRound(), seconds: 60 }).rounds.r1?.timer?.endsAt,
    ).toBe(T0 + 61_000);
    expect(run(started, { type: 'stop_timer', ...inRound() }).rounds.r1?.timer).toBeNull();
    expect(run(started, advance()).rounds.r1?.timer).toBeNull();
    const second = run(state, { type: 'go_to_round', ...inRound('r2') });
    expect(refusal(second, { type: 'start_timer', ...inRound('r2') })).toBe('no_timer');
  });

  it('copies the chosen items of an earlier round when a round is first opened', () => {
    let state = joinAll(workshop([{}, { phases: ['vote'], itemsFrom: 'r1' }]), 'p1');
    state = run(
      state,
      add('p1', 'Bir'),
      add('p1', 'İki'),
      add('p1', 'Üç'),
      advance(),
      advance(),
      advance(),
    );
    state = run(state, { type: 'decide', ...inRound(), text: null, chosenItemIds: ['i3', 'i1'] });
    state = run(state, { type: 'go_to_round', ...inRound('r2') });
    expect(state.currentRoundId).toBe('r2');
    expect(state.rounds.r2?.items.map((item) => [item.id, item.text, item.sourceItemId])).toEqual([
      ['i1', 'Üç', 'i3'],
      ['i2', 'Bir', 'i1'],
    ]);
  });

  it('records a decision that participants confirm, and asks again when its text changes', () => {
    let state = run(voting(), advance());
    expect(refusal(state, { type: 'confirm', participantId: 'p1', roundId: 'r1' })).toBe(
      'no_decision',
    );
    expect(refusal(state, { type: 'decide', ...inRound(), text: ' ', chosenItemIds: [] })).toBe(
      'empty_text',
    );
    expect(
      refusal(state, { type: 'decide', ...inRound(), text: null, chosenItemIds: ['i8'] }),
    ).toBe('unknown_item');
    state = run(
      state,
      { type: 'decide', ...inRound(), text: 'Yeşil ve dijital bir küme', chosenItemIds: [] },
      { type: 'confirm', participantId: 'p1', roundId: 'r1' },
      { type: 'confirm', participantId: 'p1', roundId: 'r1' },
      { type: 'confirm', participantId: 'p2', roundId: 'r1' },
    );
    expect(state.rounds.r1?.confirmedBy).toEqual(['p1', 'p2']);
    state = run(state, {
      type: 'decide',
      ...inRound(),
      text: 'Yeşil, dijital ve ihracatçı bir küme',
      chosenItemIds: [],
    });
    expect(state.rounds.r1?.confirmedBy).toEqual([]);
  });

  it('starts Delphi iterations with the previous answers summarised, up to the maximum', () => {
    const delphi = {
      phases: ['vote' as const],
      items: ['Bir'],
      voting: { method: 'rating' as const, anonymous: true },
      delphi: { maxIterations: 2 },
    };
    let state = joinAll(workshop([delphi]), 'p1', 'p2');
    const rate = (participantId: string, rating: number): WorkshopCommand => ({
      type: 'vote',
      participantId,
      roundId: 'r1',
      ballot: { method: 'rating', ratings: { i1: rating } },
    });
    state = run(state, rate('p1', 2), rate('p2', 4), {
      type: 'next_delphi_iteration',
      ...inRound(),
    });
    expect(state.rounds.r1?.delphiIteration).toBe(2);
    expect(state.rounds.r1?.ballots).toEqual({});
    expect(state.rounds.r1?.delphiHistory[0]?.items[0]).toMatchObject({
      itemId: 'i1',
      count: 2,
      median: 3,
    });
    expect(refusal(state, { type: 'next_delphi_iteration', ...inRound() })).toBe('delphi_finished');
    expect(refusal(voting(), { type: 'next_delphi_iteration', ...inRound() })).toBe('not_delphi');
  });

  it('refuses a further Delphi iteration once the answers have settled, and goes on while they spread', () => {
    const delphi = {
      phases: ['vote' as const],
      items: ['Bir'],
      voting: { method: 'rating' as const, anonymous: true },
      delphi: { maxIterations: 3 },
    };
    const start = joinAll(workshop([delphi]), 'p1', 'p2');
    const rate = (participantId: string, rating: number): WorkshopCommand => ({
      type: 'vote',
      participantId,
      roundId: 'r1',
      ballot: { method: 'rating', ratings: { i1: rating } },
    });
    const next: WorkshopCommand = { type: 'next_delphi_iteration', ...inRound() };
    const agreed = run(start, rate('p1', 3), rate('p2', 3), next);
    expect(refusal(agreed, next)).toBe('delphi_settled');
    // IQR 2 then 1.5, the median moving from 3 to 2.5: neither consensus nor stable.
    const spread = run(
      start,
      rate('p1', 1),
      rate('p2', 5),
      next,
      rate('p1', 1),
      rate('p2', 4),
      next,
    );
    expect(spread.rounds.r1?.delphiIteration).toBe(3);
  });

  it('never changes the state it was given', () => {
    const state = voting();
    const before = JSON.stringify(state);
    run(state, dots('p1', { i1: 1 }), advance(), { type: 'close_round', ...inRound() });
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe('applyCommand: properties', () => {
  const participants = ['p1', 'p2', 'p3', 'p4'];
  const anyCommand = fc.oneof(
    fc
      .record({
        who: fc.constantFrom(...participants),
        counts: fc.dictionary(
          fc.constantFrom('i1', 'i2', 'i3', 'i4'),
          fc.integer({ min: -1, max: 3 }),
        ),
      })
      .map(({ who, counts }) => dots(who, counts)),
    fc.constantFrom(...participants).map((who): WorkshopCommand => ({
      type: 'retract_ballot',
      participantId: who,
      roundId: 'r1',
    })),
  );

  it("counts each participant's latest accepted ballot once, whatever the order of commands", () => {
    fc.assert(
      fc.property(fc.array(anyCommand, { maxLength: 40 }), (commands) => {
        let state = joinAll(workshop([{}]), ...participants);
        state = run(
          state,
          add('p1', 'Bir'),
          add('p1', 'İki'),
          add('p1', 'Üç'),
          advance(),
          advance(),
        );
        const latest = new Map<string, Record<string, number>>();
        for (const command of commands) {
          const result = applyCommand(state, command, T0);
          if (!result.ok) continue;
          state = result.state;
          if (command.type === 'vote' && command.ballot.method === 'dots')
            latest.set(command.participantId, command.ballot.dots);
          if (command.type === 'retract_ballot') latest.delete(command.participantId);
        }
        const ballots = state.rounds.r1?.ballots ?? {};
        expect(Object.keys(ballots).sort()).toEqual([...latest.keys()].sort());
        for (const [who, counts] of latest)
          expect(ballots[who]?.ballot).toEqual({ method: 'dots', dots: counts });
      }),
      { numRuns: 200 },
    );
  });
});
