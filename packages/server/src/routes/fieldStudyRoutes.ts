// The field study's quota: distinct SMEs reached by responses, interviews and focus groups
// together, against the target (30 by default), by segment, with the gaps and who was reached how.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DEFAULT_QUOTA_TARGET,
  DEFAULT_SME_MAX_EMPLOYEES,
  quotaProgress,
  SME_TYPES,
  type QuotaProgress,
} from '@kume/core';
import { listOrganisations, reachedOrganisations, type ReachSource } from '@kume/db';
import { projectAccess } from '../http/projectAccess';
import { slugParam } from './params';

const REACH_SOURCES = ['response', 'interview', 'focus_group'] as const satisfies ReachSource[];

export const quotaSchema = z.object({
  /** core `quotaProgress` over the registry and the organisations reached. */
  progress: z.custom<QuotaProgress>(),
  /** Distinct SMEs reached through each way (an SME reached two ways counts in both). */
  sources: z.object({ responses: z.number(), interviews: z.number(), focusGroups: z.number() }),
  /** Every organisation reached, SME or not; `countsAsSme` tells whether it counts for the quota. */
  reached: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: z.string(),
      countsAsSme: z.boolean(),
      sources: z.array(z.enum(REACH_SOURCES)),
    }),
  ),
});

export async function fieldStudyRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.get(
    '/api/projects/:slug/field-study/quota',
    {
      schema: {
        tags: ['field study'],
        summary:
          'Distinct SMEs reached (responses, interviews, focus groups) against the target, by value-chain stage, size class and district, with the gaps',
        params: slugParam,
        querystring: z.object({
          target: z.coerce.number().int().min(1).max(1000).default(DEFAULT_QUOTA_TARGET),
        }),
        response: { 200: quotaSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const [organisations, reached] = await Promise.all([
        listOrganisations(db, project.id),
        reachedOrganisations(db, project.id),
      ]);
      const { target } = request.query;
      const progressOf = (ids: Iterable<string>) =>
        quotaProgress({ organisations, reached: new Set(ids), target });
      const via = (source: ReachSource) =>
        progressOf(reached.filter((r) => r.sources.includes(source)).map((r) => r.organisationId))
          .reached;
      const byId = new Map(organisations.map((o) => [o.id, o]));
      const smeTypes = new Set<string>(SME_TYPES);
      return {
        progress: progressOf(reached.map((r) => r.organisationId)),
        sources: {
          responses: via('response'),
          interviews: via('interview'),
          focusGroups: via('focus_group'),
        },
        reached: reached.flatMap(({ organisationId, sources }) => {
          const organisation = byId.get(organisationId);
          if (!organisation) return [];
          const { employees } = organisation;
          return [
            {
              id: organisation.id,
              name: organisation.name,
              type: organisation.type,
              // The same test as quotaProgress: a business type, head count unknown or SME-sized.
              countsAsSme:
                smeTypes.has(organisation.type) &&
                (employees == null || employees <= DEFAULT_SME_MAX_EMPLOYEES),
              sources,
            },
          ];
        }),
      };
    },
  );
}
