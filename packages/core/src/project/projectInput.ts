// What a user enters for a cluster initiative (a project).

import { z } from 'zod';

export const LANGUAGES = ['tr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const fields = {
  name: z.string().trim().min(1, { message: 'required' }).max(200),
  sector: z.string().trim().max(200),
  region: z.string().trim().max(200),
  description: z.string().trim().max(10_000),
  languages: z
    .array(z.enum(LANGUAGES))
    .min(1, { message: 'choose at least one language' })
    .transform((languages) => [...new Set(languages)]),
};

export const projectInputSchema = z.object({
  ...fields,
  sector: fields.sector.default(''),
  region: fields.region.default(''),
  description: fields.description.default(''),
  languages: fields.languages.default(['tr', 'en']),
});
export type ProjectInput = z.output<typeof projectInputSchema>;
/** Without defaults: zod 4 applies a default even under `.partial()`, which would blank fields left out. */
export const projectPatchSchema = z.object(fields).partial();
