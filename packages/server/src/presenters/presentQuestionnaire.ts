// Questionnaires, links, responses and relations from database rows to the shapes of
// presentFieldStudy (which the web app reads).

import { allQuestions } from '@kume/core';
import type {
  QuestionnaireCounts,
  QuestionnaireRow,
  RelationListItem,
  RespondentLinkListItem,
  RespondentLinkRow,
  ResponseListItem,
} from '@kume/db';
import type { z } from 'zod';
import type {
  questionnaireSummarySchema,
  questionnaireViewSchema,
  relationSchema,
  respondentLinkSchema,
  responseSummarySchema,
  responseViewSchema,
} from './presentFieldStudy';

/** The public link's path: `/q/<code>`. */
export const publicLinkPath = (code: string) => `/q/${code}`;
/** A personal link's path: `/r/<token>` (the token exists only in the answer that made it). */
export const respondentLinkPath = (token: string) => `/r/${token}`;

export function presentQuestionnaireSummary(
  row: QuestionnaireRow,
  counts: QuestionnaireCounts,
): z.output<typeof questionnaireSummarySchema> {
  return {
    id: row.id,
    title: row.definition.title,
    kind: row.definition.kind,
    status: row.status,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    publicLink: row.publicCode ? publicLinkPath(row.publicCode) : null,
    questionCount: allQuestions(row.definition).length,
    ...counts,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentQuestionnaire(
  row: QuestionnaireRow,
  counts: QuestionnaireCounts,
  answeredQuestionIds: string[],
): z.output<typeof questionnaireViewSchema> {
  return {
    ...presentQuestionnaireSummary(row, counts),
    definition: row.definition,
    answeredQuestionIds,
  };
}

/** A link in the list (no url), or a new one with its url. */
export function presentLink(
  item: RespondentLinkListItem,
  url: string | null = null,
): z.output<typeof respondentLinkSchema> {
  return {
    id: item.link.id,
    organisationId: item.link.organisationId,
    organisationName: item.organisationName,
    url,
    createdAt: item.link.createdAt.toISOString(),
    status: item.responseStatus ?? 'not_started',
    responseId: item.responseId,
  };
}

/** A newly issued link: its response (if re-issued) is looked up by the caller's list. */
export function newLinkItem(
  link: RespondentLinkRow,
  organisationName: string | null,
  response?: { id: string; status: 'draft' | 'submitted' },
): RespondentLinkListItem {
  return {
    link,
    organisationName,
    responseId: response?.id ?? null,
    responseStatus: response?.status ?? null,
  };
}

export function presentResponseSummary(
  item: ResponseListItem,
): z.output<typeof responseSummarySchema> {
  const { response } = item;
  return {
    id: response.id,
    organisationId: response.organisationId,
    organisationName: item.organisationName,
    channel: response.channel,
    status: response.status,
    respondentName: response.respondentName,
    interviewerName: item.interviewerName,
    startedAt: response.startedAt.toISOString(),
    updatedAt: response.updatedAt.toISOString(),
    submittedAt: response.submittedAt?.toISOString() ?? null,
  };
}

export function presentResponse(item: ResponseListItem): z.output<typeof responseViewSchema> {
  return { ...presentResponseSummary(item), answers: item.response.answers };
}

export function presentRelation(item: RelationListItem): z.output<typeof relationSchema> {
  const { relation } = item;
  return {
    id: relation.id,
    source: item.source,
    target: item.target,
    relationType: relation.relationType,
    sharePercent: relation.sharePercent,
    frequency: relation.frequency,
    location: relation.location,
    confirmed: relation.confirmed,
    reportedBy: item.reportedBy,
    responseId: relation.responseId,
    questionnaireId: item.questionnaireId,
    questionId: relation.questionId,
    sourceFile: relation.sourceFile,
    reportedAt: relation.reportedAt.toISOString(),
  };
}
