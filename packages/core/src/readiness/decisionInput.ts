// The facilitator's go / no-go decision at the readiness gate.

import { z } from 'zod';
import { isoDateSchema } from '../dateSchema';

export const decisionInputSchema = z.object({
  decision: z.enum(['go', 'no_go']),
  decidedOn: isoDateSchema,
  note: z.string().trim().max(5_000).default(''),
});
export type DecisionInput = z.output<typeof decisionInputSchema>;
