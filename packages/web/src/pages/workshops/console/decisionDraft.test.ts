// Tests of decisionDraft: what the decide form starts with.

import { describe, expect, it } from 'vitest';
import { type RoundView, workshopTemplate } from '@kume/core';
import { decisionDraft } from './decisionDraft';

const visionRound = workshopTemplate('vision').rounds[0];
const factorsRound = workshopTemplate('key_success_factors').rounds[0];

function round(overrides: Partial<RoundView>): RoundView {
  return {
    roundId: 'vision',
    phase: 'decide',
    closed: false,
    timer: null,
    items: [],
    myBallot: null,
    ballotsCast: 0,
    notVoted: [],
    results: null,
    revealed: false,
    namedBallots: [],
    decision: null,
    confirmedCount: 0,
    confirmedByMe: false,
    delphi: null,
    ...overrides,
  };
}

const dots: RoundView['results'] = {
  method: 'dots',
  ballots: 2,
  items: [
    { itemId: 'i2', text: 'A green export hub', total: 5, voters: 2 },
    { itemId: 'i1', text: 'Skills first', total: 1, voters: 1 },
    { itemId: 'i3', text: 'Nobody liked this', total: 0, voters: 0 },
  ],
};

describe('decisionDraft', () => {
  it('prefills a vision round with the most voted statement and the voted items', () => {
    if (!visionRound) throw new Error('no vision round');
    expect(decisionDraft(visionRound, round({ results: dots }))).toEqual({
      text: 'A green export hub',
      chosenItemIds: ['i2', 'i1'],
    });
  });

  it('leaves the text empty outside vision rounds', () => {
    if (!factorsRound) throw new Error('no factors round');
    expect(decisionDraft(factorsRound, round({ results: dots })).text).toBe('');
  });

  it('starts from the decision already made', () => {
    if (!visionRound) throw new Error('no vision round');
    const decision = { text: 'Edited vision', chosenItemIds: ['i1'], decidedAt: 1 };
    expect(decisionDraft(visionRound, round({ results: dots, decision }))).toEqual({
      text: 'Edited vision',
      chosenItemIds: ['i1'],
    });
  });

  it('is empty when nobody voted', () => {
    if (!visionRound) throw new Error('no vision round');
    expect(decisionDraft(visionRound, round({}))).toEqual({ text: '', chosenItemIds: [] });
  });
});
