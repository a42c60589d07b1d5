// Imported map shapes (geographies) as the API lists them: the shapes themselves stay out (they
// have a route of their own, cached by browsers).

import { z } from 'zod';
import type { GeographyMeta } from '@kume/db';

/** How many region codes the list shows as examples. */
const SAMPLE_IDS = 5;

export const geographySchema = z.object({
  id: z.string(),
  name: z.string(),
  fileName: z.string(),
  featureCount: z.number(),
  idProperty: z.string(),
  nameProperty: z.string().nullable(),
  /** The first region codes of the file, for the list. */
  sampleIds: z.array(z.string()),
  /** Every region of the map (code and name), so that the web app can match region codes. */
  regions: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  createdAt: z.string(),
});

export function presentGeography(row: GeographyMeta): z.output<typeof geographySchema> {
  return {
    id: row.id,
    name: row.name,
    fileName: row.fileName,
    featureCount: row.featureCount,
    idProperty: row.idProperty,
    nameProperty: row.nameProperty,
    sampleIds: row.regions.slice(0, SAMPLE_IDS).map((region) => region.id),
    regions: row.regions,
    createdAt: row.createdAt.toISOString(),
  };
}
