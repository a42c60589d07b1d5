// Tests of resultBars: labels and order of the bars of each voting method.

import { describe, expect, it } from 'vitest';
import type { PairwiseResult, RankingResult, TallyResult } from '@kume/core';
import { resultBars } from './resultBars';

const format = {
  number: (value: number | null | undefined, options?: Intl.NumberFormatOptions) =>
    value === null || value === undefined
      ? ''
      : new Intl.NumberFormat('en-GB', options).format(value),
  percent: (value: number | null | undefined) =>
    value === null || value === undefined
      ? ''
      : new Intl.NumberFormat('en-GB', { style: 'percent' }).format(value),
};

describe('resultBars', () => {
  it('labels dot totals with their count and share of all dots, in the order given', () => {
    const result: TallyResult = {
      method: 'dots',
      ballots: 3,
      items: [
        { itemId: 'i2', text: 'Export', total: 6, voters: 3 },
        { itemId: 'i1', text: 'Skills', total: 2, voters: 1 },
      ],
    };
    expect(resultBars(result, format)).toEqual([
      { name: 'Export', value: 6, label: '6 (75%)' },
      { name: 'Skills', value: 2, label: '2 (25%)' },
    ]);
  });

  it('gives a 0% share when no dot was placed', () => {
    const result: TallyResult = {
      method: 'points',
      ballots: 0,
      items: [{ itemId: 'i1', text: 'A', total: 0, voters: 0 }],
    };
    expect(resultBars(result, format)[0]?.label).toBe('0 (0%)');
  });

  it('labels Borda scores with the score', () => {
    const result: RankingResult = {
      method: 'ranking',
      ballots: 2,
      items: [{ itemId: 'i1', text: 'A', score: 3 }],
    };
    expect(resultBars(result, format)).toEqual([{ name: 'A', value: 3, label: '3' }]);
  });

  it('shows pairwise weights as percentages and an empty bar before any ballot', () => {
    const base: Omit<PairwiseResult, 'items'> = {
      method: 'pairwise',
      ballots: 1,
      lambdaMax: 2,
      consistencyIndex: 0,
      consistencyRatio: 0,
      warning: null,
      participants: [],
    };
    expect(
      resultBars(
        {
          ...base,
          items: [
            { itemId: 'i1', text: 'A', weight: 0.753 },
            { itemId: 'i2', text: 'B', weight: null },
          ],
        },
        format,
      ),
    ).toEqual([
      { name: 'A', value: 0.753, label: '75.3%' },
      { name: 'B', value: 0, label: '–' },
    ]);
  });
});
