// Analyses of one region beyond its portfolio: shift-share of employment change, related
// clusters (a network, and the strongly related clusters it is not strong in) and relatedness
// density (industries absent from the region but dense around it).

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  aggregateClusters,
  clusterBenchmark,
  densityOpportunities,
  industryMatrix,
  relatedClusters,
  relatednessDensity,
  shiftShare,
} from '@kume/core';
import { findRelatednessMatrix } from '@kume/db';
import { matchRelatedness } from '@kume/io/statistics';
import { badRequest, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { finiteOrNull } from '../presenters/presentClusterRow';
import { analysisQuerySchema } from '../statistics/analysisQuery';
import {
  checkRegion,
  checkYear,
  computing,
  datasetTable,
  requireDataset,
  resolveAnalysis,
} from '../statistics/clusterAnalysis';
import { slugParam } from './params';
import type { StatisticsRouteOptions } from './statisticsRoutes';

const clusterType = z.enum(['traded', 'local']);
const nullableNumber = z.number().nullable();
const regionQuery = analysisQuerySchema.extend({ region: z.string().trim().min(1).max(100) });

export const shiftShareSchema = z.object({
  region: z.string(),
  fromYear: z.number(),
  year: z.number(),
  rows: z.array(
    z.object({
      cluster: z.string(),
      clusterName: z.string(),
      type: clusterType,
      startEmployment: z.number(),
      endEmployment: z.number(),
      change: z.number(),
      nationalShare: z.number(),
      industryMix: z.number(),
      regionalShare: z.number(),
      homotheticEmployment: nullableNumber,
      homotheticCompetitive: nullableNumber,
      allocation: nullableNumber,
    }),
  ),
});

export const relatedSchema = z.object({
  region: z.string(),
  year: z.number(),
  strong: z.array(z.string()),
  nodes: z.array(
    z.object({
      cluster: z.string(),
      clusterName: z.string(),
      strong: z.boolean(),
      employment: z.number(),
      lq: nullableNumber,
    }),
  ),
  links: z.array(
    z.object({ source: z.string(), target: z.string(), score: z.number(), percentile: z.number() }),
  ),
  missing: z.array(
    z.object({
      strongCluster: z.string(),
      relatedCluster: z.string(),
      relatedClusterName: z.string(),
      score: z.number(),
      percentile: z.number(),
    }),
  ),
});

export const densitySchema = z.object({
  region: z.string(),
  year: z.number(),
  opportunities: z.array(
    z.object({ industry: z.string(), density: z.number(), rca: nullableNumber }),
  ),
});

export async function statisticsAnalysisRoutes(
  appBase: FastifyInstance,
  { caches }: StatisticsRouteOptions,
) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;
  const tags = ['statistics'];

  app.get(
    '/api/projects/:slug/statistics/shift-share',
    {
      schema: {
        tags,
        summary:
          "Shift-share of a region's employment change per cluster from fromYear to year: classic and Esteban-Marquillas",
        params: slugParam,
        querystring: regionQuery,
        response: { 200: shiftShareSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const resolved = await resolveAnalysis(db, caches, project.id, request.query);
      const { table, benchmark, year, fromYear } = resolved;
      const region = checkRegion(table, 'region', request.query.region, benchmark);
      if (year === fromYear)
        throw badRequest(`shift-share needs two different years (fromYear and year are ${year})`, [
          { path: 'querystring.fromYear', message: 'the same as year' },
        ]);
      const { definition } = resolved.analysis;
      const aggregate = computing(() =>
        aggregateClusters(table, definition, { years: [fromYear, year] }),
      );
      const result = computing(() =>
        shiftShare(aggregate, clusterBenchmark(aggregate, benchmark), fromYear, year),
      );
      const r = aggregate.regions.indexOf(region);
      const rows = aggregate.units.flatMap((unit, u) => {
        const k = r * aggregate.units.length + u;
        if (!(result.start[k]! > 0 || result.end[k]! > 0)) return [];
        return [
          {
            cluster: unit.cluster,
            clusterName: unit.clusterName,
            type: unit.type,
            startEmployment: result.start[k]!,
            endEmployment: result.end[k]!,
            change: result.change[k]!,
            nationalShare: result.nationalShare[k]!,
            industryMix: result.industryMix[k]!,
            regionalShare: result.regionalShare[k]!,
            homotheticEmployment: finiteOrNull(result.homotheticEmployment[k]),
            homotheticCompetitive: finiteOrNull(result.homotheticCompetitive[k]),
            allocation: finiteOrNull(result.allocation[k]),
          },
        ];
      });
      return { region, fromYear, year, rows };
    },
  );

  app.get(
    '/api/projects/:slug/statistics/related',
    {
      schema: {
        tags,
        summary:
          "A region's strong clusters in the relatedness network, and the strongly related clusters where it is not strong",
        params: slugParam,
        querystring: regionQuery.extend({
          relatednessId: z.uuid({ message: 'not an id' }),
          percentile: z.coerce.number().min(0).max(100).default(90),
        }),
        response: { 200: relatedSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const matrix = await findRelatednessMatrix(db, project.id, request.query.relatednessId);
      if (!matrix) throw notFound('relatedness matrix');
      const resolved = await resolveAnalysis(db, caches, project.id, request.query);
      const { year, benchmark } = resolved;
      const region = checkRegion(resolved.table, 'region', request.query.region, benchmark);
      const { metrics, definition, regionStart } = resolved.analysis;
      const minPercentile = request.query.percentile;
      const matrixNames = new Map(Object.entries(matrix.clusterNames));
      const { pairs } = matchRelatedness(matrix.pairs, matrixNames, definition);

      // The region's row of each cluster in the year.
      const r = metrics.regions.indexOf(region);
      const rowOf = new Map<string, number>();
      for (let i = regionStart[r]!; i < regionStart[r + 1]!; i++)
        if (metrics.year[i] === year) rowOf.set(metrics.units[metrics.unit[i]!]!.cluster, i);
      const strong = new Set([...rowOf].filter(([, i]) => metrics.strong[i] === 1).map(([c]) => c));
      const names = new Map(definition.clusters.map((cluster) => [cluster.code, cluster.name]));

      // Nodes: the definition's clusters the matrix knows; links: one per pair of them at the percentile.
      const inMatrix = new Set(pairs.flatMap((pair) => [pair.cluster, pair.related]));
      const nodes = definition.clusters
        .filter((cluster) => inMatrix.has(cluster.code))
        .map((cluster) => {
          const i = rowOf.get(cluster.code);
          return {
            cluster: cluster.code,
            clusterName: cluster.name,
            strong: strong.has(cluster.code),
            employment: i === undefined ? 0 : metrics.employment[i]!,
            lq: i === undefined ? null : finiteOrNull(metrics.lq[i]),
          };
        });
      const links = new Map<
        string,
        { source: string; target: string; score: number; percentile: number }
      >();
      for (const pair of pairs) {
        if (pair.cluster === pair.related || !(pair.percentile >= minPercentile)) continue;
        const [source, target] = [pair.cluster, pair.related].sort();
        const key = `${source}\u0000${target}`;
        if ((links.get(key)?.score ?? -Infinity) < pair.score)
          links.set(key, {
            source: source!,
            target: target!,
            score: pair.score,
            percentile: pair.percentile,
          });
      }
      const missing = relatedClusters(new Map([[region, strong]]), pairs, { minPercentile }).map(
        (neighbour) => ({
          strongCluster: neighbour.cluster,
          relatedCluster: neighbour.related,
          relatedClusterName: names.get(neighbour.related) ?? neighbour.related,
          score: neighbour.score,
          percentile: neighbour.percentile,
        }),
      );
      return { region, year, strong: [...strong], nodes, links: [...links.values()], missing };
    },
  );

  app.get(
    '/api/projects/:slug/statistics/density',
    {
      schema: {
        tags,
        summary:
          'Industries absent from a region (RCA < 1) with the highest relatedness density around them (economic complexity)',
        params: slugParam,
        querystring: regionQuery.extend({
          // The density works on industries: a definition is not needed.
          definitionId: z.uuid({ message: 'not an id' }).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(20),
        }),
        response: { 200: densitySchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const query = request.query;
      const dataset = await requireDataset(db, project.id, query.datasetId);
      const year = checkYear(dataset, 'year', query.year ?? dataset.years.at(-1)!);
      const table = await datasetTable(db, caches, dataset);
      if (query.benchmark !== undefined)
        checkRegion(table, 'benchmark', query.benchmark, undefined);
      const region = checkRegion(table, 'region', query.region, query.benchmark);
      const density = await caches.densities.get(
        ['density', dataset.id, query.benchmark ?? '', year].join('\u0000'),
        [`dataset:${dataset.id}`],
        () =>
          relatednessDensity(
            industryMatrix(table, { year, exclude: query.benchmark ? [query.benchmark] : [] }),
          ),
      );
      const opportunities = (densityOpportunities(density, region, query.limit) ?? []).map(
        (opportunity) => ({ ...opportunity, rca: finiteOrNull(opportunity.rca) }),
      );
      return { region, year, opportunities };
    },
  );
}
