// The thresholds of the readiness gate, editable per project.

import { z } from 'zod';
import { FIRM_TYPES, ORGANISATION_TYPES } from '../organisation/organisationTypes';

/**
 * Defaults follow Turkey's cluster support programme (Kümelenme Destek Programı): at least one
 * chamber, one university and twenty committed firms. "Committed" means a latest willingness of
 * at least `committedWillingness` on the 1-5 scale.
 */
export const readinessThresholdsSchema = z.object({
  minCommittedChambers: z.number().int().min(0).max(100).default(1),
  minCommittedUniversities: z.number().int().min(0).max(100).default(1),
  minCommittedFirms: z.number().int().min(0).max(10_000).default(20),
  committedWillingness: z.number().int().min(1).max(5).default(4),
  /** Share (0-1) of the visited stakeholders that must be committed. */
  minCommittedShareOfVisited: z.number().min(0).max(1).default(0.5),
  firmTypes: z
    .array(z.enum(ORGANISATION_TYPES))
    .min(1)
    .default(() => [...FIRM_TYPES]),
});

export type ReadinessThresholds = z.output<typeof readinessThresholdsSchema>;

export const DEFAULT_READINESS_THRESHOLDS: ReadinessThresholds = readinessThresholdsSchema.parse(
  {},
);
