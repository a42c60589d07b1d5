// A measured value of an indicator, as a facilitator records it while monitoring the roadmap.

import { z } from 'zod';
import { isoDateSchema } from '../dateSchema';
import { storableText } from '../event/eventInput';
import { unitSchema } from './actionInput';
import { sameUnit } from './normaliseUnit';

export const indicatorValueInputSchema = z.object({
  indicatorId: z.uuid(),
  /** The day the value was measured (not the day it was typed). */
  on: isoDateSchema,
  value: z.number(),
  unit: unitSchema,
  note: storableText(0, 1_000).default(''),
});
export type IndicatorValueInput = z.output<typeof indicatorValueInputSchema>;
export type IndicatorValueInputRaw = z.input<typeof indicatorValueInputSchema>;

export interface IndicatorValueIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The checks of a value against its indicator, beyond the schema: the value must be in the
 * indicator's unit (compared by normaliseUnit, so case, spaces and %/percent/yüzde do not
 * matter). Empty when the value fits.
 */
export function checkIndicatorValue(
  indicator: { unit: string },
  value: { unit: string },
): IndicatorValueIssue[] {
  if (sameUnit(indicator.unit, value.unit)) return [];
  return [
    {
      path: ['unit'],
      message: `this indicator is measured in ${indicator.unit}, not ${value.unit}`,
    },
  ];
}
