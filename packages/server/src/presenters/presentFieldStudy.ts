// The field study's primary research as the API shows it: questionnaires, respondent links,
// responses, interviews and focus groups, relations. The web app reads these types through
// apiTypes; the routes validate their answers against these schemas.

import { z } from 'zod';
import {
  QUESTIONNAIRE_KINDS,
  RELATION_FREQUENCIES,
  RELATION_LOCATIONS,
  RELATION_TYPES,
  type Answers,
  type Questionnaire,
} from '@kume/core';

export const QUESTIONNAIRE_STATUSES = ['draft', 'open', 'closed'] as const;
export const RESPONSE_CHANNELS = ['link', 'public', 'interview', 'import'] as const;
export const RESPONSE_STATUSES = ['draft', 'submitted'] as const;
export const INTERVIEW_KINDS = ['interview', 'focus_group'] as const;
export const LINK_STATUSES = ['not_started', 'draft', 'submitted'] as const;

const localText = z.object({ tr: z.string(), en: z.string() });

export const questionnaireSummarySchema = z.object({
  id: z.string(),
  title: localText,
  kind: z.enum(QUESTIONNAIRE_KINDS),
  status: z.enum(QUESTIONNAIRE_STATUSES),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  /** The public link's full URL path (`/q/<code>`), null while it is off. */
  publicLink: z.string().nullable(),
  questionCount: z.number(),
  linkCount: z.number(),
  draftCount: z.number(),
  submittedCount: z.number(),
  updatedAt: z.string(),
});

export const questionnaireViewSchema = questionnaireSummarySchema.extend({
  /** The Questionnaire model of @kume/core (validated on the way in). */
  definition: z.custom<Questionnaire>(),
  /** Question ids that have answers in submitted responses: they cannot be removed. */
  answeredQuestionIds: z.array(z.string()),
});

export const questionnaireTemplateSchema = z.object({
  kind: z.enum(QUESTIONNAIRE_KINDS),
  title: localText,
  description: localText.nullable(),
  questionCount: z.number(),
});

export const respondentLinkSchema = z.object({
  id: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  /** Path with the token (`/r/<token>`): only in the answer that created the link. */
  url: z.string().nullable(),
  createdAt: z.string(),
  status: z.enum(LINK_STATUSES),
  responseId: z.string().nullable(),
});

export const responseSummarySchema = z.object({
  id: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  channel: z.enum(RESPONSE_CHANNELS),
  status: z.enum(RESPONSE_STATUSES),
  respondentName: z.string(),
  interviewerName: z.string().nullable(),
  startedAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});

export const responseViewSchema = responseSummarySchema.extend({
  answers: z.custom<Answers>(),
});

export const interviewSchema = z.object({
  id: z.string(),
  kind: z.enum(INTERVIEW_KINDS),
  heldOn: z.string(),
  title: z.string(),
  notes: z.string(),
  facilitatorId: z.string().nullable(),
  facilitatorName: z.string().nullable(),
  responseId: z.string().nullable(),
  participants: z.array(
    z.object({
      organisationId: z.string().nullable(),
      organisationName: z.string().nullable(),
      contactId: z.string().nullable(),
      name: z.string(),
    }),
  ),
  quotes: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      tags: z.array(z.string()),
      organisationId: z.string().nullable(),
      organisationName: z.string().nullable(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const relationSchema = z.object({
  id: z.string(),
  source: z.object({ id: z.string(), name: z.string(), needsReview: z.boolean() }),
  target: z.object({ id: z.string(), name: z.string(), needsReview: z.boolean() }),
  relationType: z.enum(RELATION_TYPES),
  sharePercent: z.number().nullable(),
  frequency: z.enum(RELATION_FREQUENCIES).nullable(),
  location: z.enum(RELATION_LOCATIONS).nullable(),
  confirmed: z.boolean(),
  /** Provenance: who reported it, in which response and question, when. */
  reportedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  responseId: z.string().nullable(),
  questionnaireId: z.string().nullable(),
  questionId: z.string().nullable(),
  /** The file an imported relation came from (null when reported or added by hand). */
  sourceFile: z.string().nullable(),
  reportedAt: z.string(),
});

/** What a respondent's page loads (no session: the token is the key). */
export const respondentFormSchema = z.object({
  /** SurveyJS JSON made by toSurveyJs, both languages in it. */
  survey: z.record(z.string(), z.unknown()),
  title: localText,
  languages: z.array(z.enum(['tr', 'en'])),
  organisationName: z.string().nullable(),
  status: z.enum(RESPONSE_STATUSES),
  /** The saved draft in SurveyJS data shape (toSurveyJsData), to restore the form. */
  data: z.record(z.string(), z.unknown()),
  closesOn: z.string().nullable(),
  submittedAt: z.string().nullable(),
});
