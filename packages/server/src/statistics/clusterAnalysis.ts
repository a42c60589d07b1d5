// Loads what an analysis route works on (the dataset's table, the definition, the cluster
// metrics) through the in-memory caches, after checking the query against the dataset.

import {
  aggregateClusters,
  clusterBenchmark,
  computeClusterMetrics,
  StatsInputError,
  type ClusterDefinition,
  type ClusterMetrics,
  type RelatednessDensity,
  type StatsTable,
} from '@kume/core';
import {
  findClusterDefinition,
  findDataset,
  loadDatasetTable,
  type ClusterDefinitionRow,
  type DatasetMeta,
  type Db,
} from '@kume/db';
import { HttpError, notFound } from '../http/httpError';
import { definitionFromEntries } from './definitionEntries';
import { StatisticsCache, typedArrayBytes } from './statisticsCache';

export interface ClusterAnalysis {
  metrics: ClusterMetrics;
  definition: ClusterDefinition;
  /** Employment of the nation (benchmark region, or sum of regions) at the definition's level, per metrics year. */
  nationalEmployment: ReadonlyMap<number, number>;
  /** The rows of output region r are [regionStart[r], regionStart[r + 1]) (rows are by region). */
  regionStart: Int32Array;
}

export interface StatisticsCaches {
  tables: StatisticsCache<StatsTable>;
  analyses: StatisticsCache<ClusterAnalysis>;
  densities: StatisticsCache<RelatednessDensity>;
}

const MB = 1024 * 1024;

/** One set of caches per app: about 400 MB at most (an 800,000-row table is 28 MB). */
export function createStatisticsCaches(): StatisticsCaches {
  return {
    tables: new StatisticsCache<StatsTable>(160 * MB, typedArrayBytes),
    analyses: new StatisticsCache<ClusterAnalysis>(160 * MB, typedArrayBytes),
    densities: new StatisticsCache<RelatednessDensity>(64 * MB, typedArrayBytes),
  };
}

/** Drops everything computed from a dataset or a definition (after an edit or a delete). */
export function invalidateStatistics(
  caches: StatisticsCaches,
  tag: `${'dataset' | 'definition'}:${string}`,
) {
  caches.tables.invalidate(tag);
  caches.analyses.invalidate(tag);
  caches.densities.invalidate(tag);
}

const invalidQuery = (field: string, message: string) =>
  new HttpError(400, 'validation', message, [
    { path: field === '' ? 'querystring' : `querystring.${field}`, message },
  ]);

/** Runs the engine, turning its bad-input errors into 400s. */
export function computing<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof StatsInputError) throw invalidQuery('', error.message);
    throw error;
  }
}

/** The dataset's table, decoded once and kept in the cache. */
export async function datasetTable(
  db: Db,
  caches: StatisticsCaches,
  dataset: DatasetMeta,
): Promise<StatsTable> {
  return caches.tables.get(`table:${dataset.id}`, [`dataset:${dataset.id}`], async () => {
    const table = await loadDatasetTable(db, dataset.projectId, dataset.id);
    if (!table) throw notFound('dataset');
    return table;
  });
}

/** The dataset, or 404. */
export async function requireDataset(db: Db, projectId: string, id: string): Promise<DatasetMeta> {
  const dataset = await findDataset(db, projectId, id);
  if (!dataset) throw notFound('dataset');
  return dataset;
}

/** Checks a year of the query against the dataset's years. */
export function checkYear(dataset: DatasetMeta, field: string, year: number): number {
  if (!dataset.years.includes(year))
    throw invalidQuery(field, `${year} is not a year of the dataset (${dataset.years.join(', ')})`);
  return year;
}

/** Checks a region of the query: in the table, and not the benchmark (which is not output). */
export function checkRegion(
  table: StatsTable,
  field: string,
  region: string,
  benchmark: string | undefined,
): string {
  if (!table.regions.includes(region))
    throw invalidQuery(field, `region "${region}" is not in the dataset`);
  if (field !== 'benchmark' && region === benchmark)
    throw invalidQuery(field, `region "${region}" is the benchmark; choose another region`);
  return region;
}

export interface AnalysisQuery {
  datasetId: string;
  definitionId: string;
  benchmark?: string | undefined;
  year?: number | undefined;
  fromYear?: number | undefined;
}

export interface ResolvedAnalysis {
  dataset: DatasetMeta;
  definitionRow: ClusterDefinitionRow;
  table: StatsTable;
  benchmark: string | undefined;
  /** The year asked for, else the dataset's latest. */
  year: number;
  /** The growth base year asked for, else the dataset's earliest. */
  fromYear: number;
  analysis: ClusterAnalysis;
}

function regionStarts(metrics: ClusterMetrics): Int32Array {
  const start = new Int32Array(metrics.regions.length + 1);
  for (let i = 0; i < metrics.length; i++) start[metrics.region[i]! + 1]! += 1;
  for (let r = 0; r < metrics.regions.length; r++) start[r + 1]! += start[r]!;
  return start;
}

function computeAnalysis(
  table: StatsTable,
  definition: ClusterDefinition,
  benchmark: string | undefined,
  fromYear: number,
): ClusterAnalysis {
  const metrics = computing(() =>
    computeClusterMetrics(table, definition, { benchmarkRegion: benchmark, fromYear }),
  );
  const nationalEmployment = new Map<number, number>();
  const regionCount = metrics.regions.length;
  if (benchmark === undefined) {
    metrics.years.forEach((year, y) => {
      let sum = 0;
      for (let r = 0; r < regionCount; r++) sum += metrics.regionYears.all[y * regionCount + r]!;
      nationalEmployment.set(year, sum);
    });
  } else {
    // The benchmark region is not among the metrics' regions: its totals come from the aggregate.
    const aggregate = aggregateClusters(table, definition, { years: metrics.years });
    const nation = clusterBenchmark(aggregate, benchmark);
    aggregate.years.forEach((year, y) => nationalEmployment.set(year, nation.all[y]!));
  }
  return { metrics, definition, nationalEmployment, regionStart: regionStarts(metrics) };
}

/**
 * Checks the query (dataset and definition in the project, years of the dataset, benchmark
 * region in it) and answers the cluster metrics for every year of the dataset, from the cache
 * when the same dataset, definition version, benchmark and growth base year were asked before.
 */
export async function resolveAnalysis(
  db: Db,
  caches: StatisticsCaches,
  projectId: string,
  query: AnalysisQuery,
): Promise<ResolvedAnalysis> {
  const dataset = await requireDataset(db, projectId, query.datasetId);
  const definitionRow = await findClusterDefinition(db, projectId, query.definitionId);
  if (!definitionRow) throw notFound('cluster definition');
  const year = checkYear(dataset, 'year', query.year ?? dataset.years.at(-1)!);
  const fromYear = checkYear(dataset, 'fromYear', query.fromYear ?? dataset.years[0]!);
  const table = await datasetTable(db, caches, dataset);
  const benchmark = query.benchmark;
  if (benchmark !== undefined) checkRegion(table, 'benchmark', benchmark, undefined);
  const key = [
    'analysis',
    dataset.id,
    definitionRow.id,
    definitionRow.updatedAt.getTime(),
    benchmark ?? '',
    fromYear,
  ].join('\u0000');
  const analysis = await caches.analyses.get(
    key,
    [`dataset:${dataset.id}`, `definition:${definitionRow.id}`],
    () => {
      const { definition, errors } = definitionFromEntries(definitionRow.entries);
      if (errors.length > 0)
        throw invalidQuery(
          'definitionId',
          `the cluster definition has errors: ${errors[0]!.message}`,
        );
      return computeAnalysis(table, definition, benchmark, fromYear);
    },
  );
  return { dataset, definitionRow, table, benchmark, year, fromYear, analysis };
}
