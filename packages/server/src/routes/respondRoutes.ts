// The respondent's routes (no account, no session): the token in the link is the key to one
// response of one questionnaire. Read the form, save a draft, submit once; or start an answer
// through a questionnaire's public link. Unknown, revoked and tampered tokens look the same.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  fromSurveyJsData,
  toSurveyJs,
  toSurveyJsData,
  validateAnswers,
  type Answers,
  type Questionnaire,
} from '@kume/core';
import {
  findActiveLink,
  findLinkResponse,
  findQuestionnaireByPublicCode,
  insertPublicLink,
  listOrganisations,
  saveLinkDraft,
  submitLinkResponse,
  type ActiveLink,
  type QuestionnaireRow,
} from '@kume/db';
import { hashToken, newToken } from '../auth/tokens';
import { submissionContent } from '../fieldStudy/submissionContent';
import { HttpError } from '../http/httpError';
import { respondentFormSchema } from '../presenters/presentFieldStudy';

/** Largest request body of a respondent, in bytes (answers are at most 256 KB of JSON). */
export const RESPONDENT_BODY_LIMIT = 300 * 1024;

const tokenParam = z.object({ token: z.string().min(1).max(512) });
const codeParam = z.object({ code: z.string().min(1).max(512) });
const dataBody = z.object({ data: z.record(z.string(), z.unknown()) });
const savedSchema = z.object({
  status: z.enum(['draft', 'submitted']),
  savedAt: z.string(),
});

/** The one answer for every token that leads nowhere, so that none gives a hint. */
const invalidLink = () =>
  new HttpError(
    404,
    'not_found',
    'this link is not valid; ask the person who sent it for a new one',
  );

const alreadySubmitted = (submittedAt: Date | null) =>
  new HttpError(
    409,
    'already_submitted',
    `these answers were already submitted${submittedAt ? ` on ${submittedAt.toISOString().slice(0, 10)}` : ''}; they cannot be changed`,
  );

/**
 * 410 unless the questionnaire takes answers today: open, and today within its dates (both
 * inclusive; days are UTC calendar days).
 */
export function requireOpen(questionnaire: QuestionnaireRow, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const details = { opensOn: questionnaire.opensOn, closesOn: questionnaire.closesOn };
  if (
    questionnaire.status === 'closed' ||
    (questionnaire.closesOn !== null && today > questionnaire.closesOn)
  )
    throw new HttpError(
      410,
      'closed',
      `this questionnaire is closed${questionnaire.closesOn ? ` (since ${questionnaire.closesOn})` : ''}; answers are no longer taken`,
      [],
      details,
    );
  if (
    questionnaire.status !== 'open' ||
    (questionnaire.opensOn !== null && today < questionnaire.opensOn)
  )
    throw new HttpError(
      410,
      'not_open',
      `this questionnaire is not open yet${questionnaire.opensOn ? ` (it opens on ${questionnaire.opensOn})` : ''}`,
      [],
      details,
    );
}

function validationError(errors: { path: string; message: string }[]) {
  return new HttpError(
    400,
    'validation',
    `some answers are not valid: ${errors
      .slice(0, 3)
      .map((e) => e.message)
      .join(' ')}`,
    errors,
  );
}

export async function respondRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;
  const limits = app.kume.deps.respondentRateLimit ?? { requests: 300, starts: 20 };
  const config = (max: number) => ({
    respondent: true,
    rateLimit: { max, timeWindow: '1 minute' },
  });

  /** The open link of a token, or the same 404 for every token that is not one. */
  async function openLink(token: string): Promise<ActiveLink> {
    const found = await findActiveLink(db, hashToken(token));
    if (!found) throw invalidLink();
    requireOpen(found.questionnaire, app.kume.now());
    return found;
  }

  /** The answers of a request as validated Answers, or a 400 naming each path. */
  async function checkedAnswers(
    definition: Questionnaire,
    projectId: string,
    data: Record<string, unknown>,
    submit: boolean,
  ): Promise<Answers> {
    const organisations = await listOrganisations(db, projectId);
    const { answers, errors } = validateAnswers(definition, fromSurveyJsData(definition, data), {
      submit,
      organisationIds: new Set(organisations.map((o) => o.id)),
    });
    if (errors.length > 0) throw validationError(errors);
    return answers;
  }

  app.get(
    '/api/respond/:token',
    {
      config: config(limits.requests),
      schema: {
        tags: ['respondent'],
        summary:
          "The respondent's form (SurveyJS JSON in Turkish and English) and the saved draft; no session",
        params: tokenParam,
        response: { 200: respondentFormSchema },
      },
    },
    async (request) => {
      const { link, questionnaire, organisationName } = await openLink(request.params.token);
      const definition = questionnaire.definition;
      const [organisations, response] = await Promise.all([
        listOrganisations(db, link.projectId),
        findLinkResponse(db, link.id),
      ]);
      return {
        survey: {
          ...toSurveyJs(definition, {
            organisations: organisations.map(({ id, name }) => ({ id, name })),
          }),
        },
        title: definition.title,
        languages: ['tr', 'en'] as ('tr' | 'en')[],
        organisationName,
        status: response?.status ?? 'draft',
        data: { ...toSurveyJsData(definition, response?.answers ?? {}) },
        closesOn: questionnaire.closesOn,
        submittedAt: response?.submittedAt?.toISOString() ?? null,
      };
    },
  );

  app.put(
    '/api/respond/:token',
    {
      config: config(limits.requests),
      bodyLimit: RESPONDENT_BODY_LIMIT,
      schema: {
        tags: ['respondent'],
        summary: 'Save the draft (SurveyJS data); 409 after submission',
        params: tokenParam,
        body: dataBody,
        response: { 200: savedSchema },
      },
    },
    async (request) => {
      const { link, questionnaire } = await openLink(request.params.token);
      const existing = await findLinkResponse(db, link.id);
      if (existing?.status === 'submitted') throw alreadySubmitted(existing.submittedAt);
      const answers = await checkedAnswers(
        questionnaire.definition,
        link.projectId,
        request.body.data,
        false,
      );
      const saved = await saveLinkDraft(db, link, answers, app.kume.now());
      if (!saved) throw alreadySubmitted(null);
      return { status: saved.status, savedAt: saved.updatedAt.toISOString() };
    },
  );

  app.post(
    '/api/respond/:token/submit',
    {
      config: config(limits.requests),
      bodyLimit: RESPONDENT_BODY_LIMIT,
      schema: {
        tags: ['respondent'],
        summary: 'Submit the answers, once; the relations they name join the cluster map',
        params: tokenParam,
        body: dataBody,
        response: { 200: savedSchema },
      },
    },
    async (request) => {
      const { link, questionnaire } = await openLink(request.params.token);
      const existing = await findLinkResponse(db, link.id);
      if (existing?.status === 'submitted') throw alreadySubmitted(existing.submittedAt);
      const answers = await checkedAnswers(
        questionnaire.definition,
        link.projectId,
        request.body.data,
        true,
      );
      const now = app.kume.now();
      const outcome = await submitLinkResponse(
        db,
        link,
        submissionContent(questionnaire.definition, answers),
        now,
      );
      if (outcome === 'already_submitted') throw alreadySubmitted(null);
      return { status: 'submitted' as const, savedAt: now.toISOString() };
    },
  );

  app.post(
    '/api/respond/public/:code/start',
    {
      config: config(limits.starts),
      schema: {
        tags: ['respondent'],
        summary:
          "Start an answer through a questionnaire's public link: a new token for this respondent (keep it to resume)",
        params: codeParam,
        response: { 201: z.object({ token: z.string() }) },
      },
    },
    async (request, reply) => {
      const questionnaire = await findQuestionnaireByPublicCode(db, request.params.code);
      if (!questionnaire) throw invalidLink();
      requireOpen(questionnaire, app.kume.now());
      const token = newToken();
      await insertPublicLink(db, questionnaire, hashToken(token), app.kume.now());
      return reply.status(201).send({ token });
    },
  );
}
