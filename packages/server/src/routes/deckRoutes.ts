// The Information Day deck of an event: its settings (sections and order, benchmark case,
// workshop calendar, next steps) and the generated presentation, PPTX or PDF, in Turkish or English.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deckSettingsSchema, type DeckLanguage } from '@kume/core';
import { findBenchmarkCase, findDeckEvent, setDeckSettings, type ProjectRow } from '@kume/db';
import { PdfUnavailableError } from '@kume/io';
import { deckSettingsAnswer, type DeckSettingsAnswer } from '../deck/deckSettingsAnswer';
import { DECK_FORMATS, projectDeck } from '../deck/projectDeck';
import { HttpError, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { idParam } from './params';
import type { StatisticsRouteOptions } from './statisticsRoutes';

export const deckSettingsAnswerSchema = z.custom<DeckSettingsAnswer>();
const languageQuery = z.object({ lang: z.enum(['tr', 'en']).optional() });
const tags = ['information day'];

export async function deckRoutes(appBase: FastifyInstance, { caches }: StatisticsRouteOptions) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, now } = app.kume;

  /** The event of the project, or 404. */
  async function eventOf(project: ProjectRow, eventId: string) {
    const event = await findDeckEvent(db, project.id, eventId);
    if (!event) throw notFound('event');
    return event;
  }
  /** ?lang, else the user's language. */
  const languageOf = (lang: DeckLanguage | undefined, locale: string | null): DeckLanguage =>
    lang ?? (locale === 'en' ? 'en' : 'tr');

  app.get(
    '/api/projects/:slug/events/:id/deck-settings',
    {
      schema: {
        tags,
        summary:
          "The event's deck settings (stored, or the defaults: every section, the first benchmark case, the three workshops without dates, no next steps), the benchmark library, the logo's size and which parts have data; default titles in ?lang (default: the user's language)",
        params: idParam,
        querystring: languageQuery,
        response: { 200: deckSettingsAnswerSchema },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const event = await eventOf(project, request.params.id);
      const language = languageOf(request.query.lang, user.locale);
      return deckSettingsAnswer(db, caches, project, event, language, now());
    },
  );

  app.put(
    '/api/projects/:slug/events/:id/deck-settings',
    {
      schema: {
        tags,
        summary:
          "Saves the event's deck settings; the benchmark case must be one of the project's library (or null for none)",
        params: idParam,
        querystring: languageQuery,
        body: deckSettingsSchema,
        response: { 200: deckSettingsAnswerSchema },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'events');
      const event = await eventOf(project, request.params.id);
      const settings = request.body;
      if (
        settings.benchmarkCaseId !== null &&
        !(await findBenchmarkCase(db, project.id, settings.benchmarkCaseId))
      ) {
        const message = "not a case of the project's benchmark library";
        throw new HttpError(400, 'validation', `benchmarkCaseId: ${message}`, [
          { path: 'body.benchmarkCaseId', message },
        ]);
      }
      await setDeckSettings(db, project.id, event.id, settings, now());
      const language = languageOf(request.query.lang, user.locale);
      return deckSettingsAnswer(
        db,
        caches,
        project,
        { ...event, deckSettings: settings },
        language,
        now(),
      );
    },
  );

  app.get(
    '/api/projects/:slug/events/:id/deck',
    {
      schema: {
        tags,
        summary:
          "The Information Day presentation of the event as an editable PPTX (native charts, speaker notes) or a PDF, in Turkish or English (?lang, default: the user's language); PDF needs LibreOffice on the server (503 pdf_unavailable without)",
        params: idParam,
        querystring: languageQuery.extend({ format: z.enum(DECK_FORMATS).default('pptx') }),
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const event = await eventOf(project, request.params.id);
      const language = languageOf(request.query.lang, user.locale);
      let deck;
      try {
        deck = await projectDeck(db, caches, {
          project,
          event,
          language,
          format: request.query.format,
          now: now(),
        });
      } catch (error) {
        if (error instanceof PdfUnavailableError)
          throw new HttpError(503, 'pdf_unavailable', error.message);
        throw error;
      }
      return reply
        .header('content-type', deck.contentType)
        .header('content-disposition', `attachment; filename="${deck.fileName}"`)
        .send(deck.bytes);
    },
  );
}
