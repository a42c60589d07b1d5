// The three built-in workshops: valid definitions, both languages filled, the options honoured.

import { describe, expect, it } from 'vitest';
import { isComplete } from '../survey/localText';
import { BUILT_IN_TEMPLATE_IDS, workshopTemplate } from './workshopTemplates';

describe('workshopTemplate', () => {
  it('gives every built-in workshop a title and rounds in Turkish and English', () => {
    for (const templateId of BUILT_IN_TEMPLATE_IDS) {
      const workshop = workshopTemplate(templateId);
      expect(workshop.templateId).toBe(templateId);
      expect(isComplete(workshop.title)).toBe(true);
      expect(
        workshop.rounds.every((round) => isComplete(round.title) && isComplete(round.prompt)),
      ).toBe(true);
    }
  });

  it('runs the vision workshop as brainstorm, group, dot vote and decide', () => {
    const [round] = workshopTemplate('vision').rounds;
    expect(round?.phases).toEqual(['brainstorm', 'group', 'vote', 'decide']);
    expect(round?.voting?.method).toBe('dots');
    expect(round?.result).toBe('vision');
  });

  it('collects success factors, weights them by pairwise comparison or points, then rates performance 1-5', () => {
    const pairwise = workshopTemplate('key_success_factors');
    expect(
      pairwise.rounds.map((round) => [round.result, round.voting?.method, round.itemsFrom]),
    ).toEqual([
      ['factors', 'dots', undefined],
      ['factor_weight', 'pairwise', 'factors'],
      ['factor_performance', 'rating', 'factors'],
    ]);
    expect(
      workshopTemplate('key_success_factors', { weighting: 'points' }).rounds[1]?.voting?.method,
    ).toBe('points');
  });

  it('lets the facilitator vote in every voting round only when asked to', () => {
    for (const templateId of BUILT_IN_TEMPLATE_IDS) {
      const voting = (facilitatorVotes?: boolean) =>
        workshopTemplate(
          templateId,
          facilitatorVotes === undefined ? {} : { facilitatorVotes },
        ).rounds.flatMap((round) => (round.voting ? [round.voting.facilitatorVotes] : []));
      expect(voting().length).toBeGreaterThan(0);
      expect(voting()).not.toContain(true);
      expect(voting(true)).not.toContain(false);
      expect(voting(false)).not.toContain(true);
    }
  });

  it("lists skills under the project's success factors and rates importance, current and required levels", () => {
    const workshop = workshopTemplate('requisite_skills', {
      factors: [{ id: 'f1', text: 'Nitelikli işgücü' }],
    });
    expect(workshop.rounds[0]?.categories).toEqual([{ id: 'f1', text: 'Nitelikli işgücü' }]);
    expect(workshop.rounds.slice(1).map((round) => [round.result, round.voting?.scale])).toEqual([
      ['skill_importance', { min: 1, max: 5 }],
      ['skill_current', { min: 1, max: 5 }],
      ['skill_required', { min: 1, max: 5 }],
    ]);
  });
});

describe('the Delphi template', () => {
  it('rates the given items 1-5 anonymously with totals hidden, in 3 iterations unless told', () => {
    const workshop = workshopTemplate('delphi', { items: ['Nitelikli işgücü', 'İhracat'] });
    expect(workshop.anonymousJoin).toBe(true);
    expect(workshop.rounds).toHaveLength(1);
    const [round] = workshop.rounds;
    expect(round?.phases).toEqual(['vote']);
    expect(round?.items).toEqual(['Nitelikli işgücü', 'İhracat']);
    expect(round?.voting).toMatchObject({
      method: 'rating',
      scale: { min: 1, max: 5 },
      anonymous: true,
      totalsHidden: true,
    });
    expect(round?.delphi?.maxIterations).toBe(3);
    expect(
      workshopTemplate('delphi', { items: ['Bir'], maxIterations: 4 }).rounds[0]?.delphi
        ?.maxIterations,
    ).toBe(4);
  });

  it('refuses fewer than 2 or more than 4 iterations', () => {
    expect(() => workshopTemplate('delphi', { items: ['Bir'], maxIterations: 1 })).toThrow();
    expect(() => workshopTemplate('delphi', { items: ['Bir'], maxIterations: 5 })).toThrow();
  });

  it('lets the group list the items first when none are given', () => {
    const [round] = workshopTemplate('delphi').rounds;
    expect(round?.phases).toEqual(['brainstorm', 'vote']);
    expect(round?.items).toBeUndefined();
  });

  it('keeps the other templates open to named joins', () => {
    expect(workshopTemplate('vision').anonymousJoin).toBe(false);
  });
});
