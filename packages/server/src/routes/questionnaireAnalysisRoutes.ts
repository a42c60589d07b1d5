// The analysis of a questionnaire's submitted responses: a summary per question and, when a
// segment question is chosen, the cross-tabulation by it with small groups withheld. Free-text
// answers carry their response id and the facilitator's tags.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  allQuestions,
  analyseQuestion,
  canSegmentBy,
  countTags,
  crossTabulate,
  DEFAULT_MIN_GROUP,
  QUESTION_TYPES,
} from '@kume/core';
import { findQuestionnaire, listAnswerTags, submittedResponses } from '@kume/db';
import { badRequest, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import {
  presentTaggedAnalysis,
  presentTaggedCrossTab,
  type TaggedAnalysis,
  type TaggedCrossTabulation,
} from '../presenters/presentTaggedAnalysis';
import { idParam } from './params';

const localText = z.object({ tr: z.string(), en: z.string() });

export const analysisSchema = z.object({
  questionnaireId: z.string(),
  /** Submitted responses analysed. */
  n: z.number(),
  minGroup: z.number(),
  /** The question the cross-tabulations group by, or null. */
  segment: z.object({ questionId: z.string(), title: localText }).nullable(),
  questions: z.array(
    z.object({
      questionId: z.string(),
      title: localText,
      type: z.enum(QUESTION_TYPES),
      /** core `analyseQuestion` over all submitted responses; texts with their response id and tags. */
      analysis: z.custom<TaggedAnalysis>(),
      /** core `crossTabulate` by the segment question; null without a segment and for the segment itself. */
      crossTab: z.custom<TaggedCrossTabulation>().nullable(),
      /** Text questions: each tag on their answers with how many answers carry it, most used first; otherwise null. */
      tagCounts: z.array(z.object({ tag: z.string(), count: z.number() })).nullable(),
    }),
  ),
});

export async function questionnaireAnalysisRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.get(
    '/api/projects/:slug/questionnaires/:id/analysis',
    {
      schema: {
        tags: ['field study'],
        summary:
          'Per-question summaries of the submitted responses; with `segment`, a breakdown by that question, groups under `minGroup` respondents withheld',
        params: idParam,
        querystring: z.object({
          segment: z.string().max(40).optional(),
          minGroup: z.coerce.number().int().min(1).max(50).default(DEFAULT_MIN_GROUP),
        }),
        response: { 200: analysisSchema },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const questionnaire = await findQuestionnaire(db, project.id, request.params.id);
      if (!questionnaire) throw notFound('questionnaire');
      const questions = allQuestions(questionnaire.definition);
      const { segment, minGroup } = request.query;
      const segmentQuestion = segment ? questions.find((q) => q.id === segment) : undefined;
      if (segment && !segmentQuestion)
        throw badRequest(`the questionnaire has no question "${segment}"`, [
          { path: 'querystring.segment', message: 'no such question' },
        ]);
      if (segmentQuestion && !canSegmentBy(segmentQuestion))
        throw badRequest(
          `cannot break down by "${segmentQuestion.id}": choose a single-choice question or one marked as a segment`,
          [{ path: 'querystring.segment', message: 'not a segment question' }],
        );
      const [responses, tagRows] = await Promise.all([
        submittedResponses(db, project.id, questionnaire.id),
        listAnswerTags(db, project.id, questionnaire.id),
      ]);
      const answers = responses.map((r) => r.answers);
      const responseIds = responses.map((r) => r.id);
      const tags = new Map(tagRows.map((r) => [`${r.responseId} ${r.questionId}`, r.tags]));
      const tagsOf = (responseId: string, questionId: string) =>
        tags.get(`${responseId} ${questionId}`) ?? [];
      const language = user.locale === 'en' ? 'en' : 'tr';
      return {
        questionnaireId: questionnaire.id,
        n: answers.length,
        minGroup,
        segment: segmentQuestion
          ? { questionId: segmentQuestion.id, title: segmentQuestion.title }
          : null,
        questions: questions.map((question) => {
          const analysis = presentTaggedAnalysis(
            analyseQuestion(question, answers, { language }),
            responseIds,
            tagsOf,
          );
          return {
            questionId: question.id,
            title: question.title,
            type: question.type,
            analysis,
            crossTab:
              segmentQuestion && segmentQuestion.id !== question.id
                ? presentTaggedCrossTab(
                    crossTabulate(question, segmentQuestion, answers, { minGroup, language }),
                    responseIds,
                    tagsOf,
                  )
                : null,
            tagCounts:
              analysis.kind === 'text'
                ? countTags(
                    analysis.texts.filter((entry) => entry.text).map((entry) => entry.tags),
                    language,
                  )
                : null,
          };
        }),
      };
    },
  );
}
