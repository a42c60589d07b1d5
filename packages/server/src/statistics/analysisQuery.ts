// The query parameters every analysis route shares: which dataset and definition, the
// benchmark region, the year and the growth base year.

import { z } from 'zod';

/** A region or cluster code; empty text (an unset select in a form) counts as absent. */
export const optionalCode = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((text) => (text === '' ? undefined : text));

const optionalYear = z.coerce.number().int().min(1900).max(2100).optional();

export const analysisQuerySchema = z.object({
  datasetId: z.uuid({ message: 'not an id' }),
  definitionId: z.uuid({ message: 'not an id' }),
  /** A region of the dataset standing for the nation; default the sum of the regions. */
  benchmark: optionalCode,
  /** Default: the dataset's latest year. */
  year: optionalYear,
  /** The base year of growth; default the dataset's earliest year. */
  fromYear: optionalYear,
});
