// Cluster definitions (industry -> cluster, traded or local, optional subcluster): import from
// CSV/XLSX (the US benchmark crosswalk's headings included), list, read, edit, delete.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  deleteClusterDefinition,
  findClusterDefinition,
  insertClusterDefinition,
  listClusterDefinitions,
  updateClusterDefinition,
} from '@kume/db';
import { readClusterDefinitionFile } from '@kume/io/statistics';
import { HttpError, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import {
  definitionSchema,
  definitionSummarySchema,
  presentDefinition,
  presentDefinitionSummary,
} from '../presenters/presentStatistics';
import { invalidateStatistics } from '../statistics/clusterAnalysis';
import { definitionFromEntries, entriesOfDefinition } from '../statistics/definitionEntries';
import { detectFileKind } from '../statistics/detectFileKind';
import { withUploadedFile } from '../statistics/receiveUpload';
import { rejectFile } from '../statistics/rejectFile';
import { idParam, slugParam } from './params';
import { nameFromFile } from './statisticsDatasetRoutes';
import type { StatisticsRouteOptions } from './statisticsRoutes';

/** A definition file is small (the US benchmark crosswalk is 0.1 MB). */
const MAX_DEFINITION_BYTES = 10 * 1024 * 1024;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((text) => (text === '' ? undefined : text));

const entrySchema = z.object({
  industry: z.string().trim().min(1).max(40),
  cluster: z.string().trim().min(1).max(200),
  clusterName: optionalText(200),
  type: z.enum(['traded', 'local']),
  subcluster: optionalText(200),
});

const definitionBodySchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000).default(''),
  entries: z.array(entrySchema).min(1).max(50_000),
});

export async function statisticsDefinitionRoutes(
  appBase: FastifyInstance,
  { caches }: StatisticsRouteOptions,
) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;
  const tags = ['statistics'];

  app.get(
    '/api/projects/:slug/statistics/definitions',
    {
      schema: {
        tags,
        summary: 'The cluster definitions of the project, newest first, with their counts',
        params: slugParam,
        response: { 200: z.array(definitionSummarySchema) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return (await listClusterDefinitions(db, project.id)).map(presentDefinitionSummary);
    },
  );

  app.post(
    '/api/projects/:slug/statistics/definitions',
    {
      schema: {
        tags,
        summary:
          'Import a cluster definition (multipart: file, options {name?}): CSV/XLSX with industry, cluster, type[, subcluster, cluster_name], or the US benchmark crosswalk',
        params: slugParam,
        consumes: ['multipart/form-data'],
        response: { 201: definitionSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'statistics');
      const options = z.object({ name: z.string().trim().min(1).max(200).optional() });
      const row = await withUploadedFile(
        request,
        options,
        async (upload) => {
          const kind = await detectFileKind(upload.path, upload.fileName);
          const result = await readClusterDefinitionFile(upload.path);
          if (!result.definition) throw rejectFile(upload.fileName, kind, result.errors);
          return insertClusterDefinition(db, project.id, {
            name: upload.options.name ?? nameFromFile(upload.fileName),
            source: upload.fileName,
            entries: entriesOfDefinition(result.definition),
            createdBy: user.id,
          });
        },
        MAX_DEFINITION_BYTES,
      );
      return reply.status(201).send(presentDefinition(row));
    },
  );

  app.get(
    '/api/projects/:slug/statistics/definitions/:id',
    {
      schema: {
        tags,
        summary: 'A cluster definition with its entries (one per industry)',
        params: idParam,
        response: { 200: definitionSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const row = await findClusterDefinition(db, project.id, request.params.id);
      if (!row) throw notFound('cluster definition');
      return presentDefinition(row);
    },
  );

  app.put(
    '/api/projects/:slug/statistics/definitions/:id',
    {
      // Tens of thousands of entries exceed the app's 1 MB body limit.
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Replace a cluster definition (name, description, entries); an industry may be in one cluster only',
        params: idParam,
        body: definitionBodySchema,
        response: { 200: definitionSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'statistics');
      const { definition, errors } = definitionFromEntries(request.body.entries);
      if (errors.length > 0) {
        const issues = errors.map((error) => ({
          path: `entries.${error.row - 1}.${error.field}`,
          message: error.message,
        }));
        throw new HttpError(
          400,
          'validation',
          `the definition was not saved: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
          issues,
        );
      }
      const row = await updateClusterDefinition(db, project.id, request.params.id, {
        name: request.body.name,
        description: request.body.description,
        entries: entriesOfDefinition(definition),
      });
      if (!row) throw notFound('cluster definition');
      invalidateStatistics(caches, `definition:${row.id}`);
      return presentDefinition(row);
    },
  );

  app.delete(
    '/api/projects/:slug/statistics/definitions/:id',
    { schema: { tags, summary: 'Delete a cluster definition', params: idParam } },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'statistics');
      if (!(await deleteClusterDefinition(db, project.id, request.params.id)))
        throw notFound('cluster definition');
      invalidateStatistics(caches, `definition:${request.params.id}`);
      return reply.status(204).send();
    },
  );
}
