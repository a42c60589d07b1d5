// The three built-in workshops run through the reducer, and what each gives the project: the
// confirmed vision, weighted factors in their quadrants, ranked skills gaps. Also the replay.

import { describe, expect, it } from 'vitest';
import { applyCommand } from './applyCommand';
import type { Ballot } from './ballot';
import { replayCommands } from './replayCommands';
import type { WorkshopCommand } from './workshopCommand';
import { createWorkshopState, type WorkshopState } from './workshopState';
import { workshopResults } from './workshopResults';
import {
  type BuiltInTemplateId,
  workshopTemplate,
  type WorkshopTemplateOptions,
} from './workshopTemplates';

type Step = WorkshopCommand | ((state: WorkshopState) => WorkshopCommand);

function start(templateId: BuiltInTemplateId, options?: WorkshopTemplateOptions): WorkshopState {
  const state = createWorkshopState(workshopTemplate(templateId, options), 0);
  return run(
    state,
    { type: 'join', participantId: 'f', name: 'Moderatör', isFacilitator: true },
    { type: 'join', participantId: 'p1', name: 'Elif', isFacilitator: false },
    { type: 'join', participantId: 'p2', name: 'Murat', isFacilitator: false },
  );
}

function run(state: WorkshopState, ...steps: Step[]): WorkshopState {
  return steps.reduce((current, step) => {
    const command = typeof step === 'function' ? step(current) : step;
    const result = applyCommand(current, command, 0);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.code}`);
    return result.state;
  }, state);
}

const f = (type: 'advance_phase' | 'go_to_round', roundId: string): WorkshopCommand => ({
  type,
  participantId: 'f',
  roundId,
});
const add = (
  participantId: string,
  roundId: string,
  text: string,
  categoryId?: string,
): WorkshopCommand => ({
  type: 'add_item',
  participantId,
  roundId,
  text,
  ...(categoryId ? { categoryId } : {}),
});
const vote = (participantId: string, roundId: string, ballot: Ballot): WorkshopCommand => ({
  type: 'vote',
  participantId,
  roundId,
  ballot,
});
const decide = (
  roundId: string,
  text: string | null,
  chosenItemIds: string[],
): WorkshopCommand => ({
  type: 'decide',
  participantId: 'f',
  roundId,
  text,
  chosenItemIds,
});
const rate = (participantId: string, roundId: string, ratings: Record<string, number>) =>
  vote(participantId, roundId, { method: 'rating', ratings });

describe('workshopResults', () => {
  it('gives the vision text the facilitator decided and how many confirmed it', () => {
    const state = run(
      start('vision'),
      add('p1', 'vision', 'Yeşil dönüşümde öncü'),
      add('p2', 'vision', 'İhracatta lider'),
      f('advance_phase', 'vision'),
      f('advance_phase', 'vision'),
      vote('p1', 'vision', { method: 'dots', dots: { i1: 3, i2: 2 } }),
      f('advance_phase', 'vision'),
      decide('vision', 'Yeşil dönüşümde öncü, ihracatta lider bir küme', ['i1', 'i2']),
      { type: 'confirm', participantId: 'p1', roundId: 'vision' },
      { type: 'confirm', participantId: 'p2', roundId: 'vision' },
    );
    expect(workshopResults(state)).toEqual({
      vision: { text: 'Yeşil dönüşümde öncü, ihracatta lider bir küme', confirmedBy: 2 },
      factors: [],
      skills: [],
    });
  });

  it('weights the chosen success factors by AHP and places them by mean performance', () => {
    const judge: Ballot = {
      method: 'pairwise',
      judgements: [
        { a: 'i1', b: 'i2', value: 2 },
        { a: 'i1', b: 'i3', value: 4 },
        { a: 'i2', b: 'i3', value: 2 },
      ],
    };
    const state = run(
      start('key_success_factors'),
      add('p1', 'factors', 'Nitelikli işgücü'),
      add('p2', 'factors', 'İhracat'),
      add('p1', 'factors', 'Lojistik'),
      add('p2', 'factors', 'Fuarlar'),
      f('advance_phase', 'factors'),
      f('advance_phase', 'factors'),
      f('advance_phase', 'factors'),
      decide('factors', null, ['i1', 'i2', 'i3']),
      f('go_to_round', 'weighting'),
      vote('p1', 'weighting', judge),
      vote('p2', 'weighting', judge),
      f('go_to_round', 'performance'),
      rate('p1', 'performance', { i1: 2, i2: 4, i3: 3 }),
      rate('p2', 'performance', { i1: 2, i2: 4, i3: 1 }),
    );
    const { factors } = workshopResults(state);
    expect(
      factors.map(({ id, text, performance, quadrant }) => [id, text, performance, quadrant]),
    ).toEqual([
      ['i1', 'Nitelikli işgücü', 2, 'concentrate_here'],
      ['i2', 'İhracat', 4, 'possible_overkill'],
      ['i3', 'Lojistik', 2, 'low_priority'],
    ]);
    factors.forEach((factor, index) =>
      expect(factor.weight).toBeCloseTo([4 / 7, 2 / 7, 1 / 7][index] ?? 0, 9),
    );
  });

  it('ranks the skills listed under success factors by importance times gap', () => {
    const state = run(
      start('requisite_skills', { factors: [{ id: 'ksf-1', text: 'Nitelikli işgücü' }] }),
      add('p1', 'skills', 'CNC programlama', 'ksf-1'),
      add('p2', 'skills', 'Kaynak', 'ksf-1'),
      f('advance_phase', 'skills'),
      f('advance_phase', 'skills'),
      decide('skills', null, ['i2', 'i1']),
      // The rating rounds copy the chosen skills in the decided order: there i1 is Kaynak, i2 CNC.
      f('go_to_round', 'skill_importance'),
      rate('p1', 'skill_importance', { i1: 3, i2: 5 }),
      rate('p2', 'skill_importance', { i1: 3, i2: 5 }),
      f('go_to_round', 'skill_current'),
      rate('p1', 'skill_current', { i1: 3, i2: 2 }),
      f('go_to_round', 'skill_required'),
      rate('p1', 'skill_required', { i1: 4, i2: 5 }),
    );
    expect(workshopResults(state).skills).toEqual([
      {
        factorId: 'ksf-1',
        text: 'CNC programlama',
        importance: 5,
        current: 2,
        required: 5,
        gap: 3,
        priority: 15,
        rank: 1,
      },
      {
        factorId: 'ksf-1',
        text: 'Kaynak',
        importance: 3,
        current: 3,
        required: 4,
        gap: 1,
        priority: 3,
        rank: 2,
      },
    ]);
  });

  it('gives nothing for parts the workshop has not reached', () => {
    expect(workshopResults(start('key_success_factors'))).toEqual({
      vision: null,
      factors: [],
      skills: [],
    });
  });
});

describe('replayCommands', () => {
  it('rebuilds the same state from the command log, refused commands changing nothing', () => {
    const definition = workshopTemplate('vision');
    const log: WorkshopCommand[] = [
      { type: 'join', participantId: 'f', name: 'Moderatör', isFacilitator: true },
      { type: 'join', participantId: 'p1', name: 'Elif', isFacilitator: false },
      add('p1', 'vision', 'Yeşil dönüşüm'),
      add('intruder', 'vision', 'Sahte'),
      f('advance_phase', 'vision'),
      add('p1', 'vision', 'Geç kalan'),
    ];
    let live = createWorkshopState(definition, 0);
    for (const command of log) {
      const result = applyCommand(live, command, 5);
      if (result.ok) live = result.state;
    }
    const replayed = replayCommands(
      definition,
      0,
      log.map((command) => ({ command, at: 5 })),
    );
    expect(replayed).toEqual(live);
    expect(replayed.rounds.vision?.items.map((item) => item.text)).toEqual(['Yeşil dönüşüm']);
  });
});
