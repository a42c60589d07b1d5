// Map shapes a project imports for its choropleth maps (NUTS regions, Turkish provinces or
// districts, any GeoJSON of polygons): upload, list, read the shapes (cached), delete.

import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readGeoJsonRegions, regionsGeoJson, type GeoJsonIssue } from '@kume/core';
import { deleteGeography, insertGeography, listGeographies, loadGeographyShapes } from '@kume/db';
import { HttpError, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { geographySchema, presentGeography } from '../presenters/presentGeography';
import { parseJsonFile } from '../statistics/parseJsonFile';
import { withUploadedFile } from '../statistics/receiveUpload';
import { idParam, slugParam } from './params';
import { nameFromFile } from './statisticsDatasetRoutes';
import type { StatisticsRouteOptions } from './statisticsRoutes';

/** Room for a detailed district map; a choropleth needs little detail, so larger files can be
 * simplified first (mapshaper, QGIS). */
export const MAX_GEOGRAPHY_BYTES = 20 * 1024 * 1024;

const optionsSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  idProperty: z.string().trim().min(1).max(200).optional(),
  nameProperty: z.string().trim().min(1).max(200).nullable().optional(),
});

/** A 400 `validation` listing the file's issues; the options' properties are named as options. */
function rejectGeoJson(fileName: string, issues: GeoJsonIssue[], count: number): HttpError {
  const placed = issues.map((issue) => ({
    path: ['idProperty', 'nameProperty'].includes(issue.path)
      ? `options.${issue.path}`
      : issue.path || 'file',
    message: issue.message,
  }));
  const first = placed[0] ? `: ${placed[0].path}: ${placed[0].message}` : '';
  return new HttpError(
    400,
    'validation',
    `nothing was imported: ${count} error${count === 1 ? '' : 's'} in ${fileName}${first}`,
    placed,
  );
}

/** Whether an Accept-Encoding header takes gzip (not refused with q=0). */
function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    return (
      (coding.trim() === 'gzip' || coding.trim() === '*') && (q === undefined || Number(q) > 0)
    );
  });
}

export async function statisticsGeographyRoutes(
  appBase: FastifyInstance,
  _options: StatisticsRouteOptions,
) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;
  const tags = ['statistics'];

  app.get(
    '/api/projects/:slug/statistics/geographies',
    {
      schema: {
        tags,
        summary: 'The map shapes (GeoJSON) the project imported, newest first, without the shapes',
        params: slugParam,
        response: { 200: z.array(geographySchema) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return (await listGeographies(db, project.id)).map(presentGeography);
    },
  );

  app.post(
    '/api/projects/:slug/statistics/geographies',
    {
      schema: {
        tags,
        summary:
          'Import map shapes (multipart: file, a GeoJSON FeatureCollection of Polygon/MultiPolygon features in WGS 84, up to 20 MB; options {name?, idProperty?, nameProperty?}, the properties guessed when absent)',
        params: slugParam,
        consumes: ['multipart/form-data'],
        response: { 201: geographySchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'statistics');
      const meta = await withUploadedFile(
        request,
        optionsSchema,
        async (upload) => {
          const json = parseJsonFile(await readFile(upload.path), upload.fileName);
          const { regions, issues, issueCount } = readGeoJsonRegions(json, {
            idProperty: upload.options.idProperty,
            nameProperty: upload.options.nameProperty,
          });
          if (!regions) throw rejectGeoJson(upload.fileName, issues, issueCount);
          const shapes = await promisify(gzip)(JSON.stringify(regionsGeoJson(regions)));
          return insertGeography(db, project.id, {
            name: upload.options.name ?? nameFromFile(upload.fileName),
            fileName: upload.fileName,
            idProperty: regions.idProperty,
            nameProperty: regions.nameProperty,
            regions: regions.features.map((f) => ({ id: f.id, name: f.name })),
            shapes,
            createdBy: user.id,
          });
        },
        MAX_GEOGRAPHY_BYTES,
      );
      return reply.status(201).send(presentGeography(meta));
    },
  );

  app.get(
    '/api/projects/:slug/statistics/geographies/:id',
    {
      schema: {
        tags,
        summary:
          'The shapes as GeoJSON (application/geo+json): each feature\'s id is the region code, its "name" property the name; gzipped when the client accepts it, cached privately with an ETag',
        params: idParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const stored = await loadGeographyShapes(db, project.id, request.params.id);
      if (!stored) throw notFound('map');
      // The shapes under an id never change (a new file is a new geography): the id is the tag.
      const etag = `"${request.params.id}"`;
      reply
        .header('cache-control', 'private, max-age=86400')
        .header('etag', etag)
        .header('vary', 'accept-encoding');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      reply.type('application/geo+json; charset=utf-8');
      if (acceptsGzip(request.headers['accept-encoding']))
        return reply.header('content-encoding', 'gzip').send(Buffer.from(stored.shapes));
      return reply.send(await promisify(gunzip)(stored.shapes));
    },
  );

  app.delete(
    '/api/projects/:slug/statistics/geographies/:id',
    { schema: { tags, summary: 'Delete imported map shapes', params: idParam } },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'statistics');
      if (!(await deleteGeography(db, project.id, request.params.id))) throw notFound('map');
      return reply.status(204).send();
    },
  );
}
