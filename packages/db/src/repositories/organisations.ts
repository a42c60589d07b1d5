// The organisation registry and its contacts.

import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  foldForSearch,
  type ContactInput,
  type OrganisationInput,
  type OrganisationPatch,
} from '@kume/core';
import type { Db } from '../database';
import { DuplicateError, isUniqueViolation } from '../errors';
import { contacts, organisations } from '../schema/index';

export type OrganisationRow = typeof organisations.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;

function duplicateName(name: string) {
  return new DuplicateError('name', `an organisation named "${name}" is already in the registry`);
}

export async function listOrganisations(db: Db, projectId: string): Promise<OrganisationRow[]> {
  return db
    .select()
    .from(organisations)
    .where(eq(organisations.projectId, projectId))
    .orderBy(asc(organisations.name));
}

export async function organisationNameKeys(db: Db, projectId: string): Promise<Set<string>> {
  const rows = await db
    .select({ nameKey: organisations.nameKey })
    .from(organisations)
    .where(eq(organisations.projectId, projectId));
  return new Set(rows.map((row) => row.nameKey));
}

export async function findOrganisation(
  db: Db,
  projectId: string,
  id: string,
): Promise<OrganisationRow | undefined> {
  const [row] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.projectId, projectId), eq(organisations.id, id)));
  return row;
}

/** Creates organisations with their contacts; all or nothing (call inside a transaction for that). */
export async function insertOrganisations(
  db: Db,
  projectId: string,
  items: readonly { organisation: OrganisationInput; contacts: readonly ContactInput[] }[],
): Promise<OrganisationRow[]> {
  if (items.length === 0) return [];
  try {
    return await db.transaction(async (tx) => {
      const created: OrganisationRow[] = [];
      // Chunks keep each statement's parameter count well under PostgreSQL's 65,535.
      for (let start = 0; start < items.length; start += 500) {
        const chunk = items.slice(start, start + 500);
        const rows = await tx
          .insert(organisations)
          .values(
            chunk.map(({ organisation }) => ({
              ...organisation,
              projectId,
              nameKey: foldForSearch(organisation.name),
            })),
          )
          .returning();
        created.push(...rows);
        const contactRows = chunk.flatMap((item, i) =>
          item.contacts.map((contact) => ({
            ...contact,
            projectId,
            organisationId: (rows[i] as OrganisationRow).id,
          })),
        );
        if (contactRows.length > 0) await tx.insert(contacts).values(contactRows);
      }
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw duplicateName(
        items.length === 1 ? (items[0]?.organisation.name ?? '') : 'one of these',
      );
    throw error;
  }
}

export async function updateOrganisation(
  db: Db,
  projectId: string,
  id: string,
  patch: OrganisationPatch & { needsReview?: boolean },
) {
  try {
    const [row] = await db
      .update(organisations)
      .set({
        ...patch,
        ...(patch.name ? { nameKey: foldForSearch(patch.name) } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(organisations.projectId, projectId), eq(organisations.id, id)))
      .returning();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(patch.name ?? '');
    throw error;
  }
}

export async function deleteOrganisation(db: Db, projectId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(organisations)
    .where(and(eq(organisations.projectId, projectId), eq(organisations.id, id)))
    .returning({ id: organisations.id });
  return rows.length > 0;
}

export async function listContacts(
  db: Db,
  projectId: string,
  organisationIds?: readonly string[],
): Promise<ContactRow[]> {
  const where = organisationIds
    ? and(eq(contacts.projectId, projectId), inArray(contacts.organisationId, [...organisationIds]))
    : eq(contacts.projectId, projectId);
  if (organisationIds && organisationIds.length === 0) return [];
  return db.select().from(contacts).where(where).orderBy(asc(contacts.name));
}

export async function insertContact(
  db: Db,
  projectId: string,
  organisationId: string,
  input: ContactInput,
) {
  const [row] = await db
    .insert(contacts)
    .values({ ...input, projectId, organisationId })
    .returning();
  return row as ContactRow;
}

export async function updateContact(
  db: Db,
  projectId: string,
  id: string,
  patch: Partial<ContactInput>,
) {
  const [row] = await db
    .update(contacts)
    .set(patch)
    .where(and(eq(contacts.projectId, projectId), eq(contacts.id, id)))
    .returning();
  return row;
}

export async function deleteContact(db: Db, projectId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(contacts)
    .where(and(eq(contacts.projectId, projectId), eq(contacts.id, id)))
    .returning({ id: contacts.id });
  return rows.length > 0;
}
