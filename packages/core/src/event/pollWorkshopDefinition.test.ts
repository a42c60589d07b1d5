// The Information Day's polls as a workshop: one poll round per question, and its results from
// the folded state, choices in the order asked.

import { describe, expect, it } from 'vitest';
import { replayCommands } from '../workshop/replayCommands';
import type { WorkshopCommand } from '../workshop/workshopCommand';
import { pollResults } from './pollResults';
import { eventPollsSchema, pollWorkshopDefinition } from './pollWorkshopDefinition';

const polls = [
  { question: 'Kümeye katılır mısınız?', choices: ['Evet', 'Hayır', 'Kararsızım'] },
  { question: 'En önemli ihtiyaç?', choices: ['Nitelikli işgücü', 'Finansman'] },
];

describe('eventPollsSchema', () => {
  it('refuses choices that differ only in case or spaces, a single choice and no polls', () => {
    const issues = (body: unknown) =>
      eventPollsSchema.safeParse(body).error?.issues.map((issue) => issue.path.join('.'));
    expect(issues({ polls: [{ question: 'Q', choices: ['Evet', ' evet'] }] })).toEqual([
      'polls.0.choices',
    ]);
    expect(issues({ polls: [{ question: 'Q', choices: ['Evet'] }] })).toEqual(['polls.0.choices']);
    expect(issues({ polls: [] })).toEqual(['polls']);
    expect(issues({ polls })).toBeUndefined();
  });
});

describe('pollWorkshopDefinition', () => {
  it('makes one anonymous single-dot vote round per poll with totals shown', () => {
    const definition = pollWorkshopDefinition('Bilgilendirme Günü', polls);
    expect(definition.templateId).toBe('custom');
    expect(definition.title).toEqual({
      tr: 'Bilgilendirme Günü: anketler',
      en: 'Bilgilendirme Günü: polls',
    });
    expect(definition.anonymousJoin).toBe(true);
    expect(definition.rounds).toHaveLength(2);
    expect(definition.rounds[0]).toMatchObject({
      id: 'poll-1',
      kind: 'poll',
      phases: ['vote'],
      items: ['Evet', 'Hayır', 'Kararsızım'],
      voting: {
        method: 'dots',
        dotsPerPerson: 1,
        maxDotsPerItem: 1,
        anonymous: true,
        totalsHidden: false,
      },
    });
  });
});

describe('pollResults', () => {
  it('counts each guest once, by their latest ballot, choices in the order asked', () => {
    const definition = pollWorkshopDefinition('Gün', polls);
    const join = (participantId: string): WorkshopCommand => ({
      type: 'join',
      participantId,
      name: null,
      isFacilitator: false,
    });
    const vote = (participantId: string, item: string): WorkshopCommand => ({
      type: 'vote',
      participantId,
      roundId: 'poll-1',
      ballot: { method: 'dots', dots: { [item]: 1 } },
    });
    const log = [
      join('a'),
      join('b'),
      join('c'),
      vote('a', 'i2'),
      vote('b', 'i2'),
      vote('c', 'i1'),
      vote('c', 'i2'),
    ];
    const state = replayCommands(
      definition,
      0,
      log.map((command, at) => ({ command, at: at + 1 })),
    );
    expect(pollResults(state)).toEqual([
      {
        roundId: 'poll-1',
        question: 'Kümeye katılır mısınız?',
        choices: [
          { text: 'Evet', votes: 0 },
          { text: 'Hayır', votes: 3 },
          { text: 'Kararsızım', votes: 0 },
        ],
        voters: 3,
      },
      {
        roundId: 'poll-2',
        question: 'En önemli ihtiyaç?',
        choices: [
          { text: 'Nitelikli işgücü', votes: 0 },
          { text: 'Finansman', votes: 0 },
        ],
        voters: 0,
      },
    ]);
  });
});
