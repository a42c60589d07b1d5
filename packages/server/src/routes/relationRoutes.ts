// Relations between the project's organisations (the cluster map's edges): the list with
// provenance, a relation added by hand, and deleting one.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RELATION_FREQUENCIES, RELATION_LOCATIONS, RELATION_TYPES } from '@kume/core';
import { deleteRelation, insertManualRelation, listRelations } from '@kume/db';
import { badRequest, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { relationSchema } from '../presenters/presentFieldStudy';
import { presentRelation } from '../presenters/presentQuestionnaire';
import { idParam, slugParam } from './params';

const relationBodySchema = z.object({
  sourceOrganisationId: z.uuid(),
  targetOrganisationId: z.uuid(),
  relationType: z.enum(RELATION_TYPES),
  sharePercent: z.number().int().min(0).max(100).optional(),
  frequency: z.enum(RELATION_FREQUENCIES).optional(),
  location: z.enum(RELATION_LOCATIONS).optional(),
});

export async function relationRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.get(
    '/api/projects/:slug/relations',
    {
      schema: {
        tags: ['field study'],
        summary:
          'Relations between organisations with who reported them, in which response, and whether the other side confirmed',
        params: slugParam,
        response: { 200: z.array(relationSchema) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return (await listRelations(db, project.id)).map(presentRelation);
    },
  );

  app.post(
    '/api/projects/:slug/relations',
    {
      schema: {
        tags: ['field study'],
        summary: 'Add a relation by hand (no response; it does not count as confirmation)',
        params: slugParam,
        body: relationBodySchema,
        response: { 201: relationSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'field_study');
      const body = request.body;
      if (body.sourceOrganisationId === body.targetOrganisationId)
        throw badRequest('a relation needs two different organisations', [
          { path: 'body.targetOrganisationId', message: 'the same as the source' },
        ]);
      const row = await insertManualRelation(db, project.id, body, user.id, app.kume.now());
      const item = (await listRelations(db, project.id)).find((r) => r.relation.id === row.id);
      if (!item) throw notFound('relation');
      return reply.status(201).send(presentRelation(item));
    },
  );

  app.delete(
    '/api/projects/:slug/relations/:id',
    {
      schema: { tags: ['field study'], summary: 'Delete a relation', params: idParam },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'field_study');
      if (!(await deleteRelation(db, project.id, request.params.id))) throw notFound('relation');
      return reply.status(204).send();
    },
  );
}
