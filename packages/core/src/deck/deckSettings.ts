// What the facilitator chooses for the Information Day deck (sections and their order, the
// benchmark case, the workshop calendar, next steps) and the benchmark case they may edit.

import { z } from 'zod';
import { isoDateSchema } from '../dateSchema';
import { localTextSchema } from '../survey/localText';
import { DECK_SECTIONS } from './deckInput';

export const deckSettingsSchema = z.object({
  /** Chosen sections in the chosen order, each at most once. */
  sections: z
    .array(z.enum(DECK_SECTIONS))
    .min(1)
    .refine((sections) => new Set(sections).size === sections.length, 'a section is listed twice'),
  /** A case of the project's benchmark library, or null for the deck to skip the case. */
  benchmarkCaseId: z.uuid().nullable().default(null),
  workshopCalendar: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(200),
        date: isoDateSchema.nullable().default(null),
        venue: z.string().trim().max(200).default(''),
      }),
    )
    .max(12)
    .default([]),
  nextSteps: z.array(z.string().trim().min(1).max(300)).max(12).default([]),
});
export type DeckSettings = z.output<typeof deckSettingsSchema>;
export type DeckSettingsInput = z.input<typeof deckSettingsSchema>;

const localLine = localTextSchema.refine((text) => text.tr !== '' || text.en !== '', {
  message: 'write it in Turkish or English',
});

/** A benchmark case as the facilitator edits it (core's BenchmarkCase without its id). */
export const benchmarkCaseInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  country: localTextSchema,
  sector: localTextSchema,
  founded: z.number().int().min(1800).max(2100).nullable().default(null),
  summary: localLine,
  scale: localTextSchema,
  highlights: z.array(localLine).max(8).default([]),
  lessons: z.array(localLine).max(8).default([]),
  source: z.string().trim().max(500).default(''),
});
export type BenchmarkCaseInput = z.output<typeof benchmarkCaseInputSchema>;
