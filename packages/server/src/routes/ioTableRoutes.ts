// Input-output direct-requirements tables of a project (BEA's file, a long or a matrix CSV/XLSX,
// with an optional code -> name file): import all or nothing, list, delete.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  deleteIoTable,
  insertIoTable,
  listIoTables,
  updateIoSettings,
  type IoTableMeta,
} from '@kume/db';
import { formatRowError, readDirectRequirements, type IoTableError } from '@kume/io/statistics';
import { HttpError, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { detectFileKind } from '../statistics/detectFileKind';
import { withUploadedFile } from '../statistics/receiveUpload';
import { idParam, slugParam } from './params';
import { nameFromFile } from './statisticsDatasetRoutes';

/** As relatedness matrices: the tables are read whole (BEA's summary table is 0.3 MB). */
const MAX_IO_TABLE_BYTES = 10 * 1024 * 1024;

export const ioTableSchema = z.object({
  id: z.string(),
  name: z.string(),
  fileName: z.string(),
  layout: z.enum(['bea', 'long', 'matrix']),
  cellCount: z.number(),
  /** The table's columns (the buying industries), with their names where a names file gave them. */
  industries: z.array(z.object({ code: z.string(), name: z.string().nullable() })),
  createdAt: z.string(),
});

const uploadOptions = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  layout: z.enum(['auto', 'bea', 'long', 'matrix']).default('auto'),
  sheet: z.string().max(200).optional(),
});

export function presentIoTable(meta: IoTableMeta): z.output<typeof ioTableSchema> {
  return {
    id: meta.id,
    name: meta.name,
    fileName: meta.fileName,
    layout: meta.layout as 'bea' | 'long' | 'matrix',
    cellCount: meta.cellCount,
    industries: meta.industries.map((code) => ({ code, name: meta.names[code] ?? null })),
    createdAt: meta.createdAt.toISOString(),
  };
}

/** 400 naming every error as file:line:column; nothing is stored. */
function rejectTable(errors: readonly IoTableError[], moreErrors: number): HttpError {
  const count = errors.length + moreErrors;
  const issues = errors.map((error) => ({
    path: `${error.file}:${error.line}:${error.column}`,
    message: error.message,
  }));
  const first = errors[0] ? `: ${formatRowError(errors[0].file, errors[0])}` : '';
  return new HttpError(
    400,
    'validation',
    `nothing was imported: ${count} error${count === 1 ? '' : 's'}${first}`,
    issues,
  );
}

export async function ioTableRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;
  const tags = ['statistics'];

  app.get(
    '/api/projects/:slug/io-tables',
    {
      schema: {
        tags,
        summary: 'The input-output tables of the project, newest first',
        params: slugParam,
        response: { 200: z.array(ioTableSchema) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return (await listIoTables(db, project.id)).map(presentIoTable);
    },
  );

  app.post(
    '/api/projects/:slug/io-tables',
    {
      schema: {
        tags,
        summary:
          'Import a direct-requirements table (multipart: file, optional names file, options {name?, layout?, sheet?}): BEA comma-separated without heading (commodity, industry, table number, coefficient), CSV/XLSX with supplier, industry, coefficient headings, or a square matrix; all cells or none',
        params: slugParam,
        consumes: ['multipart/form-data'],
        response: { 201: ioTableSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'statistics');
      const meta = await withUploadedFile(
        request,
        uploadOptions,
        async (upload) => {
          await detectFileKind(upload.path, upload.fileName);
          const names = upload.extraFiles.names;
          if (names) await detectFileKind(names.path, names.fileName);
          const result = await readDirectRequirements(upload.path, {
            fileName: upload.fileName,
            layout: upload.options.layout,
            ...(upload.options.sheet === undefined ? {} : { sheet: upload.options.sheet }),
            ...(names ? { names } : {}),
          });
          if (!result.table) throw rejectTable(result.errors, result.moreErrors);
          const { table } = result;
          return insertIoTable(db, project.id, {
            name: upload.options.name ?? nameFromFile(upload.fileName),
            fileName: upload.fileName,
            layout: table.layout,
            suppliers: table.suppliers,
            industries: table.industries,
            cells: table.cells.map((cell) => [cell.supplier, cell.industry, cell.coefficient]),
            names: Object.fromEntries(table.names),
            createdBy: user.id,
          });
        },
        MAX_IO_TABLE_BYTES,
        ['names'],
      );
      return reply.status(201).send(presentIoTable(meta));
    },
  );

  app.delete(
    '/api/projects/:slug/io-tables/:id',
    {
      schema: {
        tags,
        summary: "Delete an input-output table (and the cluster map's IO settings that use it)",
        params: idParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'statistics');
      if (!(await deleteIoTable(db, project.id, request.params.id))) throw notFound('IO table');
      if (project.ioSettings?.ioTableId === request.params.id)
        await updateIoSettings(db, project.id, null);
      return reply.status(204).send();
    },
  );
}
