// Assembles a project's roadmap: gathers the sources, lets core make and merge the items, and
// stores the merge in one transaction (dismissed items stay dismissed, manual ones untouched).

import { assembleRoadmapItems, type IsoDate } from '@kume/core';
import { mergeRoadmapItems, type Db, type ProjectRow } from '@kume/db';
import type { StatisticsCaches } from '../statistics/clusterAnalysis';
import { gatherRoadmapSources } from './roadmapSources';

/** The keys an assembly changed, as core mergeAssembledItems lists them. */
export interface AssemblyResult {
  added: string[];
  updated: string[];
  returned: string[];
  gone: string[];
}

/**
 * Gathers the sources (workshops, cluster map, statistics), runs core assembleRoadmapItems and
 * stores the merge with the stored items. `now` dates the assembly (the view's assembledAt).
 */
export async function assembleRoadmap(
  db: Db,
  caches: StatisticsCaches,
  project: ProjectRow,
  today: IsoDate,
  now: Date = new Date(),
): Promise<AssemblyResult> {
  const sources = await gatherRoadmapSources(db, caches, project, today);
  const merged = await mergeRoadmapItems(db, project.id, assembleRoadmapItems(sources), now);
  const { added, updated, returned, gone } = merged;
  return { added, updated, returned, gone };
}
