// The cluster map: a project's value chain (a template copy it edits) and the map's data (nodes,
// edges, network metrics, summaries and the chain's gaps) computed from the registry and relations.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { copyValueChainTemplate, valueChainSchema, type ValueChain } from '@kume/core';
import { findIoTable, updateIoSettings, updateProject } from '@kume/db';
import type { ClusterMap } from '../clusterMap/buildClusterMap';
import { projectClusterMap } from '../clusterMap/projectClusterMap';
import { ioViewSchema, projectSupplierGaps, type IoView } from '../clusterMap/supplierGaps';
import { templateSummaries, type ChainSource } from '../clusterMap/projectValueChain';
import { HttpError } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import type { StatisticsRouteOptions } from './statisticsRoutes';
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
    /** The supplier industries of the IO settings with their LQs; null until set. */
    io: IoView;
  }
>();

const ioSettingsBody = z.object({
  ioTableId: z.uuid({ message: 'not an id' }),
  clusterIndustries: z.array(z.string().trim().min(1).max(40)).min(1).max(200),
  excludedRows: z.array(z.string().trim().min(1).max(40)).max(2000).optional(),
});

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

export async function clusterMapRoutes(
  appBase: FastifyInstance,
  { caches }: StatisticsRouteOptions,
) {
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
      const { view: io, ...supplierEvidence } = await projectSupplierGaps(db, caches, project);
      const { map, chain, chainSource } = await projectClusterMap(db, project, supplierEvidence);
      return { ...map, chain, chainSource, io };
    },
  );

  app.put(
    '/api/projects/:slug/cluster-map/io-settings',
    {
      schema: {
        tags: ['field study'],
        summary:
          "Sets the map's input-output settings: an IO table of the project, the cluster's industries (column codes of the table) and optionally the rows that are no supplier; answers the supplier industries as GET /cluster-map's io",
        params: slugParam,
        body: ioSettingsBody,
        response: { 200: ioViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'statistics');
      const { ioTableId, clusterIndustries, excludedRows } = request.body;
      const table = await findIoTable(db, project.id, ioTableId);
      const invalid = (path: string, message: string) =>
        new HttpError(400, 'validation', `${path}: ${message}`, [{ path, message }]);
      if (!table) throw invalid('body.ioTableId', 'no such IO table in this project');
      const columns = new Set(table.industries.map((code) => code.toUpperCase()));
      const unknown = clusterIndustries.filter((code) => !columns.has(code.toUpperCase()));
      if (unknown.length > 0)
        throw invalid(
          'body.clusterIndustries',
          `not industries (columns) of the table: ${unknown.join(', ')}`,
        );
      const ioSettings = {
        ioTableId,
        clusterIndustries: [...new Set(clusterIndustries)],
        ...(excludedRows === undefined ? {} : { excludedRows: [...new Set(excludedRows)] }),
      };
      await updateIoSettings(db, project.id, ioSettings);
      return (await projectSupplierGaps(db, caches, { ...project, ioSettings })).view;
    },
  );
}
