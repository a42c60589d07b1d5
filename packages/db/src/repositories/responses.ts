// Questionnaire responses: drafts saved through a respondent's link, submissions (each stored
// once, with the relations they report), interview responses synchronised from the field.

import { and, desc, eq, sql } from 'drizzle-orm';
import { localText, type Answers } from '@kume/core';
import type { Db } from '../database';
import { DuplicateError } from '../errors';
import {
  interviewParticipants,
  interviews,
  organisations,
  questionnaires,
  responses,
  users,
  type ResponseChannel,
} from '../schema/index';
import { lockProjectRelations, replaceResponseRelations, resolveOrganisation } from './relations';
import type { OrganisationRow } from './organisations';
import type { RelationDraft } from './relations';
import type { RespondentLinkRow } from './respondentLinks';

export type ResponseRow = typeof responses.$inferSelect;

export interface ResponseListItem {
  response: ResponseRow;
  organisationName: string | null;
  interviewerName: string | null;
}

/**
 * What a submission says about the respondent's own organisation: its name (public link without
 * an organisation) and registry fields to fill where the registry has none.
 */
export interface RespondentProfile {
  firmName?: string;
  valueChainStage?: string;
  employees?: number;
  district?: string;
}

export interface SubmissionContent {
  answers: Answers;
  relations: readonly RelationDraft[];
  profile: RespondentProfile;
}

/** The response of a link, if the respondent has saved anything. */
export async function findLinkResponse(db: Db, linkId: string): Promise<ResponseRow | undefined> {
  const [row] = await db.select().from(responses).where(eq(responses.linkId, linkId));
  return row;
}

const channelOf = (link: RespondentLinkRow): ResponseChannel =>
  link.organisationId ? 'link' : 'public';

/** Creates the link's response as an empty draft unless it exists (safe to repeat at once). */
async function ensureLinkResponse(tx: Db, link: RespondentLinkRow, now: Date) {
  await tx
    .insert(responses)
    .values({
      projectId: link.projectId,
      questionnaireId: link.questionnaireId,
      linkId: link.id,
      organisationId: link.organisationId,
      channel: channelOf(link),
      answers: {},
      startedAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: responses.linkId });
}

/** Saves a draft; undefined when the response is already submitted (then nothing changes). */
export async function saveLinkDraft(
  db: Db,
  link: RespondentLinkRow,
  answers: Answers,
  now: Date,
): Promise<ResponseRow | undefined> {
  return db.transaction(async (tx) => {
    await ensureLinkResponse(tx, link, now);
    const [row] = await tx
      .update(responses)
      .set({ answers, updatedAt: now })
      .where(and(eq(responses.linkId, link.id), eq(responses.status, 'draft')))
      .returning();
    return row;
  });
}

/** Fills the organisation's empty registry fields from the answers (never overwrites). */
async function fillRegistry(tx: Db, organisationId: string, profile: RespondentProfile, now: Date) {
  const set: Partial<typeof organisations.$inferInsert> = {};
  const [row] = await tx.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!row) return;
  if (!row.valueChainStage && profile.valueChainStage)
    set.valueChainStage = profile.valueChainStage;
  if (row.employees === null && profile.employees !== undefined)
    set.employees = Math.round(profile.employees);
  if (!row.district && profile.district) set.district = profile.district;
  if (Object.keys(set).length > 0)
    await tx
      .update(organisations)
      .set({ ...set, updatedAt: now })
      .where(eq(organisations.id, organisationId));
}

/**
 * After a response is stored as submitted: finds the reporting organisation (the response's, or
 * the one its firm-name answer names), fills its registry gaps and replaces its relations.
 * Without a reporter the answers are kept and the relations skipped.
 */
async function recordSubmission(
  tx: Db,
  response: ResponseRow,
  content: SubmissionContent,
  now: Date,
) {
  let reporterId = response.organisationId;
  if (!reporterId && content.profile.firmName) {
    const named = await resolveOrganisation(tx, response.projectId, {
      name: content.profile.firmName,
    });
    if (named) {
      reporterId = named.id;
      await tx
        .update(responses)
        .set({ organisationId: named.id })
        .where(eq(responses.id, response.id));
    }
  }
  if (!reporterId) return;
  await fillRegistry(tx, reporterId, content.profile, now);
  await replaceResponseRelations(tx, {
    projectId: response.projectId,
    responseId: response.id,
    reporterOrganisationId: reporterId,
    drafts: content.relations,
    reportedAt: now,
  });
}

/**
 * Submits a link's response in one transaction: it becomes submitted only if it was a draft
 * (of two submissions at once exactly one wins), then its relations are stored. Answers
 * 'already_submitted' when it was submitted before.
 */
export async function submitLinkResponse(
  db: Db,
  link: RespondentLinkRow,
  content: SubmissionContent,
  now: Date,
): Promise<'submitted' | 'already_submitted'> {
  return db.transaction(async (tx) => {
    await lockProjectRelations(tx, link.projectId);
    await ensureLinkResponse(tx, link, now);
    const [row] = await tx
      .update(responses)
      .set({ answers: content.answers, status: 'submitted', submittedAt: now, updatedAt: now })
      .where(and(eq(responses.linkId, link.id), eq(responses.status, 'draft')))
      .returning();
    if (!row) return 'already_submitted';
    await recordSubmission(tx, row, content, now);
    return 'submitted';
  });
}

export interface InterviewSync extends SubmissionContent {
  /** The client's uuid for this interview: a repeated sync finds it again. */
  id: string;
  projectId: string;
  questionnaireId: string;
  organisation: { id?: string | undefined; name?: string | undefined };
  submitted: boolean;
  heldOn: string;
  notes: string;
  interviewerId: string;
}

/**
 * Creates or updates an interview response and its interview record, idempotently by the
 * client's id: a repeated sync updates the same rows. A submitted response stays submitted; each
 * sync of a submitted one replaces its relations. The record is titled "<questionnaire title in
 * English> — <organisation name>" while it has no title of its own. DuplicateError when the id
 * belongs to another questionnaire or is not an interview.
 */
export async function syncInterviewResponse(
  db: Db,
  sync: InterviewSync,
  now: Date,
): Promise<{ response: ResponseRow; created: boolean }> {
  return db.transaction(async (tx) => {
    await lockProjectRelations(tx, sync.projectId);
    const organisation =
      sync.organisation.id || sync.organisation.name
        ? await resolveOrganisation(tx, sync.projectId, sync.organisation)
        : undefined;
    const organisationId = organisation?.id ?? null;
    const inserted = await tx
      .insert(responses)
      .values({
        id: sync.id,
        projectId: sync.projectId,
        questionnaireId: sync.questionnaireId,
        organisationId,
        channel: 'interview',
        status: sync.submitted ? 'submitted' : 'draft',
        answers: sync.answers,
        interviewerId: sync.interviewerId,
        startedAt: now,
        updatedAt: now,
        submittedAt: sync.submitted ? now : null,
      })
      .onConflictDoNothing({ target: responses.id })
      .returning();
    let response = inserted[0];
    const created = response !== undefined;
    if (!response) {
      const [existing] = await tx.select().from(responses).where(eq(responses.id, sync.id));
      if (
        !existing ||
        existing.projectId !== sync.projectId ||
        existing.questionnaireId !== sync.questionnaireId ||
        existing.channel !== 'interview'
      )
        throw new DuplicateError('id', 'this id belongs to another response');
      const submitted = existing.status === 'submitted' || sync.submitted;
      [response] = await tx
        .update(responses)
        .set({
          organisationId,
          answers: sync.answers,
          status: submitted ? 'submitted' : 'draft',
          submittedAt: existing.submittedAt ?? (submitted ? now : null),
          updatedAt: now,
        })
        .where(eq(responses.id, sync.id))
        .returning();
    }
    if (!response) throw new Error('the interview response was not stored');
    await syncInterviewRecord(tx, sync, organisation, now);
    if (response.status === 'submitted') await recordSubmission(tx, response, sync, now);
    return { response, created };
  });
}

/**
 * The title of an interview recorded in interview mode: "<questionnaire title> — <organisation>",
 * the title in English (Turkish when it has none), without the dash when there is no organisation;
 * cut to 200 characters, the most an interview title may have.
 */
async function interviewModeTitle(
  tx: Db,
  questionnaireId: string,
  organisation: OrganisationRow | undefined,
): Promise<string> {
  const [questionnaire] = await tx
    .select({ definition: questionnaires.definition })
    .from(questionnaires)
    .where(eq(questionnaires.id, questionnaireId));
  const parts = [localText(questionnaire?.definition.title, 'en'), organisation?.name ?? ''];
  return parts
    .filter((part) => part !== '')
    .join(' — ')
    .slice(0, 200);
}

/** The interview record of an interview response, with its organisation as the participant. */
async function syncInterviewRecord(
  tx: Db,
  sync: InterviewSync,
  organisation: OrganisationRow | undefined,
  now: Date,
) {
  const organisationId = organisation?.id ?? null;
  const [existing] = await tx.select().from(interviews).where(eq(interviews.responseId, sync.id));
  // A title the facilitator gave later is kept; an empty one is filled (rows from before titles).
  const title =
    existing?.title || (await interviewModeTitle(tx, sync.questionnaireId, organisation));
  let interviewId = existing?.id;
  if (existing) {
    await tx
      .update(interviews)
      .set({ heldOn: sync.heldOn, notes: sync.notes, title, updatedAt: now })
      .where(eq(interviews.id, existing.id));
  } else {
    const [created] = await tx
      .insert(interviews)
      .values({
        projectId: sync.projectId,
        kind: 'interview',
        heldOn: sync.heldOn,
        title,
        notes: sync.notes,
        facilitatorId: sync.interviewerId,
        responseId: sync.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: interviews.id });
    interviewId = created?.id;
  }
  if (!interviewId || !organisationId) return;
  const participants = await tx
    .select({ organisationId: interviewParticipants.organisationId })
    .from(interviewParticipants)
    .where(eq(interviewParticipants.interviewId, interviewId));
  if (!participants.some((p) => p.organisationId === organisationId))
    await tx.insert(interviewParticipants).values({ interviewId, organisationId });
}

/** A questionnaire's responses, newest first, with the organisation's and interviewer's names. */
export async function listResponses(
  db: Db,
  projectId: string,
  questionnaireId: string,
): Promise<ResponseListItem[]> {
  return db
    .select({
      response: responses,
      organisationName: organisations.name,
      interviewerName: users.name,
    })
    .from(responses)
    .leftJoin(organisations, eq(organisations.id, responses.organisationId))
    .leftJoin(users, eq(users.id, responses.interviewerId))
    .where(and(eq(responses.projectId, projectId), eq(responses.questionnaireId, questionnaireId)))
    .orderBy(desc(responses.updatedAt), desc(responses.id));
}

export async function findResponse(
  db: Db,
  projectId: string,
  questionnaireId: string,
  id: string,
): Promise<ResponseListItem | undefined> {
  const [row] = await db
    .select({
      response: responses,
      organisationName: organisations.name,
      interviewerName: users.name,
    })
    .from(responses)
    .leftJoin(organisations, eq(organisations.id, responses.organisationId))
    .leftJoin(users, eq(users.id, responses.interviewerId))
    .where(
      and(
        eq(responses.projectId, projectId),
        eq(responses.questionnaireId, questionnaireId),
        eq(responses.id, id),
      ),
    );
  return row;
}

/** Deletes a response with the relations it reported (their counterparts lose confirmation). */
export async function deleteResponse(
  db: Db,
  projectId: string,
  questionnaireId: string,
  id: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockProjectRelations(tx, projectId);
    const [found] = await tx
      .select({ organisationId: responses.organisationId })
      .from(responses)
      .where(
        and(
          eq(responses.projectId, projectId),
          eq(responses.questionnaireId, questionnaireId),
          eq(responses.id, id),
        ),
      );
    if (!found) return false;
    // Replacing with nothing removes them and recomputes the other sides' confirmations.
    if (found.organisationId)
      await replaceResponseRelations(tx, {
        projectId,
        responseId: id,
        reporterOrganisationId: found.organisationId,
        drafts: [],
        reportedAt: new Date(0),
      });
    await tx.delete(responses).where(eq(responses.id, id));
    return true;
  });
}

/** How many responses of a questionnaire are drafts and how many submitted. */
export async function countResponses(
  db: Db,
  questionnaireId: string,
): Promise<{ submitted: number; draft: number }> {
  const rows = await db
    .select({ status: responses.status, n: sql<number>`count(*)::int` })
    .from(responses)
    .where(eq(responses.questionnaireId, questionnaireId))
    .groupBy(responses.status);
  return {
    submitted: rows.find((r) => r.status === 'submitted')?.n ?? 0,
    draft: rows.find((r) => r.status === 'draft')?.n ?? 0,
  };
}
