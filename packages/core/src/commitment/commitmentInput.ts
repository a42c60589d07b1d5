// A commitment assessment: how willing and how influential a stakeholder is, and what it pledges.

import { z } from 'zod';
import { isoDateSchema } from '../dateSchema';

const score = z.number().int({ message: 'a whole number from 1 to 5' }).min(1).max(5);

export const commitmentInputSchema = z.object({
  willingness: score,
  influence: score,
  resourcesPledged: z.string().trim().max(2_000).default(''),
  pledgedAmount: z.number().min(0).max(1e12).nullable().optional(),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { message: 'a three-letter currency code such as TRY or EUR' })
    .default('TRY'),
  assessedOn: isoDateSchema,
  notes: z.string().trim().max(5_000).default(''),
});
export type CommitmentInput = z.output<typeof commitmentInputSchema>;
