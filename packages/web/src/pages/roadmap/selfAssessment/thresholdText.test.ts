// Thresholds read in words, in the indicator's direction, with a scale's labels.

import { describe, expect, it } from 'vitest';
import { DEFAULT_SELF_ASSESSMENT_INDICATORS } from '@kume/core';
import { scaleValueText, thresholdText } from './thresholdText';

const words = { bronze: 'Bronze', silver: 'Silver', gold: 'Gold' };
const plain = (value: number) => String(value);

describe('thresholdText', () => {
  it('reads "at or above" for an indicator where higher is better', () => {
    const indicator = {
      direction: 'higher' as const,
      thresholds: { bronze: 20, silver: 50, gold: 80 },
      scale: [],
    };
    expect(thresholdText(indicator, words, 'en', plain)).toBe(
      'Bronze ≥ 20 · Silver ≥ 50 · Gold ≥ 80',
    );
  });

  it('reads "at or below" when lower is better', () => {
    const indicator = {
      direction: 'lower' as const,
      thresholds: { bronze: 70, silver: 50, gold: 30 },
      scale: [],
    };
    expect(thresholdText(indicator, words, 'en', plain)).toBe(
      'Bronze ≤ 70 · Silver ≤ 50 · Gold ≤ 30',
    );
  });

  it('names the values of a maturity scale by their labels in the UI language', () => {
    const scaled = DEFAULT_SELF_ASSESSMENT_INDICATORS.find((i) => i.scale.length > 2)!;
    const label = scaled.scale[1]!;
    expect(scaleValueText(scaled, 1, 'tr', plain)).toBe(`1 · ${label.tr}`);
    expect(scaleValueText(scaled, 1, 'en', plain)).toBe(`1 · ${label.en}`);
    expect(scaleValueText(scaled, 1.5, 'en', plain)).toBe('1.5');
  });
});
