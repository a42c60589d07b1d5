// The field study's questionnaires: templates to start from, create, edit (status and dates
// included), delete, and the public link with its QR code.

import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import {
  allQuestions,
  isoDateSchema,
  missingTranslations,
  QUESTIONNAIRE_TEMPLATES,
  questionnaireSchema,
  questionnaireTemplate,
  type TemplateKind,
} from '@kume/core';
import {
  answeredQuestionIds,
  deleteQuestionnaire,
  findQuestionnaire,
  insertQuestionnaire,
  listQuestionnaires,
  questionnaireCounts,
  setPublicCode,
  updateQuestionnaire,
  type Db,
  type QuestionnaireRow,
} from '@kume/db';
import { badRequest, HttpError, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import {
  QUESTIONNAIRE_STATUSES,
  questionnaireSummarySchema,
  questionnaireTemplateSchema,
  questionnaireViewSchema,
} from '../presenters/presentFieldStudy';
import {
  presentQuestionnaire,
  presentQuestionnaireSummary,
  publicLinkPath,
} from '../presenters/presentQuestionnaire';
import { idParam, slugParam } from './params';

const TEMPLATE_KINDS = Object.keys(QUESTIONNAIRE_TEMPLATES) as [TemplateKind, ...TemplateKind[]];

const createBodySchema = z
  .object({
    template: z.enum(TEMPLATE_KINDS).optional(),
    definition: questionnaireSchema.optional(),
  })
  .refine((body) => (body.template === undefined) !== (body.definition === undefined), {
    message: 'give either a template or a definition',
  });

const updateBodySchema = z
  .object({
    definition: questionnaireSchema,
    status: z.enum(QUESTIONNAIRE_STATUSES).optional(),
    opensOn: isoDateSchema.nullable().optional(),
    closesOn: isoDateSchema.nullable().optional(),
  })
  .refine((b) => !b.opensOn || !b.closesOn || b.opensOn <= b.closesOn, {
    message: 'the closing date is before the opening date',
    path: ['closesOn'],
  });

/** The questionnaire of the project, or a 404. */
export async function requireQuestionnaire(
  db: Db,
  projectId: string,
  id: string,
): Promise<QuestionnaireRow> {
  const row = await findQuestionnaire(db, projectId, id);
  if (!row) throw notFound('questionnaire');
  return row;
}

/** A new public link code: 128 random bits, 22 URL-safe characters. */
const newPublicCode = () => randomBytes(16).toString('base64url');

export async function questionnaireRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  async function view(row: QuestionnaireRow) {
    const [counts, answered] = await Promise.all([
      questionnaireCounts(db, [row.id]),
      answeredQuestionIds(db, row.id),
    ]);
    const zero = { linkCount: 0, draftCount: 0, submittedCount: 0 };
    return presentQuestionnaire(row, counts.get(row.id) ?? zero, answered);
  }

  app.get(
    '/api/projects/:slug/questionnaire-templates',
    {
      schema: {
        tags: ['field study'],
        summary: 'The questionnaire templates Kume ships (firm, institution, focus group)',
        params: slugParam,
        response: { 200: z.array(questionnaireTemplateSchema) },
      },
    },
    async (request) => {
      await projectAccess(request, request.params.slug, 'read');
      return TEMPLATE_KINDS.map((kind) => {
        const template = QUESTIONNAIRE_TEMPLATES[kind];
        return {
          kind,
          title: template.title,
          description: template.description ?? null,
          questionCount: allQuestions(template).length,
        };
      });
    },
  );

  app.get(
    '/api/projects/:slug/questionnaires',
    {
      schema: {
        tags: ['field study'],
        summary: "The project's questionnaires with their link and response counts",
        params: slugParam,
        response: { 200: z.array(questionnaireSummarySchema) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const rows = await listQuestionnaires(db, project.id);
      const counts = await questionnaireCounts(
        db,
        rows.map((row) => row.id),
      );
      return rows.map((row) => {
        const zero = { linkCount: 0, draftCount: 0, submittedCount: 0 };
        return presentQuestionnaireSummary(row, counts.get(row.id) ?? zero);
      });
    },
  );

  app.post(
    '/api/projects/:slug/questionnaires',
    {
      schema: {
        tags: ['field study'],
        summary: 'Create a questionnaire from a template or a definition (as a draft)',
        params: slugParam,
        body: createBodySchema,
        response: { 201: questionnaireViewSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'field_study');
      const { template, definition } = request.body;
      const chosen = template ? questionnaireTemplate(template) : definition;
      if (!chosen) throw badRequest('give either a template or a definition');
      const row = await insertQuestionnaire(db, project.id, chosen, user.id);
      return reply.status(201).send(await view(row));
    },
  );

  app.get(
    '/api/projects/:slug/questionnaires/:id',
    {
      schema: {
        tags: ['field study'],
        summary: 'A questionnaire with its definition',
        params: idParam,
        response: { 200: questionnaireViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return view(await requireQuestionnaire(db, project.id, request.params.id));
    },
  );

  app.put(
    '/api/projects/:slug/questionnaires/:id',
    {
      schema: {
        tags: ['field study'],
        summary:
          'Edit a questionnaire, its status and dates; opening needs both languages complete, and answered questions cannot be removed',
        params: idParam,
        body: updateBodySchema,
        response: { 200: questionnaireViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'field_study');
      const row = await requireQuestionnaire(db, project.id, request.params.id);
      const { definition, status, opensOn, closesOn } = request.body;
      const kept = new Set(allQuestions(definition).map((q) => q.id));
      const removed = (await answeredQuestionIds(db, row.id)).filter((id) => !kept.has(id));
      if (removed.length > 0)
        throw new HttpError(
          409,
          'conflict',
          `submitted responses answer ${removed.map((id) => `"${id}"`).join(', ')}: keep ${removed.length === 1 ? 'this question' : 'these questions'}`,
          removed.map((id) => ({ path: `definition.questions.${id}`, message: 'has answers' })),
        );
      if ((status ?? row.status) === 'open') {
        const missing = missingTranslations(definition);
        if (missing.length > 0)
          throw badRequest(
            `a questionnaire opens only with every text in Turkish and English; missing: ${missing
              .slice(0, 5)
              .map((m) => m.path)
              .join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`,
            missing.map((m) => ({
              path: m.path,
              message: `the ${m.language === 'tr' ? 'Turkish' : 'English'} text is missing`,
            })),
          );
      }
      const updated = await updateQuestionnaire(
        db,
        project.id,
        row.id,
        {
          definition,
          ...(status ? { status } : {}),
          ...(opensOn !== undefined ? { opensOn } : {}),
          ...(closesOn !== undefined ? { closesOn } : {}),
        },
        app.kume.now(),
      );
      if (!updated) throw notFound('questionnaire');
      return view(updated);
    },
  );

  app.delete(
    '/api/projects/:slug/questionnaires/:id',
    {
      schema: {
        tags: ['field study'],
        summary: 'Delete a questionnaire with its links, responses and the relations they reported',
        params: idParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'field_study');
      if (!(await deleteQuestionnaire(db, project.id, request.params.id)))
        throw notFound('questionnaire');
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/projects/:slug/questionnaires/:id/public-link',
    {
      schema: {
        tags: ['field study'],
        summary: 'Turn the public link on (anyone with it may answer) or off',
        params: idParam,
        body: z.object({ enabled: z.boolean() }),
        response: { 200: z.object({ publicLink: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'field_study');
      const row = await requireQuestionnaire(db, project.id, request.params.id);
      const code = request.body.enabled ? (row.publicCode ?? newPublicCode()) : null;
      if (code !== row.publicCode)
        await setPublicCode(db, project.id, row.id, code, app.kume.now());
      return { publicLink: code ? publicLinkPath(code) : null };
    },
  );

  app.get(
    '/api/projects/:slug/questionnaires/:id/public-qr.svg',
    {
      schema: {
        tags: ['field study'],
        summary: "The public link's QR code as SVG (404 while the public link is off)",
        params: idParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const row = await requireQuestionnaire(db, project.id, request.params.id);
      if (!row.publicCode) throw notFound('public link');
      const url = new URL(
        publicLinkPath(row.publicCode),
        app.kume.deps.config.publicUrl,
      ).toString();
      const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(svg);
    },
  );
}
