// Tagging (coding) the free-text answers of a questionnaire's submitted responses: a facilitator
// puts tags such as "energy cost" or "skills gap" on one answer; the analysis counts them.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allQuestions, questionIdSchema, tagListSchema } from '@kume/core';
import { findQuestionnaire, setAnswerTags } from '@kume/db';
import { badRequest, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { idParam } from './params';

export const answerTagsSchema = z.object({
  responseId: z.string(),
  questionId: z.string(),
  /** As stored: trimmed, one per case- and Turkish-folded spelling; [] when cleared. */
  tags: z.array(z.string()),
});

export async function answerTagRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.put(
    '/api/projects/:slug/questionnaires/:id/responses/:responseId/answer-tags/:questionId',
    {
      schema: {
        tags: ['field study'],
        summary:
          'Replace the tags on one free-text answer of a submitted response; an empty list clears them',
        params: idParam.extend({
          responseId: z.uuid({ message: 'not an id' }),
          questionId: questionIdSchema,
        }),
        body: z.object({ tags: tagListSchema }),
        response: { 200: answerTagsSchema },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'field_study');
      const { id, responseId, questionId } = request.params;
      const questionnaire = await findQuestionnaire(db, project.id, id);
      if (!questionnaire) throw notFound('questionnaire');
      const question = allQuestions(questionnaire.definition).find((q) => q.id === questionId);
      if (!question) throw notFound('question');
      if (question.type !== 'text' && question.type !== 'longText')
        throw badRequest(
          `only free-text answers take tags; "${questionId}" is a ${question.type} question`,
          [{ path: 'params.questionId', message: 'not a text question' }],
        );
      const { tags } = request.body;
      const written = await setAnswerTags(db, project.id, questionnaire.id, {
        responseId,
        questionId,
        tags,
        userId: user.id,
        now: app.kume.now(),
      });
      if (!written) throw notFound('submitted response');
      return { responseId, questionId, tags };
    },
  );
}
