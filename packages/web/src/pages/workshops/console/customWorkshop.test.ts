// Tests of customWorkshopDefinition: what it builds is a valid workshop definition.

import { describe, expect, it } from 'vitest';
import { workshopDefinitionSchema } from '@kume/core';
import { customWorkshopDefinition } from './customWorkshop';

describe('customWorkshopDefinition', () => {
  it('builds a valid definition with a vote phase only for rounds that vote', () => {
    const definition = workshopDefinitionSchema.parse(
      customWorkshopDefinition(' Strategy day ', [
        { title: 'Ideas', prompt: 'What should we try?', method: 'dots' },
        { title: 'Notes', prompt: 'Anything else?', method: 'none' },
      ]),
    );
    expect(definition.title).toEqual({ tr: 'Strategy day', en: 'Strategy day' });
    expect(
      definition.rounds.map((round) => [round.id, round.phases, round.voting?.method]),
    ).toEqual([
      ['r1', ['brainstorm', 'group', 'vote', 'decide'], 'dots'],
      ['r2', ['brainstorm', 'group', 'decide'], undefined],
    ]);
  });

  it('lets the facilitator vote in the voting rounds only when asked to', () => {
    const rounds = [{ title: 'Ideas', prompt: 'p', method: 'dots' as const }];
    expect(customWorkshopDefinition('W', rounds).rounds[0]?.voting?.facilitatorVotes).toBe(false);
    expect(customWorkshopDefinition('W', rounds, true).rounds[0]?.voting?.facilitatorVotes).toBe(
      true,
    );
  });

  it('numbers a round without a title', () => {
    const definition = customWorkshopDefinition('W', [
      { title: '', prompt: 'p', method: 'rating' },
    ]);
    expect(definition.rounds[0]?.title).toEqual({ tr: '1', en: '1' });
  });
});
