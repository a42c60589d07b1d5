// Respondents' links: a personal link per organisation and questionnaire, and the links that the
// public link starts for each anonymous respondent. Only the token's hash is stored.

import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../database';
import { MissingReferenceError } from '../errors';
import {
  organisations,
  questionnaires,
  respondentLinks,
  responses,
  type ResponseStatus,
} from '../schema/index';
import type { QuestionnaireRow } from './questionnaires';

export type RespondentLinkRow = typeof respondentLinks.$inferSelect;

/** A personal link as the facilitator's list shows it: no token, the response's state. */
export interface RespondentLinkListItem {
  link: RespondentLinkRow;
  organisationName: string | null;
  responseId: string | null;
  responseStatus: ResponseStatus | null;
}

/** A link found by its token: what the respondent routes need. */
export interface ActiveLink {
  link: RespondentLinkRow;
  questionnaire: QuestionnaireRow;
  organisationName: string | null;
}

/**
 * Issues personal links for organisations of the project: an organisation that already has a
 * link gets a new one and the old one is revoked; its response (draft or submitted) moves to the
 * new link, so nothing answered is lost. All or nothing.
 */
export async function issueLinks(
  db: Db,
  projectId: string,
  questionnaireId: string,
  items: readonly { organisationId: string; tokenHash: string }[],
  now: Date,
): Promise<RespondentLinkRow[]> {
  if (items.length === 0) return [];
  const organisationIds = [...new Set(items.map((item) => item.organisationId))];
  return db.transaction(async (tx) => {
    const found = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(eq(organisations.projectId, projectId), inArray(organisations.id, organisationIds)),
      );
    if (found.length !== organisationIds.length)
      throw new MissingReferenceError(
        'organisationIds',
        'an organisation of these links is not in the project',
      );
    const previous = await tx
      .update(respondentLinks)
      .set({ revokedAt: now })
      .where(
        and(
          eq(respondentLinks.questionnaireId, questionnaireId),
          inArray(respondentLinks.organisationId, organisationIds),
          isNull(respondentLinks.revokedAt),
        ),
      )
      .returning({ id: respondentLinks.id, organisationId: respondentLinks.organisationId });
    const created = await tx
      .insert(respondentLinks)
      .values(
        items.map((item) => ({
          projectId,
          questionnaireId,
          organisationId: item.organisationId,
          tokenHash: item.tokenHash,
          createdAt: now,
        })),
      )
      .returning();
    for (const old of previous) {
      const replacement = created.find((link) => link.organisationId === old.organisationId);
      if (replacement)
        await tx
          .update(responses)
          .set({ linkId: replacement.id })
          .where(eq(responses.linkId, old.id));
    }
    return created;
  });
}

/** A link for one anonymous respondent of the public link (no organisation). */
export async function insertPublicLink(
  db: Db,
  questionnaire: QuestionnaireRow,
  tokenHash: string,
  now: Date,
): Promise<RespondentLinkRow> {
  const [row] = await db
    .insert(respondentLinks)
    .values({
      projectId: questionnaire.projectId,
      questionnaireId: questionnaire.id,
      organisationId: null,
      tokenHash,
      createdAt: now,
    })
    .returning();
  return row as RespondentLinkRow;
}

/** The personal links in use (not revoked), by organisation name. */
export async function listLinks(
  db: Db,
  projectId: string,
  questionnaireId: string,
): Promise<RespondentLinkListItem[]> {
  const rows = await db
    .select({
      link: respondentLinks,
      organisationName: organisations.name,
      responseId: responses.id,
      responseStatus: responses.status,
    })
    .from(respondentLinks)
    .leftJoin(organisations, eq(organisations.id, respondentLinks.organisationId))
    .leftJoin(responses, eq(responses.linkId, respondentLinks.id))
    .where(
      and(
        eq(respondentLinks.projectId, projectId),
        eq(respondentLinks.questionnaireId, questionnaireId),
        isNull(respondentLinks.revokedAt),
        isNotNull(respondentLinks.organisationId),
      ),
    )
    .orderBy(asc(organisations.nameKey), asc(respondentLinks.createdAt));
  return rows;
}

/** Revokes a link; its response stays. False when there is no such link in use. */
export async function revokeLink(
  db: Db,
  projectId: string,
  questionnaireId: string,
  linkId: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(respondentLinks)
    .set({ revokedAt: now })
    .where(
      and(
        eq(respondentLinks.projectId, projectId),
        eq(respondentLinks.questionnaireId, questionnaireId),
        eq(respondentLinks.id, linkId),
        isNull(respondentLinks.revokedAt),
      ),
    )
    .returning({ id: respondentLinks.id });
  return rows.length > 0;
}

/** The link in use with this token hash, with its questionnaire; undefined when unknown or revoked. */
export async function findActiveLink(db: Db, tokenHash: string): Promise<ActiveLink | undefined> {
  const [row] = await db
    .select({
      link: respondentLinks,
      questionnaire: questionnaires,
      organisationName: organisations.name,
    })
    .from(respondentLinks)
    .innerJoin(questionnaires, eq(questionnaires.id, respondentLinks.questionnaireId))
    .leftJoin(organisations, eq(organisations.id, respondentLinks.organisationId))
    .where(and(eq(respondentLinks.tokenHash, tokenHash), isNull(respondentLinks.revokedAt)));
  return row;
}
