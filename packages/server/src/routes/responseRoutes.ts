// A questionnaire's responses for the facilitator: list, read, delete, and the interview mode's
// synchronisation (idempotent by the client's id: a repeated sync never duplicates).

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDateSchema, validateAnswers } from '@kume/core';
import {
  deleteResponse,
  findOrganisation,
  findResponse,
  listOrganisations,
  listResponses,
  syncInterviewResponse,
} from '@kume/db';
import { submissionContent } from '../fieldStudy/submissionContent';
import { badRequest, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { responseSummarySchema, responseViewSchema } from '../presenters/presentFieldStudy';
import { presentResponse, presentResponseSummary } from '../presenters/presentQuestionnaire';
import { idParam } from './params';
import { requireQuestionnaire } from './questionnaireRoutes';

const responseParam = idParam.extend({ responseId: z.uuid({ message: 'not an id' }) });

const interviewBodySchema = z
  .object({
    id: z.uuid({ message: 'not an id' }),
    organisationId: z.uuid().nullable().optional(),
    /** A firm not in the registry yet: added, flagged for review. */
    organisationName: z.string().trim().max(200).optional(),
    answers: z.record(z.string(), z.unknown()),
    submitted: z.boolean(),
    heldOn: isoDateSchema,
    notes: z.string().max(20_000).default(''),
  })
  .strict();

export async function responseRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.get(
    '/api/projects/:slug/questionnaires/:id/responses',
    {
      schema: {
        tags: ['field study'],
        summary: "A questionnaire's responses, newest first",
        params: idParam,
        response: { 200: z.array(responseSummarySchema) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const questionnaire = await requireQuestionnaire(db, project.id, request.params.id);
      return (await listResponses(db, project.id, questionnaire.id)).map(presentResponseSummary);
    },
  );

  app.get(
    '/api/projects/:slug/questionnaires/:id/responses/:responseId',
    {
      schema: {
        tags: ['field study'],
        summary: 'One response with its answers',
        params: responseParam,
        response: { 200: responseViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const { id, responseId } = request.params;
      const found = await findResponse(db, project.id, id, responseId);
      if (!found) throw notFound('response');
      return presentResponse(found);
    },
  );

  app.delete(
    '/api/projects/:slug/questionnaires/:id/responses/:responseId',
    {
      schema: {
        tags: ['field study'],
        summary: 'Delete a response with the relations it reported',
        params: responseParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'field_study');
      const { id, responseId } = request.params;
      if (!(await deleteResponse(db, project.id, id, responseId))) throw notFound('response');
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/projects/:slug/questionnaires/:id/interview-responses',
    {
      schema: {
        tags: ['field study'],
        summary:
          "Store an interview's answers taken in the field, by the client's id: creates or updates the response and its interview record; repeating a sync changes nothing more",
        params: idParam,
        body: interviewBodySchema,
        response: { 200: responseSummarySchema, 201: responseSummarySchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'field_study');
      const questionnaire = await requireQuestionnaire(db, project.id, request.params.id);
      const body = request.body;
      if (body.organisationId && !(await findOrganisation(db, project.id, body.organisationId)))
        throw badRequest('the organisation is not in the project', [
          { path: 'body.organisationId', message: 'not an organisation of this project' },
        ]);
      const organisations = await listOrganisations(db, project.id);
      const { answers, errors } = validateAnswers(questionnaire.definition, body.answers, {
        submit: body.submitted,
        organisationIds: new Set(organisations.map((o) => o.id)),
      });
      if (errors.length > 0)
        throw badRequest(
          `the answers are not valid: ${errors
            .slice(0, 3)
            .map((e) => `${e.path}: ${e.message}`)
            .join('; ')}`,
          errors,
        );
      const { response, created } = await syncInterviewResponse(
        db,
        {
          ...submissionContent(questionnaire.definition, answers),
          id: body.id,
          projectId: project.id,
          questionnaireId: questionnaire.id,
          organisation: {
            id: body.organisationId ?? undefined,
            name: body.organisationName || undefined,
          },
          submitted: body.submitted,
          heldOn: body.heldOn,
          notes: body.notes,
          interviewerId: user.id,
        },
        app.kume.now(),
      );
      const found = await findResponse(db, project.id, questionnaire.id, response.id);
      if (!found) throw notFound('response');
      return reply.status(created ? 201 : 200).send(presentResponseSummary(found));
    },
  );
}
