// What a user enters for a stakeholder visit and its follow-ups.

import { z } from 'zod';
import { isoDateSchema } from '../dateSchema';

/** The level of the stakeholder visited: local, regional or national (stage 1 of the process). */
export const VISIT_LEVELS = ['local', 'regional', 'national'] as const;
export type VisitLevel = (typeof VISIT_LEVELS)[number];

export const followUpInputSchema = z.object({
  description: z.string().trim().min(1, { message: 'required' }).max(500),
  dueOn: isoDateSchema,
  assigneeUserId: z.uuid().nullable().optional(),
});
export type FollowUpInput = z.output<typeof followUpInputSchema>;

export const visitInputSchema = z.object({
  visitedOn: isoDateSchema,
  level: z.enum(VISIT_LEVELS),
  purpose: z.string().trim().max(200).optional().default(''),
  organisationIds: z
    .array(z.uuid())
    .min(1, { message: 'choose at least one organisation' })
    .max(50),
  contactIds: z.array(z.uuid()).max(100).default([]),
  teamUserIds: z.array(z.uuid()).max(50).default([]),
  notes: z.string().trim().max(20_000).default(''),
  outcomes: z.string().trim().max(5_000).default(''),
  followUps: z.array(followUpInputSchema).max(50).default([]),
});
export type VisitInput = z.output<typeof visitInputSchema>;

export const followUpPatchSchema = z.object({
  description: z.string().trim().min(1).max(500).optional(),
  dueOn: isoDateSchema.optional(),
  assigneeUserId: z.uuid().nullable().optional(),
  done: z.boolean().optional(),
});
