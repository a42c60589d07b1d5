// The term of an action on the roadmap (short, medium, long), from when it ends.

import type { IsoDate } from '../brand';
import type { Horizon } from './actionInput';

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(target, 4)}-${pad(month, 2)}-${pad(Math.min(day, lastDay), 2)}` as IsoDate;
}

/**
 * Short when the action ends on or before the roadmap's first anniversary, medium on or before
 * its third, long after that. An action ending before the roadmap starts is short.
 */
export function horizonOf(endOn: IsoDate, roadmapStartsOn: IsoDate): Horizon {
  if (endOn <= addYears(roadmapStartsOn, 1)) return 'short';
  if (endOn <= addYears(roadmapStartsOn, 3)) return 'medium';
  return 'long';
}

/** The action's chosen horizon, else the one its end date gives. */
export function actionHorizon(
  action: { horizon: Horizon | null; endOn: IsoDate },
  roadmapStartsOn: IsoDate,
): Horizon {
  return action.horizon ?? horizonOf(action.endOn, roadmapStartsOn);
}
