// A roadmap's own settings: when it starts (the horizons count from it) and what the coverage
// check asks for.

import { z } from 'zod';
import { isoDateSchema } from '../dateSchema';

export const coverageOptionsSchema = z.object({
  /**
   * Success factors weighing less are not required to have an action; null: every factor is.
   * Shares of the group's weighting, 0-1 (a factor of 10 factors weighs 0.1 on average).
   */
  minFactorWeight: z.number().min(0).max(1).nullable().default(null),
  /** Value-chain gaps and investment needs scoring at least this are large (gap scores, 0-1). */
  largeGapScore: z.number().min(0).max(1).default(0.5),
});
export type CoverageOptions = z.output<typeof coverageOptionsSchema>;

export const roadmapSettingsSchema = z.object({
  /** The first day of the roadmap: short term ends a year after it, medium three years after. */
  startsOn: isoDateSchema,
  coverage: coverageOptionsSchema.default({ minFactorWeight: null, largeGapScore: 0.5 }),
});
export type RoadmapSettings = z.output<typeof roadmapSettingsSchema>;
