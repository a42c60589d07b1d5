// The options of a dataset import and of its preview (the multipart `options` part), and the
// preview's answer: how the file reads, its first rows and a suggested column mapping.

import { z } from 'zod';
import { SOURCE_FORMATS } from '../presenters/presentStatistics';

/** A column position (0 is the first); null or absent: the field is not in the file. */
const column = z.number().int().min(0).max(1023).nullish();

/** Which column holds which field of a generic table (io `StatsMapping`). */
export const statsMappingSchema = z.strictObject({
  region: column,
  industry: column,
  year: column,
  employment: column,
  establishments: column,
  payroll: column,
  employmentFlag: column,
});

const sheet = z.string().trim().min(1).max(100);

export const datasetImportOptionsSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    format: z.enum(['auto', 'cbp', 'eurostat', 'generic']).default('auto'),
    /** Read as a generic table with these columns instead of matching the headings by name. */
    mapping: statsMappingSchema.optional(),
    /** The year of every row, for a file without a year column. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** The worksheet of an XLSX workbook; default the first. */
    sheet: sheet.optional(),
  })
  .superRefine((options, context) => {
    if (options.mapping && (options.format === 'cbp' || options.format === 'eurostat'))
      context.addIssue({
        code: 'custom',
        path: ['format'],
        message: 'a column mapping reads a generic table: choose the format "generic" or "auto"',
      });
    const yearColumn = options.mapping?.year;
    if (options.year !== undefined && yearColumn !== undefined && yearColumn !== null)
      context.addIssue({
        code: 'custom',
        path: ['year'],
        message: 'give a year column or a fixed year, not both',
      });
  });

export const datasetPreviewOptionsSchema = z.object({
  sheet: sheet.optional(),
  /** The whole file's size when only its beginning is sent (a large CSV), for the row estimate. */
  fileSize: z.number().int().min(1).optional(),
});

export const datasetPreviewSchema = z.object({
  fileName: z.string(),
  format: z.enum(SOURCE_FORMATS),
  headings: z.array(z.string()),
  sampleRows: z.array(z.array(z.string())),
  rowCountEstimate: z.number().optional(),
  headingsRecognised: z.boolean(),
  suggestedMapping: statsMappingSchema,
  sheets: z.array(z.string()).optional(),
  sheet: z.string().optional(),
});
