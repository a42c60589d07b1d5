// Datasets, cluster definitions, relatedness matrices and statistics settings as the API shows
// them: database columns (and the stored table's bytes) stay out.

import { z } from 'zod';
import type { ClusterDefinitionRow, DatasetMeta, RelatednessMatrixMeta, schema } from '@kume/db';
import { countEntries } from '../statistics/definitionEntries';

export const SOURCE_FORMATS = ['cbp', 'eurostat', 'generic'] as const;

export const datasetSchema = z.object({
  id: z.string(),
  name: z.string(),
  fileName: z.string(),
  sourceFormat: z.enum(SOURCE_FORMATS),
  rowCount: z.number(),
  regionCount: z.number(),
  industryCount: z.number(),
  years: z.array(z.number()),
  notes: z.string(),
  createdAt: z.string(),
});

export const definitionEntrySchema = z.object({
  industry: z.string(),
  cluster: z.string(),
  clusterName: z.string().optional(),
  type: z.enum(['traded', 'local']),
  subcluster: z.string().optional(),
});

export const definitionSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  source: z.string(),
  clusterCount: z.number(),
  tradedCount: z.number(),
  localCount: z.number(),
  industryCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const definitionSchema = definitionSummarySchema.extend({
  entries: z.array(definitionEntrySchema),
});

export const relatednessSchema = z.object({
  id: z.string(),
  name: z.string(),
  pairCount: z.number(),
  createdAt: z.string(),
});

export const statisticsSettingsSchema = z.object({
  datasetId: z.string().nullable(),
  definitionId: z.string().nullable(),
  relatednessId: z.string().nullable(),
  focusRegion: z.string().nullable(),
  benchmarkRegion: z.string().nullable(),
  year: z.number().nullable(),
  fromYear: z.number().nullable(),
  focusClusters: z.array(z.string()),
});

const sourceFormat = (format: string): (typeof SOURCE_FORMATS)[number] =>
  SOURCE_FORMATS.find((known) => known === format) ?? 'generic';

export function presentDataset(row: DatasetMeta): z.output<typeof datasetSchema> {
  return {
    id: row.id,
    name: row.name,
    fileName: row.fileName,
    sourceFormat: sourceFormat(row.sourceFormat),
    rowCount: row.rowCount,
    regionCount: row.regionCount,
    industryCount: row.industryCount,
    years: row.years,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentDefinitionSummary(
  row: ClusterDefinitionRow,
): z.output<typeof definitionSummarySchema> {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    source: row.source,
    ...countEntries(row.entries),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentDefinition(row: ClusterDefinitionRow): z.output<typeof definitionSchema> {
  return { ...presentDefinitionSummary(row), entries: row.entries };
}

export function presentRelatedness(row: RelatednessMatrixMeta): z.output<typeof relatednessSchema> {
  return {
    id: row.id,
    name: row.name,
    pairCount: row.pairCount,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The settings with null for what is unset. */
export function presentStatisticsSettings(
  settings: schema.StatisticsSettings | null,
): z.output<typeof statisticsSettingsSchema> {
  return {
    datasetId: settings?.datasetId ?? null,
    definitionId: settings?.definitionId ?? null,
    relatednessId: settings?.relatednessId ?? null,
    focusRegion: settings?.focusRegion ?? null,
    benchmarkRegion: settings?.benchmarkRegion ?? null,
    year: settings?.year ?? null,
    fromYear: settings?.fromYear ?? null,
    focusClusters: settings?.focusClusters ?? [],
  };
}
