// Stakeholder visits: who was met, by whom, what came out of it, and the follow-ups.

import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { IsoDate, VisitInput } from '@kume/core';
import type { Db } from '../database';
import { MissingReferenceError } from '../errors';
import {
  contacts,
  followUps,
  organisations,
  projectMembers,
  visitContacts,
  visitOrganisations,
  visitTeam,
  visits,
} from '../schema/index';

export type VisitRow = typeof visits.$inferSelect;
export type FollowUpRow = typeof followUps.$inferSelect;

export interface VisitLinks {
  organisationIds: string[];
  contactIds: string[];
  teamUserIds: string[];
}

/** Checks that every linked organisation, contact and team member belongs to the project. */
async function checkLinks(
  db: Db,
  projectId: string,
  links: VisitLinks,
  assignees: readonly string[],
) {
  const unique = (ids: readonly string[]) => [...new Set(ids)];
  const orgIds = unique(links.organisationIds);
  const found = orgIds.length
    ? await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.projectId, projectId), inArray(organisations.id, orgIds)))
    : [];
  if (found.length !== orgIds.length)
    throw new MissingReferenceError(
      'organisationIds',
      'an organisation of this visit is not in the project',
    );
  const contactIds = unique(links.contactIds);
  const foundContacts = contactIds.length
    ? await db
        .select({ id: contacts.id })
        .from(contacts)
        .where(and(eq(contacts.projectId, projectId), inArray(contacts.id, contactIds)))
    : [];
  if (foundContacts.length !== contactIds.length)
    throw new MissingReferenceError('contactIds', 'a person met is not a contact in the project');
  const people = unique([...links.teamUserIds, ...assignees]);
  const members = people.length
    ? await db
        .select({ id: projectMembers.userId })
        .from(projectMembers)
        .where(and(eq(projectMembers.projectId, projectId), inArray(projectMembers.userId, people)))
    : [];
  if (members.length !== people.length)
    throw new MissingReferenceError(
      'teamUserIds',
      'a team member or assignee is not a member of the project',
    );
  return { orgIds, contactIds, teamIds: unique(links.teamUserIds) };
}

async function writeLinks(
  db: Db,
  visitId: string,
  ids: { orgIds: string[]; contactIds: string[]; teamIds: string[] },
) {
  await db.delete(visitOrganisations).where(eq(visitOrganisations.visitId, visitId));
  await db.delete(visitContacts).where(eq(visitContacts.visitId, visitId));
  await db.delete(visitTeam).where(eq(visitTeam.visitId, visitId));
  if (ids.orgIds.length)
    await db
      .insert(visitOrganisations)
      .values(ids.orgIds.map((organisationId) => ({ visitId, organisationId })));
  if (ids.contactIds.length)
    await db
      .insert(visitContacts)
      .values(ids.contactIds.map((contactId) => ({ visitId, contactId })));
  if (ids.teamIds.length)
    await db.insert(visitTeam).values(ids.teamIds.map((userId) => ({ visitId, userId })));
}

export async function createVisit(
  db: Db,
  projectId: string,
  input: VisitInput,
  createdBy: string | null,
): Promise<VisitRow> {
  return db.transaction(async (tx) => {
    const ids = await checkLinks(
      tx,
      projectId,
      input,
      input.followUps.flatMap((f) => (f.assigneeUserId ? [f.assigneeUserId] : [])),
    );
    const [visit] = await tx
      .insert(visits)
      .values({
        projectId,
        visitedOn: input.visitedOn,
        level: input.level,
        purpose: input.purpose,
        notes: input.notes,
        outcomes: input.outcomes,
        createdBy,
      })
      .returning();
    if (!visit) throw new Error('visit insert returned nothing');
    await writeLinks(tx, visit.id, ids);
    if (input.followUps.length) {
      await tx.insert(followUps).values(
        input.followUps.map((f) => ({
          projectId,
          visitId: visit.id,
          description: f.description,
          dueOn: f.dueOn,
          assigneeUserId: f.assigneeUserId ?? null,
        })),
      );
    }
    return visit;
  });
}

/** Replaces a visit's fields and links; follow-ups are edited on their own. */
export async function updateVisit(
  db: Db,
  projectId: string,
  id: string,
  input: Omit<VisitInput, 'followUps'>,
) {
  return db.transaction(async (tx) => {
    const [visit] = await tx
      .update(visits)
      .set({
        visitedOn: input.visitedOn,
        level: input.level,
        purpose: input.purpose,
        notes: input.notes,
        outcomes: input.outcomes,
      })
      .where(and(eq(visits.projectId, projectId), eq(visits.id, id)))
      .returning();
    if (!visit) return undefined;
    await writeLinks(tx, id, await checkLinks(tx, projectId, input, []));
    return visit;
  });
}

export async function deleteVisit(db: Db, projectId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(visits)
    .where(and(eq(visits.projectId, projectId), eq(visits.id, id)))
    .returning({ id: visits.id });
  return rows.length > 0;
}

export async function listVisits(db: Db, projectId: string): Promise<VisitRow[]> {
  return db
    .select()
    .from(visits)
    .where(eq(visits.projectId, projectId))
    .orderBy(desc(visits.visitedOn), desc(visits.createdAt));
}

export async function findVisit(
  db: Db,
  projectId: string,
  id: string,
): Promise<VisitRow | undefined> {
  const [row] = await db
    .select()
    .from(visits)
    .where(and(eq(visits.projectId, projectId), eq(visits.id, id)));
  return row;
}

/** The links of the given visits (all of the project's when `visitIds` is omitted). */
export async function visitLinks(db: Db, projectId: string, visitIds?: readonly string[]) {
  if (visitIds && visitIds.length === 0) return { organisations: [], contacts: [], team: [] };
  const inProject = visitIds
    ? and(eq(visits.projectId, projectId), inArray(visits.id, [...visitIds]))
    : eq(visits.projectId, projectId);
  const [orgs, people, team] = await Promise.all([
    db
      .select({
        visitId: visitOrganisations.visitId,
        organisationId: visitOrganisations.organisationId,
        visitedOn: visits.visitedOn,
      })
      .from(visitOrganisations)
      .innerJoin(visits, eq(visits.id, visitOrganisations.visitId))
      .where(inProject),
    db
      .select({ visitId: visitContacts.visitId, contactId: visitContacts.contactId })
      .from(visitContacts)
      .innerJoin(visits, eq(visits.id, visitContacts.visitId))
      .where(inProject),
    db
      .select({ visitId: visitTeam.visitId, userId: visitTeam.userId })
      .from(visitTeam)
      .innerJoin(visits, eq(visits.id, visitTeam.visitId))
      .where(inProject),
  ]);
  return { organisations: orgs, contacts: people, team };
}

export async function listFollowUps(
  db: Db,
  projectId: string,
  visitIds?: readonly string[],
): Promise<FollowUpRow[]> {
  if (visitIds && visitIds.length === 0) return [];
  const where = visitIds
    ? and(eq(followUps.projectId, projectId), inArray(followUps.visitId, [...visitIds]))
    : eq(followUps.projectId, projectId);
  return db.select().from(followUps).where(where).orderBy(asc(followUps.dueOn));
}

export async function addFollowUp(
  db: Db,
  projectId: string,
  visitId: string,
  input: { description: string; dueOn: IsoDate; assigneeUserId?: string | null | undefined },
) {
  return db.transaction(async (tx) => {
    if (input.assigneeUserId)
      await checkLinks(tx, projectId, { organisationIds: [], contactIds: [], teamUserIds: [] }, [
        input.assigneeUserId,
      ]);
    const [row] = await tx
      .insert(followUps)
      .values({
        projectId,
        visitId,
        description: input.description,
        dueOn: input.dueOn,
        assigneeUserId: input.assigneeUserId ?? null,
      })
      .returning();
    return row as FollowUpRow;
  });
}

export async function updateFollowUp(
  db: Db,
  projectId: string,
  id: string,
  patch: {
    description?: string;
    dueOn?: IsoDate;
    assigneeUserId?: string | null;
    doneOn?: IsoDate | null;
  },
) {
  return db.transaction(async (tx) => {
    if (patch.assigneeUserId)
      await checkLinks(tx, projectId, { organisationIds: [], contactIds: [], teamUserIds: [] }, [
        patch.assigneeUserId,
      ]);
    const [row] = await tx
      .update(followUps)
      .set(patch)
      .where(and(eq(followUps.projectId, projectId), eq(followUps.id, id)))
      .returning();
    return row;
  });
}

export async function deleteFollowUp(db: Db, projectId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(followUps)
    .where(and(eq(followUps.projectId, projectId), eq(followUps.id, id)))
    .returning({ id: followUps.id });
  return rows.length > 0;
}
