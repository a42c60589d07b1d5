// Creates the sample project on an empty installation, from core's seeded generator, with its
// generated regional statistics chosen for the secondary research and its roadmap assembled.

import {
  generateSampleProject,
  isoDateOf,
  mulberry32,
  naceClusterDefinition,
  naceDefinitionInfo,
  SAMPLE_FOCUS_REGION,
  SAMPLE_SLUG,
  sampleFocusClusters,
  sampleStatistics,
} from '@kume/core';
import {
  deleteProject,
  findProjectBySlug,
  importBundle,
  insertClusterDefinition,
  insertDataset,
  listMembers,
  setMemberRole,
  updateStatisticsSettings,
  type BundleImportResult,
  type Db,
} from '@kume/db';
import { assembleRoadmap } from './roadmap/assembleRoadmap';
import { createStatisticsCaches, type StatisticsCaches } from './statistics/clusterAnalysis';
import { entriesOfDefinition } from './statistics/definitionEntries';

export const SAMPLE_SEED = 20_261_126;

/** The shipped definition the sample's statistics use, with cluster names in Turkish. */
const SAMPLE_DEFINITION = 'nace-rev2-divisions';
const SAMPLE_DEFINITION_LANGUAGE = 'tr';

/**
 * Adds the sample's generated dataset and Kume's NACE division definition to the project, and
 * chooses them in its statistics settings with İzmir and its metal and machinery clusters as the
 * focus.
 */
async function addSampleStatistics(db: Db, projectId: string, createdBy: string | null) {
  // Its own rng on the same seed: the bundle's draws, and so the organisations, stay as they were.
  const statistics = sampleStatistics(mulberry32(SAMPLE_SEED));
  const dataset = await insertDataset(db, projectId, {
    name: statistics.name,
    fileName: statistics.fileName,
    sourceFormat: 'generic',
    notes: statistics.notes,
    table: statistics.table,
    createdBy,
  });
  const info = naceDefinitionInfo(SAMPLE_DEFINITION, SAMPLE_DEFINITION_LANGUAGE);
  const definition = await insertClusterDefinition(db, projectId, {
    name: info.name,
    description: info.description,
    source: info.source,
    entries: entriesOfDefinition(
      naceClusterDefinition(SAMPLE_DEFINITION, SAMPLE_DEFINITION_LANGUAGE),
    ),
    createdBy,
  });
  await updateStatisticsSettings(db, projectId, {
    datasetId: dataset.id,
    definitionId: definition.id,
    focusRegion: SAMPLE_FOCUS_REGION,
    focusClusters: sampleFocusClusters(),
  });
}

/**
 * Makes the sample project (slug `sample`); with `reset`, an existing one is replaced first. The
 * roadmap's items are assembled from the imported workshops, the cluster map and the statistics,
 * so the sample's actions link present items (`caches`: the server's, else fresh ones).
 */
export async function createSampleProject(
  db: Db,
  now: Date,
  options: {
    reset?: boolean;
    owner?: { id: string; email: string } | null;
    caches?: StatisticsCaches;
  } = {},
): Promise<BundleImportResult | null> {
  const existing = await findProjectBySlug(db, SAMPLE_SLUG);
  if (existing && !options.reset) return null;
  const bundle = generateSampleProject({ today: isoDateOf(now), rng: mulberry32(SAMPLE_SEED) });
  const result = await db.transaction(async (tx) => {
    // A reset keeps the people who had access to the sample.
    const members = existing ? await listMembers(tx, existing.id) : [];
    if (existing) await deleteProject(tx, existing.id);
    const imported = await importBundle(tx, bundle, {
      owner: options.owner ?? null,
      slug: SAMPLE_SLUG,
    });
    for (const member of members)
      await setMemberRole(tx, imported.project.id, member.userId, member.role);
    await addSampleStatistics(tx, imported.project.id, options.owner?.id ?? null);
    return imported;
  });
  // Assembled after the import commits: the assembly reads its sources in parallel, which one
  // transaction's single connection cannot do, and it is idempotent (the roadmap page's "Update
  // from the stages" runs it again).
  const project = (await findProjectBySlug(db, SAMPLE_SLUG)) ?? result.project;
  await assembleRoadmap(
    db,
    options.caches ?? createStatisticsCaches(),
    project,
    isoDateOf(now),
    now,
  );
  return { ...result, project };
}
