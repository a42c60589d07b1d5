// How an indicator stands today against the straight line from its baseline to its target:
// achieved, on track, at risk, late, or without data.

import type { IsoDate } from '../brand';
import { sameUnit } from './normaliseUnit';

export const INDICATOR_HEALTHS = ['achieved', 'on_track', 'at_risk', 'late', 'no_data'] as const;
export type IndicatorHealth = (typeof INDICATOR_HEALTHS)[number];

/** Below this share of the expected progress an indicator is at risk. */
export const AT_RISK_SHARE = 0.9;

/** What the health reads of an indicator. */
export interface HealthIndicator {
  unit: string;
  baseline: number;
  baselineOn: IsoDate;
  target: number;
  dueOn: IsoDate;
}

/** What the health reads of a recorded value. */
export interface HealthValue {
  on: IsoDate;
  value: number;
  unit: string;
}

export interface IndicatorHealthReport {
  health: IndicatorHealth;
  /** The value judged: the latest measured on or before today in the indicator's unit. */
  latest: HealthValue | null;
  /** Where the line from baseline to target stands today (the target once due). */
  expected: number;
  /** Share of the way from baseline to target the latest value has come (1: reached); null without data. */
  progress: number | null;
  /** Share of the way the line has come today, 0-1. */
  expectedProgress: number;
}

const dayNumber = (day: IsoDate) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * The rule, for rising and falling targets alike (a falling target is reached at or below it):
 * - no_data: no value in the indicator's unit measured on or before `today`;
 * - achieved: the latest value reaches the target (whenever it is measured);
 * - late: `today` is after the due date and the latest value does not reach the target;
 * - at_risk: progress is below 90% of the expected progress, where progress = (latest -
 *   baseline) / (target - baseline) and expected progress = the share of the days from baseline
 *   to due date that have passed today (0 before the baseline day, 1 from the due date);
 * - on_track otherwise.
 * The latest value is compared with where the line stands today, so an indicator not measured for
 * a long time drifts towards at risk: measure it again. A target equal to the baseline (hold the
 * level) is reached at or above it. Values in another unit or dated after today are left out; of
 * two values on the same day the later in the list counts.
 */
export function indicatorHealth(
  indicator: HealthIndicator,
  values: readonly HealthValue[],
  today: IsoDate,
): IndicatorHealthReport {
  const { baseline, target } = indicator;
  const span = dayNumber(indicator.dueOn) - dayNumber(indicator.baselineOn);
  const passed = dayNumber(today) - dayNumber(indicator.baselineOn);
  const expectedProgress = span <= 0 ? 1 : Math.min(1, Math.max(0, passed / span));
  const expected = baseline + expectedProgress * (target - baseline);

  let latest: HealthValue | null = null;
  for (const value of values)
    if (value.on <= today && sameUnit(value.unit, indicator.unit))
      if (latest === null || value.on >= latest.on) latest = value;
  if (latest === null)
    return { health: 'no_data', latest, expected, progress: null, expectedProgress };

  const rising = target >= baseline;
  const reached = rising ? latest.value >= target : latest.value <= target;
  const progress =
    target === baseline ? (reached ? 1 : 0) : (latest.value - baseline) / (target - baseline);
  const health: IndicatorHealth = reached
    ? 'achieved'
    : today > indicator.dueOn
      ? 'late'
      : progress < AT_RISK_SHARE * expectedProgress
        ? 'at_risk'
        : 'on_track';
  return { health, latest, expected, progress, expectedProgress };
}
