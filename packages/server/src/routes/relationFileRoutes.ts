// Relations from a spreadsheet (cluster map edges): upload a CSV or XLSX, map its columns, see a
// dry run with every error by row and column and the duplicates, then import all rows or none.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  RELATION_IMPORT_FIELDS,
  suggestRelationImportMapping,
  validateRelationImport,
  type RelationImportCheck,
  type RelationImportMapping,
} from '@kume/core';
import { insertImportedRelations, relationImportContext } from '@kume/db';
import { HttpError } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { readTableUpload, tablePreview, type TablePreview } from '../http/readUpload';
import { slugParam } from './params';

const optionsSchema = z.object({
  mapping: z
    .partialRecord(z.enum(RELATION_IMPORT_FIELDS), z.number().int().min(0).max(199))
    .optional(),
  sheet: z.string().max(100).optional(),
  dryRun: z.boolean().default(true),
});

/** Rows of the check shown with both names, so the user sees what will be added. */
const PREVIEW_ROWS = 20;

export interface RelationImportPreviewView extends TablePreview {
  suggestedMapping: RelationImportMapping;
}

export interface RelationImportResultView extends Omit<RelationImportCheck, 'records'> {
  fileName: string;
  dryRun: boolean;
  mapping: RelationImportMapping;
  /** Relations the import adds (after a dry run: would add). */
  toAdd: number;
  preview: {
    row: number;
    source: string;
    target: string;
    relationType: RelationImportCheck['records'][number]['relationType'];
    sharePercent: number | null;
    confirmed: boolean;
  }[];
  /** Relations stored (0 on a dry run). */
  created: number;
}

export async function relationFileRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.post(
    '/api/projects/:slug/relations/import/preview',
    {
      schema: {
        tags: ['field study'],
        summary:
          'Read an uploaded relation file (CSV/XLSX): headings, first rows and a suggested column mapping',
        params: slugParam,
        consumes: ['multipart/form-data'],
      },
    },
    async (request): Promise<RelationImportPreviewView> => {
      await projectAccess(request, request.params.slug, 'field_study');
      const { file, table } = await readTableUpload(request, optionsSchema);
      return {
        ...tablePreview(file.name, table),
        suggestedMapping: suggestRelationImportMapping(table.headings),
      };
    },
  );

  app.post(
    '/api/projects/:slug/relations/import',
    {
      schema: {
        tags: ['field study'],
        summary:
          'Check (dryRun: true, the default) or import (dryRun: false) relations from a CSV/XLSX: columns source, target (organisation name or id), type, optional share, frequency, location, confirmed; all rows or none, relations the project has are skipped',
        params: slugParam,
        consumes: ['multipart/form-data'],
      },
    },
    async (request): Promise<RelationImportResultView> => {
      const { project, user } = await projectAccess(request, request.params.slug, 'field_study');
      const { file, options, table } = await readTableUpload(request, optionsSchema);
      const mapping = options.mapping ?? suggestRelationImportMapping(table.headings);
      const context = await relationImportContext(db, project.id);
      const { records, ...check } = validateRelationImport(
        table.headings,
        table.rows,
        mapping,
        context,
      );
      const names = new Map(context.organisations.map((o) => [o.id, o.name]));
      const result: RelationImportResultView = {
        fileName: file.name,
        dryRun: options.dryRun,
        mapping,
        ...check,
        toAdd: records.length,
        preview: records.slice(0, PREVIEW_ROWS).map((r) => ({
          row: r.row,
          source: names.get(r.sourceOrganisationId) ?? '',
          target: names.get(r.targetOrganisationId) ?? '',
          relationType: r.relationType,
          sharePercent: r.sharePercent,
          confirmed: r.confirmed,
        })),
        created: 0,
      };
      if (check.errorCount > 0 && !options.dryRun)
        throw new HttpError(
          422,
          'import_invalid',
          `nothing was imported: ${check.errorCount} error(s) in ${file.name}`,
          [],
          result,
        );
      if (options.dryRun || records.length === 0) return result;
      const created = await insertImportedRelations(db, project.id, records, {
        sourceFile: file.name,
        createdBy: user.id,
        now: app.kume.now(),
      });
      return { ...result, created };
    },
  );
}
