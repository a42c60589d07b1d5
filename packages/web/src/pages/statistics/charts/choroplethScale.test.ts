// Tests of the choropleth's colour classes.

import { describe, expect, it } from 'vitest';
import { choroplethScale, NO_DATA_COLOUR, quantileBreaks } from './choroplethScale';

describe('choroplethScale', () => {
  it('puts an LQ of exactly 1 in the middle class and 2 in the top class', () => {
    const scale = choroplethScale('lq', []);
    expect(scale.colourOf(1)).toBe(scale.colours[2]);
    expect(scale.colourOf(2)).toBe(scale.colours[4]);
    expect(scale.colourOf(0.1)).toBe(scale.colours[0]);
  });

  it('colours regions without a value grey', () => {
    const scale = choroplethScale('growth', []);
    expect(scale.colourOf(null)).toBe(NO_DATA_COLOUR);
    expect(scale.colourOf(Number.NaN)).toBe(NO_DATA_COLOUR);
    expect(scale.colourOf(0)).not.toBe(NO_DATA_COLOUR);
  });

  it('gives employment one colour more than it has breaks, from light to dark', () => {
    const scale = choroplethScale(
      'employment',
      Array.from({ length: 100 }, (_, i) => (i + 1) * 1000),
    );
    expect(scale.colours).toHaveLength(scale.breaks.length + 1);
    expect(scale.colourOf(1000)).toBe(scale.colours[0]);
    expect(scale.colourOf(100_000)).toBe(scale.colours.at(-1));
  });
});

describe('quantileBreaks', () => {
  it('rounds the quintiles to two significant digits, ascending', () => {
    const breaks = quantileBreaks(Array.from({ length: 101 }, (_, i) => i * 1234));
    expect(breaks).toEqual([25_000, 49_000, 74_000, 99_000]);
  });

  it('has no breaks for one distinct value and drops repeated ones', () => {
    expect(quantileBreaks([5, 5, 5])).toEqual([]);
    expect(quantileBreaks([1, 1, 1, 1, 1, 1, 1, 1, 9, 9])).toEqual([9]);
  });
});
