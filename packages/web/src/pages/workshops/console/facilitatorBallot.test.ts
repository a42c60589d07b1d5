// Tests of facilitatorBallot: the console's ballot appears only in a vote the facilitator is in.

import { roundDefinitionSchema } from '@kume/core';
import { describe, expect, it } from 'vitest';
import { facilitatorBallot } from './facilitatorBallot';

const round = (facilitatorVotes: boolean | null) =>
  roundDefinitionSchema.parse({
    id: 'r1',
    kind: 'free',
    title: { tr: 'Tur', en: 'Round' },
    prompt: { tr: 'Soru', en: 'Question' },
    ...(facilitatorVotes === null
      ? { phases: ['brainstorm', 'decide'] }
      : {
          phases: ['brainstorm', 'vote', 'decide'],
          voting: { method: 'dots', facilitatorVotes },
        }),
  });

describe('facilitatorBallot', () => {
  it('gives the facilitator a ballot in the vote phase of a round that counts them', () => {
    expect(facilitatorBallot(round(true), { phase: 'vote', closed: false })).toBe('ballot');
  });

  it('says the facilitator abstains in the vote phase of a round that does not count them', () => {
    expect(facilitatorBallot(round(false), { phase: 'vote', closed: false })).toBe('abstains');
  });

  it('shows nothing outside the vote phase, after the round closed, or in a round without a vote', () => {
    expect(facilitatorBallot(round(true), { phase: 'brainstorm', closed: false })).toBe('none');
    expect(facilitatorBallot(round(true), { phase: 'vote', closed: true })).toBe('none');
    expect(facilitatorBallot(round(null), { phase: 'vote', closed: false })).toBe('none');
  });
});
