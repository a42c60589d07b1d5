// The analysis the project's statistics settings ask for (dataset, definition, benchmark, years),
// as the deck and the roadmap read it: null where the settings cannot give one.

import type { Db, ProjectRow } from '@kume/db';
import { HttpError } from '../http/httpError';
import { resolveAnalysis, type ResolvedAnalysis, type StatisticsCaches } from './clusterAnalysis';

type Settings = NonNullable<ProjectRow['statisticsSettings']>;

/** The settings' years where the dataset has them, else its last year and its first. */
export function settingsYears(settings: Settings, years: readonly number[]) {
  const year = settings.year && years.includes(settings.year) ? settings.year : years.at(-1)!;
  const fromYear =
    settings.fromYear && years.includes(settings.fromYear) && settings.fromYear <= year
      ? settings.fromYear
      : years[0]!;
  return { year, fromYear };
}

/**
 * The analysis of the settings' dataset and definition against their benchmark for the years of
 * settingsYears(settings, datasetYears); null when the analysis refuses them (a definition with
 * errors, a deleted definition, a benchmark no longer in the dataset). Other errors are thrown.
 */
export async function settingsAnalysis(
  db: Db,
  caches: StatisticsCaches,
  projectId: string,
  settings: Settings & { datasetId: string; definitionId: string },
  datasetYears: readonly number[],
): Promise<{ resolved: ResolvedAnalysis; year: number; fromYear: number } | null> {
  const { year, fromYear } = settingsYears(settings, datasetYears);
  try {
    const resolved = await resolveAnalysis(db, caches, projectId, {
      datasetId: settings.datasetId,
      definitionId: settings.definitionId,
      benchmark: settings.benchmarkRegion ?? undefined,
      year,
      fromYear,
    });
    return { resolved, year, fromYear };
  } catch (error) {
    if (error instanceof HttpError && error.statusCode < 500) return null;
    throw error;
  }
}
