// What a user enters for a cluster initiative (a project).

import { z } from 'zod';

export const LANGUAGES = ['tr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const projectInputSchema = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(200),
  sector: z.string().trim().max(200).default(''),
  region: z.string().trim().max(200).default(''),
  description: z.string().trim().max(10_000).default(''),
  languages: z
    .array(z.enum(LANGUAGES))
    .min(1, { message: 'choose at least one language' })
    .default(['tr', 'en'])
    .transform((languages) => [...new Set(languages)]),
});
export type ProjectInput = z.output<typeof projectInputSchema>;
export const projectPatchSchema = projectInputSchema.partial();
