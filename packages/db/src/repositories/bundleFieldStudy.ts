// The field study's part of a project bundle: questionnaires, responses (relation answers name
// organisations by bundle key), interviews and focus groups with participants and quotes, and
// relations. Used by importBundle (inside its transaction) and exportBundle.

import { randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import {
  answersFromBundle,
  answersToBundle,
  bundleRelationAnswers,
  type IsoDate,
  type ProjectBundle,
} from '@kume/core';
import type { Db } from '../database';
import {
  answerTags,
  interviewParticipants,
  interviews,
  questionnaires,
  quotes,
  relations,
  responses,
} from '../schema/index';
import { listInterviews } from './interviews';

type FieldStudy = Pick<ProjectBundle, 'questionnaires' | 'responses' | 'interviews' | 'relations'>;

export interface FieldStudyCounts {
  questionnaires: number;
  responses: number;
  interviews: number;
  relations: number;
}

interface ImportContext {
  projectId: string;
  /** Bundle organisation key -> database id. */
  orgIds: ReadonlyMap<string, string>;
  /** Bundle contact key -> database id. */
  contactIds: ReadonlyMap<string, string>;
  /** An email -> the importing user's id, or null (and a warning). */
  person: (email: string | null | undefined) => string | null;
  createdBy: string | null;
}

const id = (rows: { id: string }[], i = 0) => (rows[i] as { id: string }).id;

/** Writes the bundle's field study into the project (call inside the import's transaction). */
export async function importFieldStudy(
  tx: Db,
  bundle: FieldStudy,
  { projectId, orgIds, contactIds, person, createdBy }: ImportContext,
): Promise<FieldStudyCounts> {
  const orgId = (key: string | undefined) => (key === undefined ? null : (orgIds.get(key) ?? null));
  const questionnaireIds = new Map<string, string>();
  for (const q of bundle.questionnaires) {
    const rows = await tx
      .insert(questionnaires)
      .values({
        projectId,
        definition: q.definition,
        status: q.status,
        opensOn: q.opensOn ?? null,
        closesOn: q.closesOn ?? null,
        // A new code: the old one belongs to the installation that exported.
        publicCode: q.publicLink ? randomBytes(16).toString('base64url') : null,
        createdBy,
      })
      .returning({ id: questionnaires.id });
    questionnaireIds.set(q.key, id(rows));
  }

  const responseIds = new Map<string, string>();
  const responseOrg = new Map<string, string | null>();
  for (let start = 0; start < bundle.responses.length; start += 500) {
    const chunk = bundle.responses.slice(start, start + 500);
    const rows = await tx
      .insert(responses)
      .values(
        chunk.map((r) => {
          const at = r.submittedAt ? new Date(r.submittedAt) : undefined;
          return {
            projectId,
            questionnaireId: questionnaireIds.get(r.questionnaireKey) as string,
            organisationId: orgId(r.organisationKey),
            channel: r.channel,
            status: r.status,
            answers: answersFromBundle(r.answers, (key) => orgIds.get(key)),
            respondentName: r.respondentName ?? '',
            respondentEmail: r.respondentEmail ?? '',
            submittedAt: r.status === 'submitted' ? (at ?? null) : null,
            ...(at ? { startedAt: at, updatedAt: at } : {}),
          };
        }),
      )
      .returning({ id: responses.id });
    chunk.forEach((r, i) => {
      responseIds.set(r.key, id(rows, i));
      responseOrg.set(r.key, orgId(r.organisationKey));
    });
    const tagRows = chunk.flatMap((r, i) =>
      Object.entries(r.answerTags)
        .filter(([, tags]) => tags.length > 0)
        .map(([questionId, tags]) => ({ responseId: id(rows, i), questionId, tags })),
    );
    if (tagRows.length > 0) await tx.insert(answerTags).values(tagRows);
  }

  for (const interview of bundle.interviews) {
    const rows = await tx
      .insert(interviews)
      .values({
        projectId,
        kind: interview.kind,
        heldOn: interview.heldOn,
        title: interview.title,
        notes: interview.notes,
        facilitatorId: person(interview.facilitator),
        responseId: interview.responseKey ? (responseIds.get(interview.responseKey) ?? null) : null,
      })
      .returning({ id: interviews.id });
    const interviewId = id(rows);
    if (interview.participants.length)
      await tx.insert(interviewParticipants).values(
        interview.participants.map((p, position) => ({
          interviewId,
          organisationId: orgId(p.organisationKey),
          contactId: p.contactKey === undefined ? null : (contactIds.get(p.contactKey) ?? null),
          name: p.name ?? '',
          position,
        })),
      );
    if (interview.quotes.length)
      await tx.insert(quotes).values(
        interview.quotes.map((q, position) => ({
          interviewId,
          organisationId: orgId(q.organisationKey),
          text: q.text,
          tags: q.tags,
          position,
        })),
      );
  }

  // The question a relation came from is the relation question of its response naming the partner.
  const answersOf = new Map(bundle.responses.map((r) => [r.key, r.answers]));
  const submittedAt = new Map(bundle.responses.map((r) => [r.key, r.submittedAt]));
  const questionOf = (responseKey: string, partnerKey: string) =>
    bundleRelationAnswers(answersOf.get(responseKey) ?? {}).find(
      (a) => a.answer.organisationKey === partnerKey,
    )?.questionId ?? null;
  for (let start = 0; start < bundle.relations.length; start += 500) {
    await tx.insert(relations).values(
      bundle.relations.slice(start, start + 500).map((r) => {
        const reporter = r.responseKey ? (responseOrg.get(r.responseKey) ?? null) : null;
        const partnerKey = reporter === orgIds.get(r.targetKey) ? r.sourceKey : r.targetKey;
        const at = r.reportedAt ?? (r.responseKey ? submittedAt.get(r.responseKey) : undefined);
        return {
          projectId,
          sourceOrganisationId: orgIds.get(r.sourceKey) as string,
          targetOrganisationId: orgIds.get(r.targetKey) as string,
          relationType: r.relationType,
          sharePercent: r.sharePercent ?? null,
          frequency: r.frequency ?? null,
          location: r.location ?? null,
          responseId: r.responseKey ? (responseIds.get(r.responseKey) ?? null) : null,
          questionId:
            r.questionId ?? (r.responseKey ? questionOf(r.responseKey, partnerKey) : null),
          reportedByOrganisationId: reporter,
          createdBy: r.responseKey ? null : createdBy,
          confirmed: r.confirmed,
          sourceFile: r.sourceFile ?? null,
          ...(at ? { reportedAt: new Date(at) } : {}),
        };
      }),
    );
  }
  return {
    questionnaires: bundle.questionnaires.length,
    responses: bundle.responses.length,
    interviews: bundle.interviews.length,
    relations: bundle.relations.length,
  };
}

/**
 * The project's field study for a bundle: database ids become keys, the facilitator an email.
 * `organisationIds` and `contactIds` are those the bundle carries; references to others are left out.
 */
export async function exportFieldStudy(
  db: Db,
  projectId: string,
  email: (userId: string | null) => string | null,
  organisationIds: ReadonlySet<string>,
  contactIds: ReadonlySet<string>,
): Promise<FieldStudy> {
  const [questionnaireRows, responseRows, interviewRows, relationRows, tagRows] = await Promise.all(
    [
      db
        .select()
        .from(questionnaires)
        .where(eq(questionnaires.projectId, projectId))
        .orderBy(asc(questionnaires.createdAt), asc(questionnaires.id)),
      db
        .select()
        .from(responses)
        .where(eq(responses.projectId, projectId))
        .orderBy(asc(responses.startedAt), asc(responses.id)),
      listInterviews(db, projectId),
      db
        .select()
        .from(relations)
        .where(eq(relations.projectId, projectId))
        .orderBy(asc(relations.reportedAt), asc(relations.id)),
      db
        .select({
          responseId: answerTags.responseId,
          questionId: answerTags.questionId,
          tags: answerTags.tags,
        })
        .from(answerTags)
        .innerJoin(responses, eq(responses.id, answerTags.responseId))
        .where(eq(responses.projectId, projectId))
        .orderBy(asc(answerTags.questionId)),
    ],
  );
  const tagsOf = new Map<string, Record<string, string[]>>();
  for (const row of tagRows) {
    const tags = tagsOf.get(row.responseId) ?? {};
    tags[row.questionId] = row.tags;
    tagsOf.set(row.responseId, tags);
  }
  const key = (value: string | null) => value ?? undefined;
  const optional = <K extends string, V>(name: K, value: V | null | undefined) =>
    (value === null || value === undefined ? {} : { [name]: value }) as Partial<Record<K, V>>;
  return {
    questionnaires: questionnaireRows.map((q) => ({
      key: q.id,
      definition: q.definition,
      status: q.status,
      opensOn: (q.opensOn as IsoDate | null) ?? null,
      closesOn: (q.closesOn as IsoDate | null) ?? null,
      publicLink: q.publicCode !== null,
    })),
    responses: responseRows.map((r) => ({
      key: r.id,
      questionnaireKey: r.questionnaireId,
      ...optional('organisationKey', key(r.organisationId)),
      channel: r.channel,
      status: r.status,
      // Organisation ids are the organisations' keys in an exported bundle.
      answers: answersToBundle(r.answers, (organisationId) =>
        organisationIds.has(organisationId) ? organisationId : undefined,
      ),
      ...optional('respondentName', r.respondentName || undefined),
      ...optional('respondentEmail', r.respondentEmail || undefined),
      ...optional('submittedAt', r.submittedAt?.toISOString()),
      answerTags: tagsOf.get(r.id) ?? {},
    })),
    interviews: [...interviewRows].reverse().map((i) => ({
      key: i.id,
      kind: i.kind,
      heldOn: i.heldOn as IsoDate,
      title: i.title,
      notes: i.notes,
      facilitator: email(i.facilitatorId),
      participants: i.participants.map((p) => ({
        ...optional('organisationKey', key(p.organisationId)),
        ...optional('contactKey', p.contactId && contactIds.has(p.contactId) ? p.contactId : null),
        ...optional('name', p.name || undefined),
      })),
      quotes: i.quotes.map((q) => ({
        text: q.text,
        tags: q.tags,
        ...optional('organisationKey', key(q.organisationId)),
      })),
      ...optional('responseKey', key(i.responseId)),
    })),
    relations: relationRows.map((r) => ({
      sourceKey: r.sourceOrganisationId,
      targetKey: r.targetOrganisationId,
      relationType: r.relationType,
      ...optional('sharePercent', r.sharePercent),
      ...optional('frequency', r.frequency),
      ...optional('location', r.location),
      ...optional('responseKey', key(r.responseId)),
      ...optional('questionId', r.questionId),
      reportedAt: r.reportedAt.toISOString(),
      confirmed: r.confirmed,
      ...optional('sourceFile', r.sourceFile),
    })),
  };
}
