// The cluster portfolio of a region, the ranking of regions in a cluster, the overview of all
// regions, and the full region x cluster table as CSV, XLSX or JSON (the `kume stats clusters`
// columns).

import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clusterMetricColumns, compoundAnnualGrowthRate } from '@kume/core';
import { contentTypes, writeTable } from '@kume/io';
import { tableText } from '@kume/io/statistics';
import { badRequest, HttpError } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { clusterRowSchema, finiteOrNull, presentClusterRow } from '../presenters/presentClusterRow';
import { analysisQuerySchema, optionalCode } from '../statistics/analysisQuery';
import { checkRegion, resolveAnalysis, type ResolvedAnalysis } from '../statistics/clusterAnalysis';
import { slugParam } from './params';
import type { StatisticsRouteOptions } from './statisticsRoutes';

const clusterType = z.enum(['traded', 'local']);

export const regionPortfolioSchema = z.object({
  region: z.string(),
  year: z.number(),
  fromYear: z.number(),
  /** CAGR of national employment from fromYear to year; null when undefined (same year, none). */
  nationalGrowth: z.number().nullable(),
  clusterStrength: z.number().nullable(),
  totals: z.object({ traded: z.number(), local: z.number(), all: z.number() }),
  rows: z.array(clusterRowSchema),
});

export const clusterRankingSchema = z.object({
  cluster: z.string(),
  clusterName: z.string(),
  type: clusterType,
  year: z.number(),
  rows: z.array(clusterRowSchema),
});

export const overviewSchema = z.object({
  year: z.number(),
  regions: z.array(
    z.object({
      region: z.string(),
      clusterStrength: z.number().nullable(),
      strongCount: z.number(),
      traded: z.number(),
      all: z.number(),
    }),
  ),
  clusters: z.array(z.object({ code: z.string(), name: z.string(), type: clusterType })),
  uncovered: z.array(z.object({ industry: z.string(), employment: z.number() })),
});

/** XLSX holds at most 1,048,576 rows a sheet, the heading included. */
const XLSX_MAX_ROWS = 1_048_575;

function regionPortfolio(resolved: ResolvedAnalysis, region: string) {
  const { analysis, year, fromYear } = resolved;
  const { metrics, regionStart, nationalEmployment } = analysis;
  const r = metrics.regions.indexOf(region);
  const at = metrics.years.indexOf(year) * metrics.regions.length + r;
  const rows = [];
  for (let i = regionStart[r]!; i < regionStart[r + 1]!; i++)
    if (metrics.year[i] === year) rows.push(presentClusterRow(metrics, i));
  const growth = compoundAnnualGrowthRate(
    nationalEmployment.get(fromYear) ?? Number.NaN,
    nationalEmployment.get(year) ?? Number.NaN,
    year - fromYear,
  );
  return {
    region,
    year,
    fromYear,
    nationalGrowth: finiteOrNull(growth),
    clusterStrength: finiteOrNull(metrics.regionYears.clusterStrength[at]),
    totals: {
      traded: metrics.regionYears.traded[at]!,
      local: metrics.regionYears.local[at]!,
      all: metrics.regionYears.all[at]!,
    },
    rows,
  };
}

function clusterRanking(resolved: ResolvedAnalysis, cluster: string) {
  const { metrics } = resolved.analysis;
  const { year } = resolved;
  const u = metrics.units.findIndex((unit) => unit.cluster === cluster);
  const unit = metrics.units[u];
  if (!unit) {
    const message = `cluster "${cluster}" is not in the cluster definition`;
    throw new HttpError(400, 'validation', message, [{ path: 'querystring.cluster', message }]);
  }
  const rows = [];
  for (let i = 0; i < metrics.length; i++)
    if (metrics.unit[i] === u && metrics.year[i] === year) rows.push(presentClusterRow(metrics, i));
  rows.sort((a, b) => b.employment - a.employment || (a.region < b.region ? -1 : 1));
  return { cluster, clusterName: unit.clusterName, type: unit.type, year, rows };
}

function overview(resolved: ResolvedAnalysis) {
  const { metrics, definition } = resolved.analysis;
  const { year } = resolved;
  const regionCount = metrics.regions.length;
  const y = metrics.years.indexOf(year);
  const strongCount = new Int32Array(regionCount);
  for (let i = 0; i < metrics.length; i++)
    if (metrics.year[i] === year && metrics.strong[i] === 1) strongCount[metrics.region[i]!]! += 1;
  const slot = metrics.uncovered.years.indexOf(year);
  const uncovered = metrics.uncovered.industries
    .map((industry) => ({ industry: industry.code, employment: industry.employment[slot] ?? 0 }))
    .filter((industry) => industry.employment > 0)
    .sort((a, b) => b.employment - a.employment)
    .slice(0, 50);
  return {
    year,
    regions: metrics.regions.map((region, r) => ({
      region,
      clusterStrength: finiteOrNull(metrics.regionYears.clusterStrength[y * regionCount + r]),
      strongCount: strongCount[r]!,
      traded: metrics.regionYears.traded[y * regionCount + r]!,
      all: metrics.regionYears.all[y * regionCount + r]!,
    })),
    clusters: definition.clusters.map(({ code, name, type }) => ({ code, name, type })),
    uncovered,
  };
}

export async function statisticsClusterRoutes(
  appBase: FastifyInstance,
  { caches }: StatisticsRouteOptions,
) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;
  const tags = ['statistics'];

  app.get(
    '/api/projects/:slug/statistics/clusters',
    {
      schema: {
        tags,
        summary:
          "Cluster metrics for a year: a region's portfolio (region=R), the ranking of regions in a cluster (cluster=C), or an overview of all regions (neither)",
        params: slugParam,
        querystring: analysisQuerySchema.extend({ region: optionalCode, cluster: optionalCode }),
        response: { 200: z.union([regionPortfolioSchema, clusterRankingSchema, overviewSchema]) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const { region, cluster } = request.query;
      if (region !== undefined && cluster !== undefined)
        throw badRequest('give region or cluster, not both', [
          { path: 'querystring', message: 'give region or cluster, not both' },
        ]);
      const resolved = await resolveAnalysis(db, caches, project.id, request.query);
      if (region !== undefined) {
        checkRegion(resolved.table, 'region', region, resolved.benchmark);
        return regionPortfolio(resolved, region);
      }
      if (cluster !== undefined) return clusterRanking(resolved, cluster);
      return overview(resolved);
    },
  );

  app.get(
    '/api/projects/:slug/statistics/clusters/export',
    {
      schema: {
        tags,
        summary:
          'Every region x cluster of the year (or of all years) with the columns of `kume stats clusters`, as CSV, XLSX or JSON; formula-like text neutralised',
        params: slugParam,
        querystring: analysisQuerySchema.extend({
          format: z.enum(['csv', 'xlsx', 'json']).default('csv'),
          allYears: z
            .enum(['true', 'false'])
            .default('false')
            .transform((flag) => flag === 'true'),
        }),
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const resolved = await resolveAnalysis(db, caches, project.id, request.query);
      const { metrics } = resolved.analysis;
      const { format, allYears } = request.query;
      const rows: number[] = [];
      for (let i = 0; i < metrics.length; i++)
        if (allYears || metrics.year[i] === resolved.year) rows.push(i);
      const columns = clusterMetricColumns(metrics);
      const fileName = `${project.slug}-clusters-${allYears ? 'all-years' : resolved.year}.${format}`;
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      if (format === 'xlsx') {
        if (rows.length > XLSX_MAX_ROWS)
          throw badRequest(
            `${rows.length} rows do not fit in one XLSX sheet (at most ${XLSX_MAX_ROWS}): export CSV, or one year`,
          );
        const cells = rows.map((i) => columns.map((column) => column.value(i)));
        const bytes = await writeTable(
          'xlsx',
          columns.map((column) => column.name),
          cells,
          'clusters',
        );
        return reply.header('content-type', contentTypes.xlsx).send(bytes);
      }
      const type = format === 'csv' ? contentTypes.csv : 'application/json; charset=utf-8';
      return reply
        .header('content-type', type)
        .send(Readable.from(tableText(format, columns, rows, { byteOrderMark: true })));
    },
  );
}
