// Tests of the diverging Likert bar's pieces.

import { describe, expect, it } from 'vitest';
import { divergingSeries } from './divergingSeries';

const shares = (values: number[]) => values.map((share, i) => ({ point: i + 1, share }));

describe('divergingSeries', () => {
  it('splits the neutral point of an odd scale evenly across zero, first in the stack', () => {
    const pieces = divergingSeries(shares([0.1, 0.2, 0.3, 0.25, 0.15]), 5);
    expect(pieces.slice(0, 2)).toEqual([
      { point: 3, value: -0.15, half: 'left' },
      { point: 3, value: 0.15, half: 'right' },
    ]);
  });

  it('draws disagreement left and agreement right, nearest the middle first', () => {
    const pieces = divergingSeries(shares([0.1, 0.2, 0.3, 0.25, 0.15]), 5).slice(2);
    expect(pieces).toEqual([
      { point: 2, value: -0.2 },
      { point: 1, value: -0.1 },
      { point: 4, value: 0.25 },
      { point: 5, value: 0.15 },
    ]);
  });

  it('has no neutral piece on an even scale', () => {
    const pieces = divergingSeries(shares([0.25, 0.25, 0.25, 0.25]), 4);
    expect(pieces.map((piece) => piece.point)).toEqual([2, 1, 3, 4]);
    expect(pieces.every((piece) => piece.half === undefined)).toBe(true);
  });

  it('keeps the left and right totals equal to the shares below and above the middle', () => {
    const pieces = divergingSeries(shares([0.05, 0.1, 0.2, 0.3, 0.1, 0.15, 0.1]), 7);
    const left = pieces.filter((p) => p.value < 0).reduce((sum, p) => sum + p.value, 0);
    const right = pieces.filter((p) => p.value > 0).reduce((sum, p) => sum + p.value, 0);
    expect(left).toBeCloseTo(-(0.05 + 0.1 + 0.2 + 0.15));
    expect(right).toBeCloseTo(0.15 + 0.1 + 0.15 + 0.1);
  });

  it('treats a missing or null share as zero', () => {
    const pieces = divergingSeries([{ point: 1, share: null }], 5);
    expect(pieces.every((piece) => piece.value === 0)).toBe(true);
    expect(pieces).toHaveLength(6);
  });
});
