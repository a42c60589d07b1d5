// The project's benchmark case library for the Information Day deck: the shipped cases (copied in
// on first read) and the project's own; a deleted shipped case is hidden and can be restored.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BENCHMARK_CASES, benchmarkCaseInputSchema } from '@kume/core';
import {
  deleteBenchmarkCase,
  insertBenchmarkCase,
  listBenchmarkCases,
  restoreBenchmarkCases,
  updateBenchmarkCase,
  type BenchmarkCaseItem,
} from '@kume/db';
import { notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { slugParam } from './params';

/** A case of the library; `builtinKey` names the shipped case it was copied from, null for own. */
export const benchmarkCaseSchema = z.custom<BenchmarkCaseItem>();
const listSchema = z.object({ items: z.array(benchmarkCaseSchema) });
const caseParam = slugParam.extend({ caseId: z.uuid({ message: 'not an id' }) });
const tags = ['information day'];

export async function benchmarkCaseRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, now } = app.kume;
  const list = async (projectId: string) => ({
    items: await listBenchmarkCases(db, projectId, BENCHMARK_CASES),
  });

  app.get(
    '/api/projects/:slug/benchmark-cases',
    {
      schema: {
        tags,
        summary:
          "The project's benchmark cases: the shipped ones (copied in on first read) in their order, then the project's own",
        params: slugParam,
        response: { 200: listSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return list(project.id);
    },
  );

  app.post(
    '/api/projects/:slug/benchmark-cases',
    {
      schema: {
        tags,
        summary: 'Adds a case of the project (texts in Turkish and English)',
        params: slugParam,
        body: benchmarkCaseInputSchema,
        response: { 201: benchmarkCaseSchema },
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'events');
      const item = await insertBenchmarkCase(db, project.id, request.body, now());
      return reply.status(201).send(item);
    },
  );

  app.put(
    '/api/projects/:slug/benchmark-cases/:caseId',
    {
      schema: {
        tags,
        summary: 'Replaces a case (a shipped one keeps its key)',
        params: caseParam,
        body: benchmarkCaseInputSchema,
        response: { 200: benchmarkCaseSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'events');
      const item = await updateBenchmarkCase(
        db,
        project.id,
        request.params.caseId,
        request.body,
        now(),
      );
      if (!item) throw notFound('benchmark case');
      return item;
    },
  );

  app.delete(
    '/api/projects/:slug/benchmark-cases/:caseId',
    {
      schema: {
        tags,
        summary:
          'Deletes a case: a shipped case is hidden (restore shows it again), an own case is gone',
        params: caseParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'events');
      const deleted = await deleteBenchmarkCase(db, project.id, request.params.caseId, now());
      if (!deleted) throw notFound('benchmark case');
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/projects/:slug/benchmark-cases/restore',
    {
      schema: {
        tags,
        summary: 'Shows the deleted shipped cases again; answers the library',
        params: slugParam,
        response: { 200: listSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'events');
      await restoreBenchmarkCases(db, project.id, now());
      return list(project.id);
    },
  );
}
