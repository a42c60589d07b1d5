// The cluster map: a project's value chain (a template copy it edits) and the map's data (nodes,
// edges, network metrics, summaries and the chain's gaps) computed from the registry and relations.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { copyValueChainTemplate, valueChainSchema, type ValueChain } from '@kume/core';
import { currentCommitments, listOrganisations, listRelations, updateProject } from '@kume/db';
import { buildClusterMap, type ClusterMap } from '../clusterMap/buildClusterMap';
import {
  projectValueChain,
  templateSummaries,
  type ChainSource,
} from '../clusterMap/projectValueChain';
import { HttpError } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { slugParam } from './params';

export const valueChainViewSchema = z.object({
  /** The project's own chain; null until a template is chosen or a chain saved. */
  chain: z.custom<ValueChain>().nullable(),
  templates: z.array(
    z.object({
      id: z.string(),
      name: z.object({ tr: z.string(), en: z.string() }),
      stageCount: z.number(),
    }),
  ),
});

export const clusterMapSchema = z.custom<
  ClusterMap & {
    chain: ValueChain;
    /** project: its own chain; sector_template: the template its sector names; else the generic one. */
    chainSource: ChainSource;
  }
>();

const putBody = z
  .object({
    /** Start from a fresh copy of this template (replacing the project's chain). */
    templateId: z.string().max(60).optional(),
    /** Save this edited chain. */
    chain: valueChainSchema.optional(),
  })
  .refine((body) => (body.templateId === undefined) !== (body.chain === undefined), {
    message: 'give either templateId or chain',
  });

export async function clusterMapRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.get(
    '/api/projects/:slug/value-chain',
    {
      schema: {
        tags: ['field study'],
        summary: "The project's value chain (null until chosen) and the templates to start from",
        params: slugParam,
        response: { 200: valueChainViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return { chain: project.valueChain ?? null, templates: templateSummaries() };
    },
  );

  app.put(
    '/api/projects/:slug/value-chain',
    {
      schema: {
        tags: ['field study'],
        summary: "Sets the project's value chain: a fresh copy of a template, or an edited chain",
        params: slugParam,
        body: putBody,
        response: { 200: valueChainViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'field_study');
      const { templateId, chain } = request.body;
      const valueChain = chain ?? (templateId ? copyValueChainTemplate(templateId) : undefined);
      if (!valueChain) {
        const message = `no template ${templateId ?? ''}`;
        throw new HttpError(400, 'validation', message, [{ path: 'body.templateId', message }]);
      }
      const updated = await updateProject(db, project.id, { valueChain });
      return { chain: updated.valueChain ?? null, templates: templateSummaries() };
    },
  );

  app.get(
    '/api/projects/:slug/cluster-map',
    {
      schema: {
        tags: ['field study'],
        summary:
          'The cluster map: organisations placed on the value chain, relations, network metrics, summaries by stage and type, and the ranked gaps',
        params: slugParam,
        response: { 200: clusterMapSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const [organisations, relations, commitments] = await Promise.all([
        listOrganisations(db, project.id),
        listRelations(db, project.id),
        currentCommitments(db, project.id),
      ]);
      const { chain, chainSource } = projectValueChain(project);
      const map = buildClusterMap({
        chain,
        organisations,
        relations: relations.map((item) => item.relation),
        commitments,
      });
      return { ...map, chain, chainSource };
    },
  );
}
