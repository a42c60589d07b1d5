// Cluster definitions derived from the project's data: the dataset's code levels, the derivation
// (relatedness, clustering, scores, heat map; in a worker thread), a comparison with a project
// definition, and saving the analyst's edited clusters as a project definition.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { industryCodeLevel, normaliseIndustryCode } from '@kume/core';
import { StatsInputError } from '@kume/core/stats/statsInputError';
import { findClusterDefinition, insertClusterDefinition } from '@kume/db';
import { HttpError, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { definitionSchema, presentDefinition } from '../presenters/presentStatistics';
import { datasetTable, requireDataset } from '../statistics/clusterAnalysis';
import { definitionFromEntries, entriesOfDefinition } from '../statistics/definitionEntries';
import { compareWithDefinition } from '../statistics/deriveDefinitionsCompare';
import { invalidBody, prepareDeriveJob } from '../statistics/deriveDefinitionsInput';
import { entriesOfDerivedClusters } from '../statistics/deriveDefinitionsSave';
import {
  compareAnswerSchema,
  compareBodySchema,
  deriveAnswerSchema,
  deriveBodySchema,
  deriveLevelsQuerySchema,
  deriveLevelsSchema,
  saveDerivedBodySchema,
} from '../statistics/deriveDefinitionsSchemas';
import { runDerivation } from '../statistics/deriveDefinitionsThread';
import { slugParam } from './params';
import type { StatisticsRouteOptions } from './statisticsRoutes';

/** A 400 listing every issue (paths under body.), as the definition editor's PUT answers. */
function rejectBody(what: string, issues: { path: string; message: string }[]): HttpError {
  const placed = issues.map((issue) => ({ path: `body.${issue.path}`, message: issue.message }));
  return new HttpError(
    400,
    'validation',
    `${what}: ${placed.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
    placed,
  );
}

export async function statisticsDeriveRoutes(
  appBase: FastifyInstance,
  { caches }: StatisticsRouteOptions,
) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;
  const tags = ['statistics'];

  app.get(
    '/api/projects/:slug/statistics/derive/levels',
    {
      schema: {
        tags,
        summary: "The digit levels of a dataset's industry codes, with their numbers of industries",
        params: slugParam,
        querystring: deriveLevelsQuerySchema,
        response: { 200: deriveLevelsSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const dataset = await requireDataset(db, project.id, request.query.datasetId);
      const table = await datasetTable(db, caches, dataset);
      const counts = new Map<number, Set<string>>();
      for (const raw of table.industries) {
        const code = normaliseIndustryCode(raw);
        const digits = industryCodeLevel(code);
        if (digits === undefined) continue;
        const codes = counts.get(digits) ?? new Set<string>();
        codes.add(code);
        counts.set(digits, codes);
      }
      return {
        levels: [...counts]
          .sort((a, b) => a[0] - b[0])
          .map(([digits, codes]) => ({ digits, industries: codes.size })),
      };
    },
  );

  app.post(
    '/api/projects/:slug/statistics/derive',
    {
      schema: {
        tags,
        summary:
          "Derive cluster definitions from a dataset: relatedness of its industries (co-location of employment and establishments, input-output links of an IO table), clustered by one method or a grid of all three, with Delgado, Porter & Stern's validation scores and the relatedness heat map",
        params: slugParam,
        body: deriveBodySchema,
        response: { 200: deriveAnswerSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'statistics');
      const job = await prepareDeriveJob(db, caches, project.id, request.body);
      try {
        return await runDerivation(job);
      } catch (error) {
        // The engine's bad input (K above the industries, one region, an IO table without them).
        if (error instanceof StatsInputError) throw invalidBody('', error.message);
        throw error;
      }
    },
  );

  app.post(
    '/api/projects/:slug/statistics/derive/compare',
    {
      schema: {
        tags,
        summary:
          'Compare clusters with a project definition over the industries both cover: adjusted Rand index and the industries that moved',
        params: slugParam,
        body: compareBodySchema,
        response: { 200: compareAnswerSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'statistics');
      const row = await findClusterDefinition(db, project.id, request.body.definitionId);
      if (!row) throw notFound('cluster definition');
      const { definition } = definitionFromEntries(row.entries);
      return compareWithDefinition(definition, request.body.clusters);
    },
  );

  app.post(
    '/api/projects/:slug/statistics/definitions/derived',
    {
      schema: {
        tags,
        summary:
          'Save derived clusters (code, name, traded or local, industries) as a project definition; an industry in one cluster only, no empty cluster, names and codes once',
        params: slugParam,
        body: saveDerivedBodySchema,
        response: { 201: definitionSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'statistics');
      const { entries, issues } = entriesOfDerivedClusters(request.body.clusters);
      if (issues.length > 0) throw rejectBody('the definition was not saved', issues);
      const { definition, errors } = definitionFromEntries(entries);
      if (errors.length > 0)
        throw rejectBody(
          'the definition was not saved',
          errors.map((error) => ({ path: 'clusters', message: error.message })),
        );
      const row = await insertClusterDefinition(db, project.id, {
        name: request.body.name,
        description: request.body.description,
        source: 'derived from the data',
        entries: entriesOfDefinition(definition),
        createdBy: user.id,
      });
      return reply.status(201).send(presentDefinition(row));
    },
  );
}
