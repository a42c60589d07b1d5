// Read-only queries of the field study's primary research: the submitted answers of a
// questionnaire (analysis, export), the organisations reached and how (quota), and the relations
// a questionnaire's responses reported (export).

import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Answers } from '@kume/core';
import type { Db } from '../database';
import {
  interviewParticipants,
  interviews,
  organisations,
  relations,
  responses,
  type ResponseChannel,
} from '../schema/index';

/** A submitted response with its organisation's name (null when anonymous or unmatched). */
export interface SubmittedResponse {
  id: string;
  organisationId: string | null;
  organisationName: string | null;
  channel: ResponseChannel;
  respondentName: string;
  respondentEmail: string;
  submittedAt: Date | null;
  answers: Answers;
}

/** The submitted responses of a questionnaire, oldest submission first. */
export async function submittedResponses(
  db: Db,
  projectId: string,
  questionnaireId: string,
): Promise<SubmittedResponse[]> {
  return db
    .select({
      id: responses.id,
      organisationId: responses.organisationId,
      organisationName: organisations.name,
      channel: responses.channel,
      respondentName: responses.respondentName,
      respondentEmail: responses.respondentEmail,
      submittedAt: responses.submittedAt,
      answers: responses.answers,
    })
    .from(responses)
    .leftJoin(organisations, eq(organisations.id, responses.organisationId))
    .where(
      and(
        eq(responses.projectId, projectId),
        eq(responses.questionnaireId, questionnaireId),
        eq(responses.status, 'submitted'),
      ),
    )
    .orderBy(asc(responses.submittedAt), asc(responses.id));
}

/** How the primary research reached an organisation. */
export type ReachSource = 'response' | 'interview' | 'focus_group';

export interface ReachedOrganisation {
  organisationId: string;
  /** Each way at most once, in the order response, interview, focus_group. */
  sources: ReachSource[];
}

const SOURCE_ORDER: readonly ReachSource[] = ['response', 'interview', 'focus_group'];

/**
 * Every organisation of the project the primary research reached: a submitted response (of any
 * questionnaire), a participant of an interview or focus group, or the organisation whose
 * questionnaire an interview filled in (interview mode). Each organisation once.
 */
export async function reachedOrganisations(
  db: Db,
  projectId: string,
): Promise<ReachedOrganisation[]> {
  const interviewResponses = alias(responses, 'interview_responses');
  const [answered, took, interviewed] = await Promise.all([
    db
      .selectDistinct({ organisationId: responses.organisationId })
      .from(responses)
      .where(
        and(
          eq(responses.projectId, projectId),
          eq(responses.status, 'submitted'),
          isNotNull(responses.organisationId),
        ),
      ),
    db
      .selectDistinct({
        organisationId: interviewParticipants.organisationId,
        kind: interviews.kind,
      })
      .from(interviewParticipants)
      .innerJoin(interviews, eq(interviews.id, interviewParticipants.interviewId))
      .where(
        and(eq(interviews.projectId, projectId), isNotNull(interviewParticipants.organisationId)),
      ),
    db
      .selectDistinct({ organisationId: interviewResponses.organisationId, kind: interviews.kind })
      .from(interviews)
      .innerJoin(interviewResponses, eq(interviewResponses.id, interviews.responseId))
      .where(
        and(eq(interviews.projectId, projectId), isNotNull(interviewResponses.organisationId)),
      ),
  ]);
  const reached = new Map<string, Set<ReachSource>>();
  const add = (organisationId: string | null, source: ReachSource) => {
    if (!organisationId) return;
    const sources = reached.get(organisationId) ?? new Set<ReachSource>();
    sources.add(source);
    reached.set(organisationId, sources);
  };
  for (const row of answered) add(row.organisationId, 'response');
  for (const row of [...took, ...interviewed])
    add(row.organisationId, row.kind === 'focus_group' ? 'focus_group' : 'interview');
  return [...reached].map(([organisationId, sources]) => ({
    organisationId,
    sources: SOURCE_ORDER.filter((s) => sources.has(s)),
  }));
}

/** A relation a response of the questionnaire reported, with both organisations' names. */
export interface QuestionnaireRelation {
  id: string;
  responseId: string;
  questionId: string | null;
  respondentName: string;
  sourceOrganisationId: string;
  targetOrganisationId: string;
  reportedByOrganisationId: string | null;
  sourceName: string;
  targetName: string;
  relationType: string;
  sharePercent: number | null;
  frequency: string | null;
  location: string | null;
  confirmed: boolean;
}

/** The relations reported by the submitted responses of a questionnaire, by response then question. */
export async function questionnaireRelations(
  db: Db,
  projectId: string,
  questionnaireId: string,
): Promise<QuestionnaireRelation[]> {
  const source = alias(organisations, 'source');
  const target = alias(organisations, 'target');
  return db
    .select({
      id: relations.id,
      responseId: responses.id,
      questionId: relations.questionId,
      respondentName: responses.respondentName,
      sourceOrganisationId: relations.sourceOrganisationId,
      targetOrganisationId: relations.targetOrganisationId,
      reportedByOrganisationId: relations.reportedByOrganisationId,
      sourceName: source.name,
      targetName: target.name,
      relationType: relations.relationType,
      sharePercent: relations.sharePercent,
      frequency: relations.frequency,
      location: relations.location,
      confirmed: relations.confirmed,
    })
    .from(relations)
    .innerJoin(responses, eq(responses.id, relations.responseId))
    .innerJoin(source, eq(source.id, relations.sourceOrganisationId))
    .innerJoin(target, eq(target.id, relations.targetOrganisationId))
    .where(
      and(
        eq(relations.projectId, projectId),
        eq(responses.questionnaireId, questionnaireId),
        eq(responses.status, 'submitted'),
      ),
    )
    .orderBy(
      asc(responses.submittedAt),
      asc(responses.id),
      asc(relations.questionId),
      asc(target.name),
    );
}
