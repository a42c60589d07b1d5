// Tests of inconsistentJudgement: the pair read with the more important item first.

import { describe, expect, it } from 'vitest';
import { inconsistentJudgement } from './inconsistentJudgement';

const itemA = { id: 'i1', text: 'Export' };
const itemB = { id: 'i2', text: 'Skills' };

describe('inconsistentJudgement', () => {
  it('is null without a warning', () => {
    expect(inconsistentJudgement(null)).toBeNull();
  });

  it('keeps the order when A was judged more important', () => {
    expect(inconsistentJudgement({ itemA, itemB, judged: 5, implied: 1.25 })).toEqual({
      more: 'Export',
      less: 'Skills',
      judged: 5,
      implied: 1.25,
    });
  });

  it('turns a judgement below 1 round, inverting both factors', () => {
    expect(inconsistentJudgement({ itemA, itemB, judged: 1 / 4, implied: 2 })).toEqual({
      more: 'Skills',
      less: 'Export',
      judged: 4,
      implied: 0.5,
    });
  });
});
