// Adds one of the cluster definitions shipped with Kume (the NACE Rev.2 default, on classes or on
// divisions) to a project, as its own definition that the analyst can then edit like an import.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  naceClusterDefinition,
  naceDefinitionInfo,
} from '@kume/core/stats/nace/naceClusterDefinition';
import { NACE_DEFINITION_IDS } from '@kume/core/stats/nace/naceDefinitionIds';
import { insertClusterDefinition } from '@kume/db';
import { projectAccess } from '../http/projectAccess';
import { definitionSchema, presentDefinition } from '../presenters/presentStatistics';
import { entriesOfDefinition } from '../statistics/definitionEntries';
import { slugParam } from './params';

const builtinBodySchema = z.object({
  definition: z.enum(NACE_DEFINITION_IDS),
  /** The language of the cluster names (codes stay the English names either way). */
  language: z.enum(['en', 'tr']).default('en'),
  name: z.string().trim().min(1).max(200).optional(),
});

export async function statisticsBuiltinDefinitionRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.post(
    '/api/projects/:slug/statistics/definitions/builtin',
    {
      schema: {
        tags: ['statistics'],
        summary:
          "Add a cluster definition shipped with Kume to the project: Kume's NACE Rev.2 default on 4-digit classes or on 2-digit divisions, cluster names in English or Turkish",
        params: slugParam,
        body: builtinBodySchema,
        response: { 201: definitionSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'statistics');
      const { definition: id, language, name } = request.body;
      const info = naceDefinitionInfo(id, language);
      const row = await insertClusterDefinition(db, project.id, {
        name: name ?? info.name,
        description: info.description,
        source: info.source,
        entries: entriesOfDefinition(naceClusterDefinition(id, language)),
        createdBy: user.id,
      });
      return reply.status(201).send(presentDefinition(row));
    },
  );
}
