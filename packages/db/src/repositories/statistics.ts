// Statistics datasets, cluster definitions and relatedness matrices of a project, and the
// project's statistics settings.

import { and, desc, eq } from 'drizzle-orm';
import { deflateSync, inflateSync } from 'node:zlib';
import { decodeStatsTable, encodeStatsTable, type StatsTable } from '@kume/core';
import type { Db } from '../database';
import {
  clusterDefinitions,
  datasets,
  projects,
  relatednessMatrices,
  type ClusterDefinitionEntry,
  type RelatednessPair,
  type StatisticsSettings,
} from '../schema/index';

export type ClusterDefinitionRow = typeof clusterDefinitions.$inferSelect;

/** Dataset columns without the data itself, for lists. */
const datasetMeta = {
  id: datasets.id,
  projectId: datasets.projectId,
  name: datasets.name,
  fileName: datasets.fileName,
  sourceFormat: datasets.sourceFormat,
  rowCount: datasets.rowCount,
  regionCount: datasets.regionCount,
  industryCount: datasets.industryCount,
  years: datasets.years,
  notes: datasets.notes,
  createdBy: datasets.createdBy,
  createdAt: datasets.createdAt,
};
export type DatasetMeta = { [K in keyof typeof datasetMeta]: (typeof datasets.$inferSelect)[K] };

export async function insertDataset(
  db: Db,
  projectId: string,
  input: {
    name: string;
    fileName: string;
    sourceFormat: string;
    notes?: string;
    table: StatsTable;
    createdBy: string | null;
  },
): Promise<DatasetMeta> {
  const { table } = input;
  const years = [...new Set<number>(table.year)].sort((a, b) => a - b);
  const [row] = await db
    .insert(datasets)
    .values({
      projectId,
      name: input.name,
      fileName: input.fileName,
      sourceFormat: input.sourceFormat,
      notes: input.notes ?? '',
      rowCount: table.length,
      regionCount: table.regions.length,
      industryCount: table.industries.length,
      years,
      // Deflated (fast level): the CBP table's 28 MB become 6 MB, and PGlite writes bytea at
      // about 3 MB a second, so storing is four to five times faster.
      data: deflateSync(encodeStatsTable(table), { level: 1 }),
      createdBy: input.createdBy,
    })
    .returning(datasetMeta);
  return row as DatasetMeta;
}

export async function listDatasets(db: Db, projectId: string): Promise<DatasetMeta[]> {
  return db
    .select(datasetMeta)
    .from(datasets)
    .where(eq(datasets.projectId, projectId))
    .orderBy(desc(datasets.createdAt));
}

export async function findDataset(
  db: Db,
  projectId: string,
  id: string,
): Promise<DatasetMeta | undefined> {
  const [row] = await db
    .select(datasetMeta)
    .from(datasets)
    .where(and(eq(datasets.projectId, projectId), eq(datasets.id, id)));
  return row;
}

/** The dataset's table, decoded; undefined when it is not in the project. */
export async function loadDatasetTable(
  db: Db,
  projectId: string,
  id: string,
): Promise<StatsTable | undefined> {
  const [row] = await db
    .select({ data: datasets.data })
    .from(datasets)
    .where(and(eq(datasets.projectId, projectId), eq(datasets.id, id)));
  return row ? decodeStatsTable(inflateSync(row.data)) : undefined;
}

export async function renameDataset(
  db: Db,
  projectId: string,
  id: string,
  patch: { name?: string; notes?: string },
) {
  const [row] = await db
    .update(datasets)
    .set(patch)
    .where(and(eq(datasets.projectId, projectId), eq(datasets.id, id)))
    .returning(datasetMeta);
  return row;
}

export async function deleteDataset(db: Db, projectId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(datasets)
    .where(and(eq(datasets.projectId, projectId), eq(datasets.id, id)))
    .returning({ id: datasets.id });
  return rows.length > 0;
}

export async function insertClusterDefinition(
  db: Db,
  projectId: string,
  input: {
    name: string;
    description?: string;
    source?: string;
    entries: ClusterDefinitionEntry[];
    createdBy: string | null;
  },
): Promise<ClusterDefinitionRow> {
  const [row] = await db
    .insert(clusterDefinitions)
    .values({ ...input, projectId })
    .returning();
  return row as ClusterDefinitionRow;
}

export async function listClusterDefinitions(
  db: Db,
  projectId: string,
): Promise<ClusterDefinitionRow[]> {
  return db
    .select()
    .from(clusterDefinitions)
    .where(eq(clusterDefinitions.projectId, projectId))
    .orderBy(desc(clusterDefinitions.createdAt));
}

export async function findClusterDefinition(
  db: Db,
  projectId: string,
  id: string,
): Promise<ClusterDefinitionRow | undefined> {
  const [row] = await db
    .select()
    .from(clusterDefinitions)
    .where(and(eq(clusterDefinitions.projectId, projectId), eq(clusterDefinitions.id, id)));
  return row;
}

export async function updateClusterDefinition(
  db: Db,
  projectId: string,
  id: string,
  patch: { name?: string; description?: string; entries?: ClusterDefinitionEntry[] },
) {
  const [row] = await db
    .update(clusterDefinitions)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(clusterDefinitions.projectId, projectId), eq(clusterDefinitions.id, id)))
    .returning();
  return row;
}

export async function deleteClusterDefinition(
  db: Db,
  projectId: string,
  id: string,
): Promise<boolean> {
  const rows = await db
    .delete(clusterDefinitions)
    .where(and(eq(clusterDefinitions.projectId, projectId), eq(clusterDefinitions.id, id)))
    .returning({ id: clusterDefinitions.id });
  return rows.length > 0;
}

export type RelatednessMatrixRow = typeof relatednessMatrices.$inferSelect;

/** Matrix columns without the pairs, for lists. */
const matrixMeta = {
  id: relatednessMatrices.id,
  name: relatednessMatrices.name,
  fileName: relatednessMatrices.fileName,
  pairCount: relatednessMatrices.pairCount,
  createdAt: relatednessMatrices.createdAt,
};
export type RelatednessMatrixMeta = {
  [K in keyof typeof matrixMeta]: RelatednessMatrixRow[K];
};

export async function insertRelatednessMatrix(
  db: Db,
  projectId: string,
  input: {
    name: string;
    fileName: string;
    pairs: RelatednessPair[];
    clusterNames: Record<string, string>;
    createdBy: string | null;
  },
): Promise<RelatednessMatrixMeta> {
  const [row] = await db
    .insert(relatednessMatrices)
    .values({ ...input, projectId, pairCount: input.pairs.length })
    .returning(matrixMeta);
  return row as RelatednessMatrixMeta;
}

export async function listRelatednessMatrices(
  db: Db,
  projectId: string,
): Promise<RelatednessMatrixMeta[]> {
  return db
    .select(matrixMeta)
    .from(relatednessMatrices)
    .where(eq(relatednessMatrices.projectId, projectId))
    .orderBy(desc(relatednessMatrices.createdAt));
}

/** The matrix with its pairs; undefined when it is not in the project. */
export async function findRelatednessMatrix(
  db: Db,
  projectId: string,
  id: string,
): Promise<RelatednessMatrixRow | undefined> {
  const [row] = await db
    .select()
    .from(relatednessMatrices)
    .where(and(eq(relatednessMatrices.projectId, projectId), eq(relatednessMatrices.id, id)));
  return row;
}

export async function deleteRelatednessMatrix(
  db: Db,
  projectId: string,
  id: string,
): Promise<boolean> {
  const rows = await db
    .delete(relatednessMatrices)
    .where(and(eq(relatednessMatrices.projectId, projectId), eq(relatednessMatrices.id, id)))
    .returning({ id: relatednessMatrices.id });
  return rows.length > 0;
}

export async function updateStatisticsSettings(
  db: Db,
  projectId: string,
  settings: StatisticsSettings,
) {
  await db
    .update(projects)
    .set({ statisticsSettings: settings, updatedAt: new Date() })
    .where(eq(projects.id, projectId));
}
