// Organisation registry in and out of spreadsheets: upload a CSV or XLSX, map its columns, see
// a dry run with every error by row and column, then import all rows or none; export to CSV/XLSX.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  IMPORT_FIELDS,
  ORGANISATION_TYPES,
  suggestColumnMapping,
  validateOrganisationImport,
  type ColumnMapping,
} from '@kume/core';
import { insertOrganisations, listContacts, organisationNameKeys } from '@kume/db';
import { HttpError } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { readTableUpload, tablePreview } from '../http/readUpload';
import { contentTypes, writeTable } from '@kume/io';
import { organisationSummaries } from '../stakeholders/organisationSummaries';
import { slugParam } from './params';
import { listQuerySchema, queryOrganisations } from './organisationRoutes';

const mappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(199));
const optionsSchema = z.object({
  mapping: mappingSchema.optional(),
  defaultType: z.enum(ORGANISATION_TYPES).optional(),
  sheet: z.string().max(100).optional(),
  dryRun: z.boolean().default(true),
});

export async function registryFileRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.post(
    '/api/projects/:slug/organisations/import/preview',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Read an uploaded CSV/XLSX: headings, first rows and a suggested column mapping',
        params: slugParam,
        consumes: ['multipart/form-data'],
      },
    },
    async (request) => {
      await projectAccess(request, request.params.slug, 'registry');
      const { file, table } = await readTableUpload(request, optionsSchema);
      return {
        ...tablePreview(file.name, table),
        suggestedMapping: suggestColumnMapping(table.headings),
      };
    },
  );

  app.post(
    '/api/projects/:slug/organisations/import',
    {
      schema: {
        tags: ['stakeholders'],
        summary:
          'Check (dryRun: true) or import (dryRun: false) organisations from a CSV/XLSX with a column mapping; all rows or none',
        params: slugParam,
        consumes: ['multipart/form-data'],
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'registry');
      const { file, options, table } = await readTableUpload(request, optionsSchema);
      const mapping: ColumnMapping = options.mapping ?? suggestColumnMapping(table.headings);
      const validation = validateOrganisationImport(table.headings, table.rows, mapping, {
        ...(options.defaultType ? { defaultType: options.defaultType } : {}),
        existingNameKeys: await organisationNameKeys(db, project.id),
      });
      const result = {
        fileName: file.name,
        dryRun: options.dryRun,
        mapping,
        rowCount: table.rows.length,
        validCount: validation.records.length,
        emptyRows: validation.emptyRows,
        errors: validation.errors.slice(0, 500),
        errorCount: validation.errors.length,
        preview: validation.records
          .slice(0, 20)
          .map((r) => ({ row: r.row, ...r.organisation, contactName: r.contact?.name ?? null })),
        created: 0,
      };
      if (validation.errors.length > 0 && !options.dryRun) {
        throw new HttpError(
          422,
          'import_invalid',
          `nothing was imported: ${validation.errors.length} error(s) in ${file.name}`,
          [],
          result,
        );
      }
      if (options.dryRun) return result;
      const created = await insertOrganisations(
        db,
        project.id,
        validation.records.map((r) => ({
          organisation: r.organisation,
          contacts: r.contact ? [r.contact] : [],
        })),
      );
      return { ...result, created: created.length };
    },
  );

  app.get(
    '/api/projects/:slug/organisations/export',
    {
      schema: {
        tags: ['stakeholders'],
        summary:
          'The registry (filtered like the list) as CSV or XLSX, snake_case columns; formula-like cells neutralised',
        params: slugParam,
        querystring: listQuerySchema
          .omit({ page: true, pageSize: true })
          .extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const locale = request.query.locale ?? user.locale ?? 'tr';
      const all = await organisationSummaries(db, project.id);
      const rows = queryOrganisations(
        all,
        { ...request.query, page: 1, pageSize: Math.max(all.length, 1) },
        locale,
      ).items;
      const contacts = await listContacts(db, project.id);
      const firstContact = new Map<string, (typeof contacts)[number]>();
      for (const contact of contacts)
        if (!firstContact.has(contact.organisationId))
          firstContact.set(contact.organisationId, contact);
      const headings = [
        'name',
        'type',
        'industry_code',
        'value_chain_stage',
        'employees',
        'district',
        'city',
        'address',
        'website',
        'latitude',
        'longitude',
        'notes',
        'contact_name',
        'contact_role',
        'contact_email',
        'contact_phone',
        'contact_consent',
        'willingness',
        'influence',
        'visit_count',
        'last_visited_on',
      ];
      const table = rows.map((o) => {
        const c = firstContact.get(o.id);
        return [
          o.name,
          o.type,
          o.industryCode,
          o.valueChainStage,
          o.employees,
          o.district,
          o.city,
          o.address,
          o.website,
          o.latitude,
          o.longitude,
          o.notes,
          c?.name ?? null,
          c?.role ?? null,
          c?.email ?? null,
          c?.phone ?? null,
          c ? (c.consentToContact ? 'yes' : 'no') : null,
          o.willingness,
          o.influence,
          o.visitCount,
          o.lastVisitedOn,
        ];
      });
      const format = request.query.format;
      const bytes = await writeTable(format, headings, table, 'organisations');
      return reply
        .header('content-type', contentTypes[format])
        .header(
          'content-disposition',
          `attachment; filename="${project.slug}-organisations.${format}"`,
        )
        .send(bytes);
    },
  );
}
