// Interviews and focus group meetings of the field study: who took part (organisations and
// people), who facilitated, notes, and tagged quotes. Written with their participants and quotes
// in one transaction.

import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { IsoDate } from '@kume/core';
import type { Db } from '../database';
import { MissingReferenceError } from '../errors';
import {
  contacts,
  interviewParticipants,
  interviews,
  organisations,
  projectMembers,
  quotes,
  type InterviewKind,
} from '../schema/index';

export type InterviewRow = typeof interviews.$inferSelect;
export type InterviewParticipantRow = typeof interviewParticipants.$inferSelect;
export type QuoteRow = typeof quotes.$inferSelect;

/** A participant: an organisation, a contact (its organisation is filled in) or a named person. */
export interface ParticipantInput {
  organisationId?: string | null | undefined;
  contactId?: string | null | undefined;
  name?: string | undefined;
}

export interface QuoteInput {
  text: string;
  tags: readonly string[];
  organisationId?: string | null | undefined;
}

export interface InterviewInput {
  kind: InterviewKind;
  heldOn: IsoDate;
  title: string;
  notes: string;
  facilitatorId?: string | null | undefined;
  participants: readonly ParticipantInput[];
  quotes: readonly QuoteInput[];
}

export interface InterviewWithLinks extends InterviewRow {
  participants: InterviewParticipantRow[];
  quotes: QuoteRow[];
}

/** Which of the ids are organisations of the project. */
async function organisationsInProject(db: Db, projectId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.projectId, projectId), inArray(organisations.id, unique)));
  return new Set(rows.map((r) => r.id));
}

/** The organisation of each id that is a contact of the project. */
async function contactsInProject(db: Db, projectId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: contacts.id, organisationId: contacts.organisationId })
    .from(contacts)
    .where(and(eq(contacts.projectId, projectId), inArray(contacts.id, unique)));
  return new Map(rows.map((r) => [r.id, r.organisationId]));
}

/**
 * Checks every reference against the project and returns the rows to write. Errors name the
 * place (`participants.2.contactId`), so the API can answer 400 with it.
 */
async function resolveLinks(db: Db, projectId: string, input: InterviewInput) {
  const orgIds = [
    ...input.participants.flatMap((p) => (p.organisationId ? [p.organisationId] : [])),
    ...input.quotes.flatMap((q) => (q.organisationId ? [q.organisationId] : [])),
  ];
  const contactIds = input.participants.flatMap((p) => (p.contactId ? [p.contactId] : []));
  const [knownOrgs, contactOrg] = await Promise.all([
    organisationsInProject(db, projectId, orgIds),
    contactsInProject(db, projectId, contactIds),
  ]);
  const participants = input.participants.map((p, i) => {
    const where = `participants.${i}`;
    const name = p.name?.trim() ?? '';
    if (!p.organisationId && !p.contactId && !name)
      throw new MissingReferenceError(
        where,
        'a participant needs an organisation, a contact or a name',
      );
    if (p.organisationId && !knownOrgs.has(p.organisationId))
      throw new MissingReferenceError(
        `${where}.organisationId`,
        `participant ${i + 1}: the organisation is not in this project`,
      );
    if (p.contactId && !contactOrg.has(p.contactId))
      throw new MissingReferenceError(
        `${where}.contactId`,
        `participant ${i + 1}: the person is not a contact in this project`,
      );
    const ofContact = p.contactId ? (contactOrg.get(p.contactId) ?? null) : null;
    if (p.organisationId && ofContact && ofContact !== p.organisationId)
      throw new MissingReferenceError(
        `${where}.contactId`,
        `participant ${i + 1}: the contact belongs to another organisation`,
      );
    return {
      organisationId: p.organisationId ?? ofContact,
      contactId: p.contactId ?? null,
      name,
      position: i,
    };
  });
  const quoteRows = input.quotes.map((q, i) => {
    if (q.organisationId && !knownOrgs.has(q.organisationId))
      throw new MissingReferenceError(
        `quotes.${i}.organisationId`,
        `quote ${i + 1}: the organisation is not in this project`,
      );
    return {
      text: q.text,
      tags: [...new Set(q.tags.map((t) => t.trim()).filter(Boolean))],
      organisationId: q.organisationId ?? null,
      position: i,
    };
  });
  if (input.facilitatorId) {
    const [member] = await db
      .select({ id: projectMembers.userId })
      .from(projectMembers)
      .where(
        and(
          eq(projectMembers.projectId, projectId),
          eq(projectMembers.userId, input.facilitatorId),
        ),
      );
    if (!member)
      throw new MissingReferenceError(
        'facilitatorId',
        'the facilitator is not a member of the project',
      );
  }
  return { participants, quotes: quoteRows };
}

async function writeLinks(
  db: Db,
  interviewId: string,
  links: Awaited<ReturnType<typeof resolveLinks>>,
) {
  await db.delete(interviewParticipants).where(eq(interviewParticipants.interviewId, interviewId));
  await db.delete(quotes).where(eq(quotes.interviewId, interviewId));
  if (links.participants.length)
    await db
      .insert(interviewParticipants)
      .values(links.participants.map((p) => ({ ...p, interviewId })));
  if (links.quotes.length)
    await db.insert(quotes).values(links.quotes.map((q) => ({ ...q, interviewId })));
}

const fields = (input: InterviewInput) => ({
  kind: input.kind,
  heldOn: input.heldOn,
  title: input.title,
  notes: input.notes,
  facilitatorId: input.facilitatorId ?? null,
});

export async function createInterview(
  db: Db,
  projectId: string,
  input: InterviewInput,
): Promise<InterviewRow> {
  return db.transaction(async (tx) => {
    const links = await resolveLinks(tx, projectId, input);
    const [row] = await tx
      .insert(interviews)
      .values({ projectId, ...fields(input) })
      .returning();
    if (!row) throw new Error('interview insert returned nothing');
    await writeLinks(tx, row.id, links);
    return row;
  });
}

/** Replaces an interview's fields, participants and quotes; undefined when it is not in the project. */
export async function updateInterview(
  db: Db,
  projectId: string,
  id: string,
  input: InterviewInput,
  now: Date,
): Promise<InterviewRow | undefined> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(interviews)
      .set({ ...fields(input), updatedAt: now })
      .where(and(eq(interviews.projectId, projectId), eq(interviews.id, id)))
      .returning();
    if (!row) return undefined;
    await writeLinks(tx, id, await resolveLinks(tx, projectId, input));
    return row;
  });
}

export async function deleteInterview(db: Db, projectId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(interviews)
    .where(and(eq(interviews.projectId, projectId), eq(interviews.id, id)))
    .returning({ id: interviews.id });
  return rows.length > 0;
}

/** The project's interviews and focus groups, newest first, with participants and quotes in order. */
export async function listInterviews(
  db: Db,
  projectId: string,
  ids?: readonly string[],
): Promise<InterviewWithLinks[]> {
  if (ids && ids.length === 0) return [];
  const where = ids
    ? and(eq(interviews.projectId, projectId), inArray(interviews.id, [...ids]))
    : eq(interviews.projectId, projectId);
  const rows = await db
    .select()
    .from(interviews)
    .where(where)
    .orderBy(desc(interviews.heldOn), desc(interviews.createdAt));
  if (rows.length === 0) return [];
  const interviewIds = rows.map((r) => r.id);
  const [people, said] = await Promise.all([
    db
      .select()
      .from(interviewParticipants)
      .where(inArray(interviewParticipants.interviewId, interviewIds))
      .orderBy(asc(interviewParticipants.position)),
    db
      .select()
      .from(quotes)
      .where(inArray(quotes.interviewId, interviewIds))
      .orderBy(asc(quotes.position)),
  ]);
  return rows.map((row) => ({
    ...row,
    participants: people.filter((p) => p.interviewId === row.id),
    quotes: said.filter((q) => q.interviewId === row.id),
  }));
}

export async function findInterview(
  db: Db,
  projectId: string,
  id: string,
): Promise<InterviewWithLinks | undefined> {
  const [row] = await listInterviews(db, projectId, [id]);
  return row;
}
