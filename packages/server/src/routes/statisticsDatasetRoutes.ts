// Statistics datasets: preview a file, import a region x industry x year file (CBP, Eurostat TSV,
// generic CSV or XLSX by its headings or a column mapping, up to 200 MB, all or nothing), list,
// read, rename and delete.

import { basename, extname } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StatsTable } from '@kume/core';
import { deleteDataset, insertDataset, listDatasets, renameDataset } from '@kume/db';
import {
  previewStatisticsFile,
  readStatisticsFile,
  type ReadStatisticsFileOptions,
} from '@kume/io/statistics';
import { HttpError, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { datasetSchema, presentDataset } from '../presenters/presentStatistics';
import { datasetTable, invalidateStatistics, requireDataset } from '../statistics/clusterAnalysis';
import {
  datasetImportOptionsSchema,
  datasetPreviewOptionsSchema,
  datasetPreviewSchema,
} from '../statistics/datasetImportSchemas';
import { detectFileKind } from '../statistics/detectFileKind';
import { withUploadedFile } from '../statistics/receiveUpload';
import { rejectFile } from '../statistics/rejectFile';
import { idParam, slugParam } from './params';
import type { StatisticsRouteOptions } from './statisticsRoutes';

const patchSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  notes: z.string().max(5000).optional(),
});

/** The file name without folder and extension, as a default name. */
export const nameFromFile = (fileName: string) =>
  basename(fileName, extname(fileName)).trim().slice(0, 200) || 'upload';

/** What the analyst should know about a dataset that imported cleanly. */
function datasetWarnings(table: StatsTable, years: readonly number[]): string[] {
  const warnings: string[] = [];
  let suppressed = 0;
  for (let i = 0; i < table.length; i++) if (table.flag[i] !== 0) suppressed += 1;
  if (suppressed > 0)
    warnings.push(
      `${suppressed} employment values are suppressed (flagged); the analysis fills them with the flag's typical size`,
    );
  if (years.length === 1)
    warnings.push(`the data has one year (${years[0]}): growth and shift-share need two`);
  return warnings;
}

export async function statisticsDatasetRoutes(
  appBase: FastifyInstance,
  { caches }: StatisticsRouteOptions,
) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;
  const tags = ['statistics'];

  app.get(
    '/api/projects/:slug/statistics/datasets',
    {
      schema: {
        tags,
        summary: 'The imported statistics datasets, newest first',
        params: slugParam,
        response: { 200: z.array(datasetSchema) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return (await listDatasets(db, project.id)).map(presentDataset);
    },
  );

  app.post(
    '/api/projects/:slug/statistics/datasets/preview',
    {
      schema: {
        tags,
        summary:
          'Preview a statistics file (multipart: file, or only the beginning of a large CSV, and options {sheet?, fileSize?}): its format, headings, first rows, a row count and a suggested column mapping',
        params: slugParam,
        consumes: ['multipart/form-data'],
        response: { 200: datasetPreviewSchema },
      },
    },
    async (request) => {
      await projectAccess(request, request.params.slug, 'statistics');
      return withUploadedFile(request, datasetPreviewOptionsSchema, async (upload) => {
        await detectFileKind(upload.path, upload.fileName);
        const { sheet, fileSize } = upload.options;
        const preview = await previewStatisticsFile(upload.path, {
          fileName: upload.fileName,
          ...(sheet === undefined ? {} : { sheet }),
          ...(fileSize === undefined ? {} : { fileSize }),
        });
        return { fileName: upload.fileName, ...preview };
      });
    },
  );

  app.post(
    '/api/projects/:slug/statistics/datasets',
    {
      schema: {
        tags,
        summary:
          'Import a statistics file (multipart: file, options {name?, format?, mapping?, year?, sheet?}): CBP, Eurostat TSV, or CSV/XLSX with region, industry, year, employment, establishments found by their headings or given by a column mapping; all rows or none',
        params: slugParam,
        consumes: ['multipart/form-data'],
        response: { 201: datasetSchema.extend({ warnings: z.array(z.string()) }) },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'statistics');
      const created = await withUploadedFile(
        request,
        datasetImportOptionsSchema,
        async (upload) => {
          const kind = await detectFileKind(upload.path, upload.fileName);
          const { mapping, year, sheet } = upload.options;
          const readOptions: ReadStatisticsFileOptions = {
            ...(mapping === undefined ? {} : { mapping }),
            ...(year === undefined ? {} : { year }),
            ...(sheet === undefined ? {} : { sheet }),
          };
          const result = await readStatisticsFile(upload.path, readOptions);
          if (!result.table)
            throw rejectFile(upload.fileName, kind, result.errors, result.moreErrors);
          const { format } = upload.options;
          if (format !== 'auto' && result.layout !== format) {
            const message = `${upload.fileName} reads as a ${result.layout} table, not ${format}: check the file or choose the format "auto"`;
            throw new HttpError(400, 'unsupported_file', message, [
              { path: 'options.format', message },
            ]);
          }
          const meta = await insertDataset(db, project.id, {
            name: upload.options.name ?? nameFromFile(upload.fileName),
            fileName: upload.fileName,
            sourceFormat: result.layout,
            table: result.table,
            createdBy: user.id,
          });
          return { ...presentDataset(meta), warnings: datasetWarnings(result.table, meta.years) };
        },
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/projects/:slug/statistics/datasets/:id',
    {
      schema: {
        tags,
        summary: 'A dataset with its region codes (in the order of the file)',
        params: idParam,
        response: { 200: datasetSchema.extend({ regions: z.array(z.string()) }) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const dataset = await requireDataset(db, project.id, request.params.id);
      const table = await datasetTable(db, caches, dataset);
      return { ...presentDataset(dataset), regions: [...table.regions] };
    },
  );

  app.patch(
    '/api/projects/:slug/statistics/datasets/:id',
    {
      schema: {
        tags,
        summary: 'Rename a dataset or change its notes',
        params: idParam,
        body: patchSchema,
        response: { 200: datasetSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'statistics');
      const row =
        Object.keys(request.body).length === 0
          ? await requireDataset(db, project.id, request.params.id)
          : await renameDataset(db, project.id, request.params.id, request.body);
      if (!row) throw notFound('dataset');
      return presentDataset(row);
    },
  );

  app.delete(
    '/api/projects/:slug/statistics/datasets/:id',
    {
      schema: { tags, summary: 'Delete a dataset', params: idParam },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'statistics');
      if (!(await deleteDataset(db, project.id, request.params.id))) throw notFound('dataset');
      invalidateStatistics(caches, `dataset:${request.params.id}`);
      return reply.status(204).send();
    },
  );
}
