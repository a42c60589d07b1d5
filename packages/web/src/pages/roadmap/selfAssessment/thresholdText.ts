// An indicator's thresholds in words: "Bronze ≥ 20 · Silver ≥ 50 · Gold ≥ 80" (≤ when lower is
// better), with a maturity scale's labels in place of the numbers when it has one.

import { localText, type SelfAssessmentIndicator } from '@kume/core';

export interface ThresholdWords {
  bronze: string;
  silver: string;
  gold: string;
}

/** The value as the reader sees it: a scale's label ("2 · Written") when there is one. */
export function scaleValueText(
  indicator: Pick<SelfAssessmentIndicator, 'scale'>,
  value: number,
  language: string,
  formatNumber: (value: number) => string,
): string {
  const label = Number.isInteger(value) ? indicator.scale[value] : undefined;
  return label ? `${formatNumber(value)} · ${localText(label, language)}` : formatNumber(value);
}

export function thresholdText(
  indicator: Pick<SelfAssessmentIndicator, 'direction' | 'thresholds' | 'scale'>,
  words: ThresholdWords,
  language: string,
  formatNumber: (value: number) => string,
): string {
  const sign = indicator.direction === 'higher' ? '≥' : '≤';
  return (['bronze', 'silver', 'gold'] as const)
    .map(
      (level) =>
        `${words[level]} ${sign} ${scaleValueText(indicator, indicator.thresholds[level], language, formatNumber)}`,
    )
    .join(' · ');
}
