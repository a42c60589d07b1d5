// The cluster management's self-assessment: the project's indicator list (edited, or Kume's
// defaults) and the assessments, each answered against the list it copies in, repeated to show change.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  isoDateSchema,
  selfAssessmentAnswersSchema,
  selfAssessmentIndicatorsSchema,
  storableText,
  type SelfAssessmentIndicator,
} from '@kume/core';
import {
  deleteSelfAssessment,
  findSelfAssessment,
  insertSelfAssessment,
  setSelfAssessmentIndicators,
  updateSelfAssessment,
} from '@kume/db';
import { HttpError, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import {
  loadSelfAssessmentView,
  presentSelfAssessment,
  selfAssessmentIndicatorsInForce,
  selfAssessmentRecordSchema,
  selfAssessmentViewSchema,
} from '../roadmap/selfAssessmentView';
import { idParam, slugParam } from './params';

export const SELF_ASSESSMENT_TAG = 'roadmap';

const indicatorsBodySchema = z.object({ indicators: selfAssessmentIndicatorsSchema });

const assessmentBodySchema = z.object({
  assessedOn: isoDateSchema,
  title: storableText(0, 300).default(''),
  answers: selfAssessmentAnswersSchema,
});
type AssessmentBody = z.output<typeof assessmentBodySchema>;

const assessmentNotFound = () => notFound('self-assessment');

/** Refuses answers naming an indicator the list does not have, each at its place. */
function checkAnswers(body: AssessmentBody, indicators: readonly SelfAssessmentIndicator[]) {
  const known = new Set(indicators.map((indicator) => indicator.id));
  const issues = body.answers.flatMap((answer, index) =>
    known.has(answer.indicatorId)
      ? []
      : [
          {
            path: `body.answers.${index}.indicatorId`,
            message: `no indicator of the list has the id ${answer.indicatorId}`,
          },
        ],
  );
  if (issues.length > 0)
    throw new HttpError(400, 'validation', issues.map((i) => i.message).join('; '), issues);
}

export async function selfAssessmentRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, now } = app.kume;
  const base = '/api/projects/:slug/roadmap';

  app.get(
    `${base}/self-assessment`,
    {
      schema: {
        tags: [SELF_ASSESSMENT_TAG],
        summary:
          'The indicator list in force, every assessment scored (oldest first) and the last two compared',
        params: slugParam,
        response: { 200: selfAssessmentViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return loadSelfAssessmentView(db, project);
    },
  );

  app.put(
    `${base}/self-assessment/indicators`,
    {
      schema: {
        tags: [SELF_ASSESSMENT_TAG],
        summary:
          "Replaces the project's indicator list (areas, thresholds, evidence); assessments already made keep theirs",
        params: slugParam,
        body: indicatorsBodySchema,
        response: { 200: selfAssessmentViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      await setSelfAssessmentIndicators(db, project.id, request.body.indicators, now());
      return loadSelfAssessmentView(db, project);
    },
  );

  app.delete(
    `${base}/self-assessment/indicators`,
    {
      schema: {
        tags: [SELF_ASSESSMENT_TAG],
        summary: "Goes back to Kume's default indicator list",
        params: slugParam,
        response: { 200: selfAssessmentViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      await setSelfAssessmentIndicators(db, project.id, null, now());
      return loadSelfAssessmentView(db, project);
    },
  );

  app.post(
    `${base}/self-assessments`,
    {
      schema: {
        tags: [SELF_ASSESSMENT_TAG],
        summary:
          'Records an assessment against the indicator list in force, which it copies in; an answer to an indicator not in the list is refused',
        params: slugParam,
        body: assessmentBodySchema,
        response: { 201: selfAssessmentRecordSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'roadmap');
      const { indicators } = await selfAssessmentIndicatorsInForce(db, project.id);
      checkAnswers(request.body, indicators);
      const row = await insertSelfAssessment(
        db,
        project.id,
        { ...request.body, indicators },
        user.id,
        now(),
      );
      return reply.status(201).send(presentSelfAssessment(row));
    },
  );

  app.put(
    `${base}/self-assessments/:id`,
    {
      schema: {
        tags: [SELF_ASSESSMENT_TAG],
        summary:
          "Replaces an assessment's day, title and answers; it keeps the indicator list it was made with",
        params: idParam,
        body: assessmentBodySchema,
        response: { 200: selfAssessmentRecordSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      const current = await findSelfAssessment(db, project.id, request.params.id);
      if (!current) throw assessmentNotFound();
      checkAnswers(request.body, current.indicators);
      const row = await updateSelfAssessment(
        db,
        project.id,
        current.id,
        { ...request.body, indicators: current.indicators },
        now(),
      );
      if (!row) throw assessmentNotFound();
      return presentSelfAssessment(row);
    },
  );

  app.delete(
    `${base}/self-assessments/:id`,
    {
      schema: {
        tags: [SELF_ASSESSMENT_TAG],
        summary: 'Deletes an assessment',
        params: idParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      if (!(await deleteSelfAssessment(db, project.id, request.params.id)))
        throw assessmentNotFound();
      return reply.status(204).send();
    },
  );
}
