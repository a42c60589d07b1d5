// The roadmap document and the whole project report, DOCX or PDF, in Turkish or English.

import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDateOf, type ReportLanguage } from '@kume/core';
import type { ProjectRow } from '@kume/db';
import { PdfUnavailableError } from '@kume/io';
import { HttpError } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { DOCUMENT_FORMATS, documentFile, type DocumentKind } from '../roadmap/roadmapDocumentFile';
import { slugParam } from './params';
import type { StatisticsRouteOptions } from './statisticsRoutes';

const documentQuery = z.object({
  lang: z.enum(['tr', 'en']).optional(),
  format: z.enum(DOCUMENT_FORMATS).default('docx'),
});
const tags = ['roadmap'];

export async function roadmapDocumentRoutes(
  appBase: FastifyInstance,
  { caches }: StatisticsRouteOptions,
) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, now } = app.kume;

  /** The document as an attachment; a PDF without LibreOffice is 503 pdf_unavailable. */
  async function send(
    reply: FastifyReply,
    project: ProjectRow,
    kind: DocumentKind,
    language: ReportLanguage,
    format: (typeof DOCUMENT_FORMATS)[number],
  ) {
    let file;
    try {
      file = await documentFile(db, caches, project, {
        kind,
        language,
        format,
        today: isoDateOf(now()),
      });
    } catch (error) {
      if (error instanceof PdfUnavailableError)
        throw new HttpError(503, 'pdf_unavailable', error.message);
      throw error;
    }
    return reply
      .header('content-type', file.mediaType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .send(file.buffer);
  }
  /** ?lang, else the user's language. */
  const languageOf = (lang: ReportLanguage | undefined, locale: string | null): ReportLanguage =>
    lang ?? (locale === 'en' ? 'en' : 'tr');

  app.get(
    '/api/projects/:slug/roadmap/document',
    {
      schema: {
        tags,
        summary:
          "The roadmap document (vision, success factors, skills gaps, action plan, budget, monitoring, sources) as DOCX or PDF, in Turkish or English (?lang, default: the user's language); PDF needs LibreOffice on the server (503 pdf_unavailable without)",
        params: slugParam,
        querystring: documentQuery,
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const language = languageOf(request.query.lang, user.locale);
      return send(reply, project, 'roadmap', language, request.query.format);
    },
  );

  app.get(
    '/api/projects/:slug/report',
    {
      schema: {
        tags,
        summary:
          "The whole project report (every stage, from the stakeholder visits to the roadmap) as DOCX or PDF, in Turkish or English (?lang, default: the user's language); PDF needs LibreOffice on the server (503 pdf_unavailable without)",
        params: slugParam,
        querystring: documentQuery,
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const language = languageOf(request.query.lang, user.locale);
      return send(reply, project, 'report', language, request.query.format);
    },
  );
}
