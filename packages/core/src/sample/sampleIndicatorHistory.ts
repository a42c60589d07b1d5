// Quarterly values for the sample roadmap's indicators, drawn so that each stands as planned on the
// day the sample is made (achieved, on track, at risk, late), whatever that day is.

import type { IsoDate } from '../brand';
import { AT_RISK_SHARE } from '../roadmap/indicatorHealth';
import type { SampleHealth } from './sampleRoadmapActions';

/** The same day `months` later (the month's last day when it has fewer days). */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(Math.min(date, lastDay), 2)}` as IsoDate;
}

/** The quarters' last days strictly between `after` and `before`, oldest first. */
export function quarterEndsBetween(after: IsoDate, before: IsoDate): IsoDate[] {
  const ends: IsoDate[] = [];
  const first = Number(after.slice(0, 4));
  const last = Number(before.slice(0, 4));
  for (let year = first; year <= last; year += 1)
    for (const monthDay of ['03-31', '06-30', '09-30', '12-31']) {
      const day = `${year}-${monthDay}` as IsoDate;
      if (day > after && day < before) ends.push(day);
    }
  return ends;
}

const dayNumber = (day: IsoDate) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

export interface HistoryPlan {
  baseline: number;
  target: number;
  health: SampleHealth;
  /** How many quarterly values at most (the quarters between the baseline day and today). */
  values: number;
  decimals?: number;
}

/**
 * The values of an indicator at the last `plan.values` quarter ends after its baseline day and
 * before `today`, rising steadily to the latest. The latest value makes the indicator's health on
 * `today` (core indicatorHealth) the planned one: the target for achieved; ahead of the straight
 * line but short of the target for on track; under half the expected progress for at risk; 70%
 * of the way for late (the due day is past). Empty for `none`.
 */
export function indicatorHistory(
  plan: HistoryPlan,
  baselineOn: IsoDate,
  dueOn: IsoDate,
  today: IsoDate,
): { on: IsoDate; value: number }[] {
  if (plan.health === 'none') return [];
  const days = quarterEndsBetween(baselineOn, today).slice(-plan.values);
  const span = dayNumber(dueOn) - dayNumber(baselineOn);
  const expected = Math.min(1, Math.max(0, (dayNumber(today) - dayNumber(baselineOn)) / span));
  const latest = {
    achieved: 1,
    on_track: Math.min(0.95, Math.max(0.15, 1.15 * expected)),
    at_risk: (AT_RISK_SHARE / 2) * expected,
    late: 0.7,
  }[plan.health];
  const step = 10 ** -(plan.decimals ?? 0);
  const range = plan.target - plan.baseline;
  const round = (value: number, how: (x: number) => number) =>
    Math.round(how(value / step) * step * 1e6) / 1e6;
  return days.map((on, i) => {
    const progress = (latest * (i + 1)) / days.length;
    const isLatest = i === days.length - 1;
    let value = plan.baseline + progress * range;
    if (!isLatest || plan.health === 'late') value = round(value, Math.round);
    else if (plan.health === 'on_track') value = round(value, Math.ceil);
    else if (plan.health === 'at_risk') value = round(value, Math.floor);
    else value = plan.target;
    // Short of the target unless achieved: one recording step below it at most.
    if (plan.health !== 'achieved') value = Math.min(value, plan.target - step);
    return { on, value };
  });
}
