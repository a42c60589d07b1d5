// The workshop definition schemas: phases in order, voting where there is a vote, round references.

import { describe, expect, it } from 'vitest';
import {
  roundDefinitionSchema,
  votingConfigSchema,
  workshopDefinitionSchema,
} from './workshopModel';

const text = { tr: 'Başlık', en: 'Title' };
const round = {
  id: 'r1',
  title: text,
  prompt: text,
  kind: 'poll',
  phases: ['vote'],
  voting: { method: 'dots' },
};

describe('votingConfigSchema', () => {
  it('fills the defaults: 5 dots, 3 per item, 100 points, a 1-5 scale, named, totals hidden, facilitator not voting', () => {
    expect(votingConfigSchema.parse({ method: 'dots' })).toEqual({
      method: 'dots',
      dotsPerPerson: 5,
      maxDotsPerItem: 3,
      points: 100,
      scale: { min: 1, max: 5 },
      anonymous: false,
      totalsHidden: true,
      facilitatorVotes: false,
    });
  });

  it('refuses more dots per item than per person and a scale whose min is not below its max', () => {
    expect(
      votingConfigSchema.safeParse({ method: 'dots', dotsPerPerson: 2, maxDotsPerItem: 3 }).success,
    ).toBe(false);
    expect(
      votingConfigSchema.safeParse({ method: 'rating', scale: { min: 5, max: 5 } }).success,
    ).toBe(false);
  });
});

describe('roundDefinitionSchema', () => {
  it('accepts phases that skip some but keep the order brainstorm, group, vote, decide', () => {
    expect(
      roundDefinitionSchema.safeParse({ ...round, phases: ['brainstorm', 'vote', 'decide'] })
        .success,
    ).toBe(true);
    expect(
      roundDefinitionSchema.safeParse({ ...round, phases: ['vote', 'brainstorm'] }).success,
    ).toBe(false);
    expect(roundDefinitionSchema.safeParse({ ...round, phases: ['vote', 'vote'] }).success).toBe(
      false,
    );
    expect(roundDefinitionSchema.safeParse({ ...round, phases: [] }).success).toBe(false);
  });

  it('requires voting for a vote phase and makes a Delphi round an anonymous rating round', () => {
    expect(roundDefinitionSchema.safeParse({ ...round, voting: undefined }).success).toBe(false);
    expect(roundDefinitionSchema.safeParse({ ...round, delphi: {} }).success).toBe(false);
    const delphi = { ...round, voting: { method: 'rating', anonymous: true }, delphi: {} };
    expect(roundDefinitionSchema.parse(delphi).delphi).toEqual({
      maxIterations: 4,
      iqrThreshold: 1,
      medianChangeThreshold: 0.5,
    });
    expect(
      roundDefinitionSchema.safeParse({ ...delphi, delphi: { maxIterations: 5 } }).success,
    ).toBe(false);
  });
});

describe('workshopDefinitionSchema', () => {
  const workshop = { templateId: 'custom', title: text, rounds: [round] };

  it('refuses duplicate round ids and itemsFrom naming a later or unknown round', () => {
    expect(workshopDefinitionSchema.safeParse(workshop).success).toBe(true);
    expect(
      workshopDefinitionSchema.safeParse({ ...workshop, rounds: [round, round] }).success,
    ).toBe(false);
    const copying = { ...round, id: 'r2', itemsFrom: 'r1' };
    expect(
      workshopDefinitionSchema.safeParse({ ...workshop, rounds: [round, copying] }).success,
    ).toBe(true);
    expect(
      workshopDefinitionSchema.safeParse({ ...workshop, rounds: [copying, round] }).success,
    ).toBe(false);
  });
});
