// The cluster map for download: organisations with their network metrics and the relations, as
// one XLSX workbook (two sheets) or either table as CSV, headings in Turkish or English.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentTypes, writeTable, writeWorkbook } from '@kume/io';
import { clusterMapTables } from '../clusterMap/clusterMapTables';
import { projectClusterMap } from '../clusterMap/projectClusterMap';
import { projectAccess } from '../http/projectAccess';
import { slugParam } from './params';

export const CLUSTER_MAP_EXPORT_FORMATS = ['xlsx', 'nodes-csv', 'edges-csv'] as const;

export async function clusterMapExportRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.get(
    '/api/projects/:slug/cluster-map/export',
    {
      schema: {
        tags: ['field study'],
        summary:
          "The cluster map's organisations (with network metrics and broker flag) and relations: XLSX with both sheets, or either as CSV (UTF-8 with BOM); headings in ?lang (default: the user's language)",
        params: slugParam,
        querystring: z.object({
          format: z.enum(CLUSTER_MAP_EXPORT_FORMATS).default('xlsx'),
          lang: z.enum(['tr', 'en']).optional(),
        }),
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const { format } = request.query;
      const language = request.query.lang ?? (user.locale === 'en' ? 'en' : 'tr');
      const { map, chain, names } = await projectClusterMap(db, project);
      const { nodes, edges } = clusterMapTables(map, chain, names, language);
      const base = `${project.slug}-cluster-map`;
      if (format === 'xlsx') {
        const bytes = await writeWorkbook([nodes, edges]);
        return reply
          .header('content-type', contentTypes.xlsx)
          .header('content-disposition', `attachment; filename="${base}.xlsx"`)
          .send(bytes);
      }
      const table = format === 'nodes-csv' ? nodes : edges;
      const bytes = await writeTable('csv', table.headings, table.rows);
      const suffix = format === 'nodes-csv' ? 'organisations' : 'relations';
      return reply
        .header('content-type', contentTypes.csv)
        .header('content-disposition', `attachment; filename="${base}-${suffix}.csv"`)
        .send(bytes);
    },
  );
}
