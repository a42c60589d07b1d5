// The cluster map's supplier industries: the project's IO table and cluster industries through
// ioLinkages, each top supplier's location quotient in the project's focus region (statistics
// settings), and the evidence gapAnalysis turns into weak_supplier_industry gaps.

import { z } from 'zod';
import {
  buildClusterDefinition,
  computeClusterMetrics,
  industryCodeLevel,
  ioLinkages,
  normaliseIndustryCode,
  type IndustryEvidence,
  type StatsTable,
  type SupplierEvidence,
} from '@kume/core';
import { findDataset, findIoTable, type Db, type ProjectRow } from '@kume/db';
import { computing, datasetTable, type StatisticsCaches } from '../statistics/clusterAnalysis';

/** gapAnalysis's default minCoefficient: smaller suppliers are not judged. */
export const MIN_JUDGED_COEFFICIENT = 0.01;
/** How many supplier industries the map lists. */
const TOP_SUPPLIERS = 15;

const statisticsContext = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ready'),
    datasetId: z.string(),
    datasetName: z.string(),
    region: z.string(),
    year: z.number(),
    /** The benchmark region; null: the nation is the sum of the regions. */
    benchmark: z.string().nullable(),
  }),
  /** No dataset or focus region chosen in the statistics settings, or the region is not in it. */
  z.object({ status: z.enum(['no_dataset', 'no_region', 'region_not_in_dataset']) }),
]);

export const ioViewSchema = z
  .object({
    ioTableId: z.string(),
    /** null when the table was deleted after the settings were saved. */
    tableName: z.string().nullable(),
    clusterIndustries: z.array(z.string()),
    /** As saved; null: the default (defaultExcludedRows: the rows that are no column). */
    excludedRows: z.array(z.string()).nullable(),
    /** The rows left out of the ranking and the shares. */
    effectiveExcludedRows: z.array(z.string()),
    /** Cluster industries that are no column of the table. */
    missingIndustries: z.array(z.string()),
    statistics: statisticsContext,
    suppliers: z.array(
      z.object({
        industry: z.string(),
        name: z.string().nullable(),
        /** Dollars of the supplier's output per dollar of the cluster's (mean over its industries). */
        coefficient: z.number(),
        share: z.number(),
        locationQuotient: z.number().nullable(),
        /** The dataset's industry code the LQ is for, and how it matched. */
        matchedIndustry: z.string().nullable(),
        match: z.enum(['exact', 'prefix']).nullable(),
        /**
         * weak / not_weak: judged (LQ < 1 or not); not_assessed: no LQ (no statistics, or no
         * matching industry); below_threshold: coefficient under MIN_JUDGED_COEFFICIENT.
         */
        status: z.enum(['weak', 'not_weak', 'not_assessed', 'below_threshold']),
      }),
    ),
  })
  .nullable();
export type IoView = z.output<typeof ioViewSchema>;

export interface SupplierGaps {
  view: IoView;
  /** gapAnalysis's io and statistics inputs; absent without a table or statistics. */
  io?: SupplierEvidence[];
  statistics?: IndustryEvidence[];
}

export interface IndustryMatch {
  code: string;
  match: 'exact' | 'prefix';
}

/**
 * The dataset industry a supplier code stands for: the same code after normalisation, else its
 * digits without trailing letters and zeros as a prefix (BEA 3315 -> 3315, 3310 -> 331,
 * 4200 -> 42, 331A -> 331), when the dataset has that code or codes under it. undefined otherwise.
 */
export function matchIndustryCode(
  supplier: string,
  datasetCodes: ReadonlySet<string>,
): IndustryMatch | undefined {
  const code = normaliseIndustryCode(supplier);
  if (datasetCodes.has(code)) return { code, match: 'exact' };
  const prefix = /^(\d+?)0*[A-Z]*$/.exec(code)?.[1];
  if (!prefix || prefix.length < 2) return undefined;
  if (datasetCodes.has(prefix)) return { code: prefix, match: 'prefix' };
  for (const candidate of datasetCodes)
    if (candidate.startsWith(prefix) && industryCodeLevel(candidate) !== undefined)
      return { code: prefix, match: 'prefix' };
  return undefined;
}

/**
 * The total-employment location quotient (lqTotal of computeClusterMetrics, the statistics
 * routes' engine) of each code in `region` and `year`: each code is a one-industry "cluster",
 * one definition per code length so that no code nests in another. 0 where the region has none
 * of an industry the nation has; absent where undefined.
 */
export function industryLocationQuotients(
  table: StatsTable,
  codes: readonly string[],
  region: string,
  year: number,
  benchmark: string | undefined,
): Map<string, number> {
  const byLevel = new Map<number, string[]>();
  for (const code of new Set(codes)) {
    const level = industryCodeLevel(code) ?? 0;
    byLevel.set(level, [...(byLevel.get(level) ?? []), code]);
  }
  const result = new Map<string, number>();
  for (const group of byLevel.values()) {
    const { definition } = buildClusterDefinition(
      group.map((code) => ({ industry: code, cluster: code, type: 'traded' })),
    );
    const metrics = computing(() =>
      computeClusterMetrics(table, definition, {
        ...(benchmark === undefined ? {} : { benchmarkRegion: benchmark }),
        years: [year],
        fromYear: year,
      }),
    );
    const r = metrics.regions.indexOf(region);
    const nationHas = new Set<number>();
    for (let i = 0; i < metrics.length; i++) {
      if (metrics.year[i] !== year) continue;
      nationHas.add(metrics.unit[i]!);
      const lq = metrics.lqTotal[i]!;
      if (metrics.region[i] === r && Number.isFinite(lq))
        result.set(metrics.units[metrics.unit[i]!]!.cluster, lq);
    }
    const regionJobs = r < 0 ? 0 : (metrics.regionYears.all[r] ?? 0);
    metrics.units.forEach((unit, u) => {
      if (!result.has(unit.cluster) && nationHas.has(u) && regionJobs > 0)
        result.set(unit.cluster, 0);
    });
  }
  return result;
}

/**
 * The rows that are no column of a full table (BEA's value added V001-V003, noncomparable imports,
 * scrap): no supplier industry. A partial table (most rows no column) excludes nothing.
 */
export function defaultExcludedRows(
  table: { suppliers: readonly string[]; industries: readonly string[] } | undefined,
): string[] {
  if (!table) return [];
  const columns = new Set(table.industries.map((code) => code.toUpperCase()));
  const rows = table.suppliers.filter((code) => !columns.has(code.toUpperCase()));
  return rows.length * 2 > table.suppliers.length ? [] : rows;
}

type Project = Pick<ProjectRow, 'id' | 'ioSettings' | 'statisticsSettings'>;

/** The statistics the LQs come from: the project's dataset, focus region, year and benchmark. */
async function statisticsOf(
  db: Db,
  caches: StatisticsCaches,
  project: Project,
): Promise<
  | { status: 'no_dataset' | 'no_region' | 'region_not_in_dataset' }
  | { context: z.output<typeof statisticsContext> & { status: 'ready' }; table: StatsTable }
> {
  const settings = project.statisticsSettings ?? {};
  const dataset = settings.datasetId
    ? await findDataset(db, project.id, settings.datasetId)
    : undefined;
  if (!dataset) return { status: 'no_dataset' as const };
  if (!settings.focusRegion) return { status: 'no_region' as const };
  const table = await datasetTable(db, caches, dataset);
  if (!table.regions.includes(settings.focusRegion))
    return { status: 'region_not_in_dataset' as const };
  const year =
    settings.year && dataset.years.includes(settings.year) ? settings.year : dataset.years.at(-1)!;
  const benchmark =
    settings.benchmarkRegion && table.regions.includes(settings.benchmarkRegion)
      ? settings.benchmarkRegion
      : null;
  const context = {
    status: 'ready' as const,
    datasetId: dataset.id,
    datasetName: dataset.name,
    region: settings.focusRegion,
    year,
    benchmark,
  };
  return { context, table };
}

/**
 * The project's supplier industries and the gap input, or `view: null` while the project has no
 * IO settings. Every top supplier is listed: those without a location quotient as not assessed.
 */
export async function projectSupplierGaps(
  db: Db,
  caches: StatisticsCaches,
  project: Project,
): Promise<SupplierGaps> {
  const settings = project.ioSettings;
  if (!settings) return { view: null };
  const ioTable = await findIoTable(db, project.id, settings.ioTableId);
  const effectiveExcludedRows = settings.excludedRows ?? defaultExcludedRows(ioTable);
  const linkages = ioLinkages(
    (ioTable?.cells ?? []).map(([supplier, industry, coefficient]) => ({
      supplier,
      industry,
      coefficient,
    })),
    settings.clusterIndustries,
    { top: TOP_SUPPLIERS, exclude: effectiveExcludedRows },
  );
  const names = new Map(
    Object.entries(ioTable?.names ?? {}).map(([code, name]) => [code.toUpperCase(), name]),
  );
  const stats = ioTable ? await statisticsOf(db, caches, project) : undefined;
  const statistics: z.output<typeof statisticsContext> =
    stats === undefined ? { status: 'no_dataset' } : 'context' in stats ? stats.context : stats;

  const matches = new Map<string, IndustryMatch>();
  let lqs = new Map<string, number>();
  if (stats && 'table' in stats) {
    const datasetCodes = new Set(stats.table.industries.map(normaliseIndustryCode));
    for (const supplier of linkages.suppliers) {
      const match = matchIndustryCode(supplier.industry, datasetCodes);
      if (match) matches.set(supplier.industry, match);
    }
    const { region, year, benchmark } = stats.context;
    lqs = industryLocationQuotients(
      stats.table,
      [...matches.values()].map((m) => m.code),
      region,
      year,
      benchmark ?? undefined,
    );
  }

  const suppliers = linkages.suppliers.map((supplier) => {
    const match = matches.get(supplier.industry);
    const lq = match ? lqs.get(match.code) : undefined;
    const status =
      supplier.coefficient < MIN_JUDGED_COEFFICIENT
        ? ('below_threshold' as const)
        : lq === undefined
          ? ('not_assessed' as const)
          : lq < 1
            ? ('weak' as const)
            : ('not_weak' as const);
    return {
      industry: supplier.industry,
      name: names.get(supplier.industry) ?? null,
      coefficient: supplier.coefficient,
      share: supplier.share,
      locationQuotient: lq ?? null,
      matchedIndustry: match?.code ?? null,
      match: match?.match ?? null,
      status,
    };
  });
  const view: IoView = {
    ioTableId: settings.ioTableId,
    tableName: ioTable?.name ?? null,
    clusterIndustries: settings.clusterIndustries,
    excludedRows: settings.excludedRows ?? null,
    effectiveExcludedRows,
    missingIndustries: linkages.missing,
    statistics,
    suppliers,
  };
  if (suppliers.length === 0 || statistics.status !== 'ready') return { view };
  return {
    view,
    io: suppliers.map((s) => ({
      industry: s.industry,
      ...(s.name === null ? {} : { name: s.name }),
      coefficient: s.coefficient,
    })),
    statistics: suppliers.flatMap((s) =>
      s.locationQuotient === null
        ? []
        : [{ industry: s.industry, locationQuotient: s.locationQuotient }],
    ),
  };
}
