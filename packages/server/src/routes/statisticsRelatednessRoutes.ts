// Cluster relatedness matrices (cluster x cluster scores such as the US Cluster Mapping's
// relatedClusters.csv): import from CSV/XLSX, list, delete.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  deleteRelatednessMatrix,
  insertRelatednessMatrix,
  listRelatednessMatrices,
} from '@kume/db';
import { readRelatednessFile } from '@kume/io/statistics';
import { notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { presentRelatedness, relatednessSchema } from '../presenters/presentStatistics';
import { detectFileKind } from '../statistics/detectFileKind';
import { withUploadedFile } from '../statistics/receiveUpload';
import { rejectFile } from '../statistics/rejectFile';
import { slugParam, idParam } from './params';
import { nameFromFile } from './statisticsDatasetRoutes';
import type { StatisticsRouteOptions } from './statisticsRoutes';

/** The published 51 x 51 matrix is 0.5 MB as CSV. */
const MAX_MATRIX_BYTES = 10 * 1024 * 1024;

export async function statisticsRelatednessRoutes(
  appBase: FastifyInstance,
  _options: StatisticsRouteOptions,
) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;
  const tags = ['statistics'];

  app.get(
    '/api/projects/:slug/statistics/relatedness',
    {
      schema: {
        tags,
        summary: 'The cluster relatedness matrices of the project, newest first',
        params: slugParam,
        response: { 200: z.array(relatednessSchema) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return (await listRelatednessMatrices(db, project.id)).map(presentRelatedness);
    },
  );

  app.post(
    '/api/projects/:slug/statistics/relatedness',
    {
      schema: {
        tags,
        summary:
          'Import a relatedness matrix (multipart: file, options {name?}): columns cluster_code, cluster_code_2, cr_all, cr_all_pc, or cluster, related, score, percentile',
        params: slugParam,
        consumes: ['multipart/form-data'],
        response: { 201: relatednessSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'statistics');
      const options = z.object({ name: z.string().trim().min(1).max(200).optional() });
      const meta = await withUploadedFile(
        request,
        options,
        async (upload) => {
          const kind = await detectFileKind(upload.path, upload.fileName);
          const result = await readRelatednessFile(upload.path);
          if (!result.matrix) throw rejectFile(upload.fileName, kind, result.errors);
          return insertRelatednessMatrix(db, project.id, {
            name: upload.options.name ?? nameFromFile(upload.fileName),
            fileName: upload.fileName,
            pairs: result.matrix.pairs,
            clusterNames: Object.fromEntries(result.matrix.names),
            createdBy: user.id,
          });
        },
        MAX_MATRIX_BYTES,
      );
      return reply.status(201).send(presentRelatedness(meta));
    },
  );

  app.delete(
    '/api/projects/:slug/statistics/relatedness/:id',
    { schema: { tags, summary: 'Delete a relatedness matrix', params: idParam } },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'statistics');
      if (!(await deleteRelatednessMatrix(db, project.id, request.params.id)))
        throw notFound('relatedness matrix');
      return reply.status(204).send();
    },
  );
}
