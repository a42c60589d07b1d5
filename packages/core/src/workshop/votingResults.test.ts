// Results per voting method: totals, voter counts, rating spread, Borda counts and AHP weights
// through the reducer, with Saaty's published house example as the pairwise check.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahpWeights } from './ahp';
import { applyCommand } from './applyCommand';
import type { Ballot } from './ballot';
import { tallyBallots, votingResults } from './votingResults';
import { votingConfigSchema, type VotingMethod, workshopDefinitionSchema } from './workshopModel';
import {
  createWorkshopState,
  type StoredBallot,
  type WorkshopItem,
  type WorkshopState,
} from './workshopState';

const items: WorkshopItem[] = ['a', 'b', 'c'].map((id) => ({
  id,
  text: `Item ${id}`,
  authorId: null,
  categoryId: null,
  groupId: null,
  sourceItemId: null,
  createdAt: 0,
}));

function tally(method: VotingMethod, ballots: Ballot[]) {
  const stored: StoredBallot[] = ballots.map((ballot, index) => ({
    participantId: `p${index + 1}`,
    ballot,
    castAt: 0,
  }));
  return tallyBallots(votingConfigSchema.parse({ method }), stored, items);
}

/** A vote-phase round over three items a/b/c (poll options) with participants p1..pn. */
function pollState(method: VotingMethod, participants: number): WorkshopState {
  const definition = workshopDefinitionSchema.parse({
    templateId: 'custom',
    title: { tr: 'Anket', en: 'Poll' },
    rounds: [
      {
        id: 'poll',
        title: { tr: 'Anket', en: 'Poll' },
        prompt: { tr: 'Seçin', en: 'Choose' },
        kind: 'poll',
        phases: ['vote'],
        items: ['Size', 'Transport', 'Neighbourhood'],
        voting: { method },
      },
    ],
  });
  let state = createWorkshopState(definition, 0);
  for (let n = 1; n <= participants; n += 1) {
    const result = applyCommand(
      state,
      { type: 'join', participantId: `p${n}`, name: `P${n}`, isFacilitator: false },
      0,
    );
    if (result.ok) state = result.state;
  }
  return state;
}

describe('votingResults: dots and points', () => {
  it('totals dots per item with the number of voters, highest first and ties in item order', () => {
    const result = tally('dots', [
      { method: 'dots', dots: { a: 1, c: 2 } },
      { method: 'dots', dots: { b: 3, c: 0 } },
      { method: 'dots', dots: { a: 2 } },
    ]);
    expect(result).toEqual({
      method: 'dots',
      ballots: 3,
      items: [
        { itemId: 'a', text: 'Item a', total: 3, voters: 2 },
        { itemId: 'b', text: 'Item b', total: 3, voters: 1 },
        { itemId: 'c', text: 'Item c', total: 2, voters: 1 },
      ],
    });
  });

  it('gives point totals equal to the number of ballots times the budget, however often people re-vote', () => {
    const allocation = fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
      .map(([x, y]) => ({
        a: Math.min(x, y),
        b: Math.max(x, y) - Math.min(x, y),
        c: 100 - Math.max(x, y),
      }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), allocation), { maxLength: 30 }),
        (votes) => {
          let state = pollState('points', 5);
          for (const [who, points] of votes) {
            const result = applyCommand(
              state,
              {
                type: 'vote',
                participantId: `p${who}`,
                roundId: 'poll',
                ballot: { method: 'points', points: { i1: points.a, i2: points.b, i3: points.c } },
              },
              0,
            );
            expect(result.ok).toBe(true);
            if (result.ok) state = result.state;
          }
          const result = votingResults(state, 'poll');
          const voters = new Set(votes.map(([who]) => who)).size;
          expect(result?.ballots).toBe(voters);
          const total =
            result?.method === 'points'
              ? result.items.reduce((sum, row) => sum + row.total, 0)
              : -1;
          expect(total).toBe(voters * 100);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('votingResults: ratings', () => {
  it('gives mean, population standard deviation, spread relative to the scale and dissent above 0.3', () => {
    const result = tally('rating', [
      { method: 'rating', ratings: { a: 1, b: 3 } },
      { method: 'rating', ratings: { a: 5, b: 4 } },
      { method: 'rating', ratings: { a: 1, b: 3 } },
      { method: 'rating', ratings: { a: 5 } },
    ]);
    if (result.method !== 'rating') throw new Error(result.method);
    expect(result.items[0]).toEqual({
      itemId: 'a',
      text: 'Item a',
      count: 4,
      mean: 3,
      sd: 2,
      normalisedSd: 0.5,
      dissent: true,
    });
    expect(result.items[1]?.count).toBe(3);
    expect(result.items[1]?.mean).toBeCloseTo(10 / 3, 12);
    expect(result.items[1]?.sd).toBeCloseTo(Math.sqrt(2 / 9), 12);
    expect(result.items[1]?.dissent).toBe(false);
    expect(result.items[2]).toMatchObject({
      count: 0,
      mean: null,
      sd: null,
      normalisedSd: null,
      dissent: false,
    });
  });
});

describe('votingResults: rankings', () => {
  it('gives Borda counts, n - 1 for a first place down to 0 for the last, ties in item order', () => {
    const result = tally('ranking', [
      { method: 'ranking', ranking: ['a', 'b', 'c'] },
      { method: 'ranking', ranking: ['b', 'a', 'c'] },
      { method: 'ranking', ranking: ['a', 'c', 'b'] },
    ]);
    expect(
      result.method === 'ranking' && result.items.map((row) => [row.itemId, row.score]),
    ).toEqual([
      ['a', 5],
      ['b', 3],
      ['c', 1],
    ]);
    const tie = tally('ranking', [
      { method: 'ranking', ranking: ['c', 'b', 'a'] },
      { method: 'ranking', ranking: ['a', 'b', 'c'] },
    ]);
    expect(tie.method === 'ranking' && tie.items.map((row) => row.itemId)).toEqual(['a', 'b', 'c']);
  });
});

describe('votingResults: pairwise comparison', () => {
  const judge = (ab: number, ac: number, bc: number): Ballot => ({
    method: 'pairwise',
    judgements: [
      { a: 'a', b: 'b', value: ab },
      { a: 'a', b: 'c', value: ac },
      { a: 'b', b: 'c', value: bc },
    ],
  });

  it("gives Saaty's (1990) house-size weights .754 .181 .065 and warns at CR 0.117 naming the worst judgement", () => {
    const result = tally('pairwise', [judge(6, 8, 4)]);
    if (result.method !== 'pairwise') throw new Error(result.method);
    expect(result.items.map((row) => Number(row.weight?.toFixed(3)))).toEqual([
      0.754, 0.181, 0.065,
    ]);
    expect(Number(result.consistencyRatio?.toFixed(3))).toBe(0.117);
    const worst = ahpWeights([
      [1, 6, 8],
      [1 / 6, 1, 4],
      [1 / 8, 1 / 4, 1],
    ]).mostInconsistent;
    const ids = ['a', 'b', 'c'];
    expect(result.warning).toEqual({
      itemA: { id: ids[worst?.row ?? -1], text: `Item ${ids[worst?.row ?? -1]}` },
      itemB: { id: ids[worst?.column ?? -1], text: `Item ${ids[worst?.column ?? -1]}` },
      judged: expect.closeTo(worst?.judged ?? 0, 9),
      implied: expect.closeTo(worst?.implied ?? 0, 9),
    });
    expect(result.participants).toEqual([
      { participantId: 'p1', consistencyRatio: expect.closeTo(result.consistencyRatio ?? 0, 9) },
    ]);
  });

  it("combines participants by geometric mean and reports each one's consistency", () => {
    // Cell by cell: sqrt(2 x 8) = 4, sqrt(8 x 1/2) = 2, sqrt(4 x 4) = 4.
    const result = tally('pairwise', [judge(2, 8, 4), judge(8, 1 / 2, 4)]);
    if (result.method !== 'pairwise') throw new Error(result.method);
    const combined = tally('pairwise', [judge(4, 2, 4)]);
    if (combined.method !== 'pairwise') throw new Error(combined.method);
    expect(result.items.map((row) => row.itemId)).toEqual(combined.items.map((row) => row.itemId));
    result.items.forEach((row, index) =>
      expect(row.weight).toBeCloseTo(combined.items[index]?.weight ?? 0, 9),
    );
    expect(result.participants.map((entry) => entry.participantId)).toEqual(['p1', 'p2']);
    expect(result.participants[0]?.consistencyRatio).toBeCloseTo(0, 9);
    expect(result.participants[1]?.consistencyRatio).toBeGreaterThan(0.1);
  });

  it('gives no weights and no warning for consistent judgements of nobody', () => {
    const empty = tally('pairwise', []);
    expect(empty).toMatchObject({ ballots: 0, consistencyRatio: null, warning: null });
    const consistent = tally('pairwise', [judge(2, 4, 2)]);
    if (consistent.method !== 'pairwise') throw new Error(consistent.method);
    expect(consistent.warning).toBeNull();
    expect(consistent.items.map((row) => row.weight)).toEqual(
      [4 / 7, 2 / 7, 1 / 7].map((w) => expect.closeTo(w, 12)),
    );
  });
});
