// Tests of chartScale: round ticks that cover the data, whole steps for counts, and bounds that are
// equal or not finite widened to something drawable.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartScale } from './chartScale';

describe('chartScale', () => {
  it('rounds the axis out to steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(chartScale(0, 87)).toEqual({
      min: 0,
      max: 100,
      step: 20,
      ticks: [0, 20, 40, 60, 80, 100],
    });
    expect(chartScale(-12, 30).ticks).toEqual([-20, -10, 0, 10, 20, 30]);
    expect(chartScale(0, 18_420).step).toBe(5_000);
    expect(chartScale(0, 0.87).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('keeps the steps of an integer axis whole', () => {
    expect(chartScale(0, 2, 5, true).ticks).toEqual([0, 1, 2]);
    expect(chartScale(0, 2).step).toBe(0.5);
  });

  it('widens equal bounds: [0, 1] around zero, one unit of their magnitude otherwise', () => {
    expect(chartScale(0, 0)).toMatchObject({ min: 0, max: 1 });
    expect(chartScale(5, 5)).toMatchObject({ min: 4, max: 6 });
    expect(chartScale(Number.NaN, Number.POSITIVE_INFINITY)).toMatchObject({ min: 0, max: 1 });
    expect(chartScale(0, 5e-324)).toMatchObject({ min: 0, max: 1 });
  });

  it('always covers the data with evenly spaced ticks, about five intervals', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(finite, finite, fc.boolean(), (a, b, integer) => {
        const scale = chartScale(a, b, 5, integer);
        // Ticks snap to the step's grid with a tolerance of a billionth of a step.
        const tolerance = scale.step * 1e-8;
        expect(scale.min).toBeLessThanOrEqual(Math.min(a, b) + tolerance);
        expect(scale.max).toBeGreaterThanOrEqual(Math.max(a, b) - tolerance);
        expect(scale.ticks.length).toBeGreaterThanOrEqual(2);
        expect(scale.ticks.length).toBeLessThanOrEqual(8);
        scale.ticks.slice(1).forEach((tick, index) => {
          expect(tick - (scale.ticks[index] ?? 0)).toBeCloseTo(scale.step, 6);
        });
        if (integer) expect(Number.isInteger(scale.step)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});
