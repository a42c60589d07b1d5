// Personal invitations of stakeholders to an event: one per organisation, addressed to its first
// contact with an email; only the link token's SHA-256 is stored, and inviting again replaces it.

import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { MissingReferenceError } from '../errors';
import {
  contacts,
  eventInvitations,
  eventRegistrations,
  events,
  organisations,
} from '../schema/index';
import type { EventRegistrationRow } from './eventRegistrations';
import { lockEvent, type EventRow } from './events';

export type EventInvitationRow = typeof eventInvitations.$inferSelect;

export interface InvitationWithRegistration {
  invitation: EventInvitationRow;
  organisationName: string;
  /** The newest registration made through it (one that is not cancelled first), or null. */
  registration: EventRegistrationRow | null;
}

export interface InvitationToIssue {
  organisationId: string;
  tokenSha256: string;
  /**
   * The ticket SHA-256 of a registration made through this invitation, from its id: the ticket is
   * derived from the link's token, so a new link carries a new ticket.
   */
  ticketSha256For: (registrationId: string) => string;
}

/** The newest registration per invitation, preferring one that is not cancelled. */
async function registrationsOf(db: Db, invitationIds: string[]) {
  const rows = invitationIds.length
    ? await db
        .select()
        .from(eventRegistrations)
        .where(inArray(eventRegistrations.invitationId, invitationIds))
        .orderBy(desc(eventRegistrations.createdAt), desc(eventRegistrations.id))
    : [];
  const chosen = new Map<string, EventRegistrationRow>();
  for (const row of rows) {
    const id = row.invitationId as string;
    const current = chosen.get(id);
    if (!current || (current.status === 'cancelled' && row.status !== 'cancelled'))
      chosen.set(id, row);
  }
  return chosen;
}

/**
 * Issues (or re-issues) invitations to organisations of the project, in one transaction. An
 * organisation invited before gets the new token (its old link stops working) and the
 * registration the invitation page shows a new ticket. An organisation that is not the project's is refused
 * (MissingReferenceError on `organisationIds`) and nothing is written.
 */
export async function issueInvitations(
  db: Db,
  event: { id: string; projectId: string },
  items: readonly InvitationToIssue[],
  now: Date,
): Promise<InvitationWithRegistration[]> {
  return db.transaction(async (tx) => {
    await lockEvent(tx, event.id);
    const ids = [...new Set(items.map((item) => item.organisationId))];
    const orgs = await tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.projectId, event.projectId), inArray(organisations.id, ids)));
    const nameOf = new Map(orgs.map((o) => [o.id, o.name]));
    const missing = items.findIndex((item) => !nameOf.has(item.organisationId));
    if (missing >= 0)
      throw new MissingReferenceError(
        `organisationIds.${missing}`,
        `organisation ${items[missing]?.organisationId} is not in this project's registry`,
      );
    const people = await tx
      .select({
        organisationId: contacts.organisationId,
        name: contacts.name,
        email: contacts.email,
      })
      .from(contacts)
      .where(
        and(
          inArray(contacts.organisationId, ids),
          isNotNull(contacts.email),
          ne(contacts.email, ''),
        ),
      )
      .orderBy(asc(contacts.createdAt), asc(contacts.id));
    const contactOf = new Map<string, { name: string; email: string }>();
    for (const person of people)
      if (!contactOf.has(person.organisationId))
        contactOf.set(person.organisationId, { name: person.name, email: person.email ?? '' });
    const byOrganisation = new Map(items.map((item) => [item.organisationId, item]));
    const issued: EventInvitationRow[] = [];
    for (let start = 0; start < ids.length; start += 500) {
      const values = ids.slice(start, start + 500).map((organisationId) => ({
        eventId: event.id,
        organisationId,
        contactName: contactOf.get(organisationId)?.name ?? '',
        email: contactOf.get(organisationId)?.email ?? '',
        tokenSha256: (byOrganisation.get(organisationId) as InvitationToIssue).tokenSha256,
        createdAt: now,
      }));
      issued.push(
        ...(await tx
          .insert(eventInvitations)
          .values(values)
          .onConflictDoUpdate({
            target: [eventInvitations.eventId, eventInvitations.organisationId],
            set: {
              contactName: sql`excluded.contact_name`,
              email: sql`excluded.email`,
              tokenSha256: sql`excluded.token_sha256`,
              createdAt: sql`excluded.created_at`,
            },
          })
          .returning()),
      );
    }
    const registrations = await registrationsOf(
      tx,
      issued.map((row) => row.id),
    );
    const answer: InvitationWithRegistration[] = [];
    for (const invitation of issued) {
      let registration = registrations.get(invitation.id) ?? null;
      // Even a cancelled one: the invitation page still shows it, with a ticket that works.
      if (registration) {
        const item = byOrganisation.get(invitation.organisationId) as InvitationToIssue;
        const [renewed] = await tx
          .update(eventRegistrations)
          .set({ ticketSha256: item.ticketSha256For(registration.id) })
          .where(eq(eventRegistrations.id, registration.id))
          .returning();
        registration = renewed ?? registration;
      }
      answer.push({
        invitation,
        organisationName: nameOf.get(invitation.organisationId) ?? '',
        registration,
      });
    }
    return answer;
  });
}

/** The event's invitations with their organisation's name and registration, oldest first. */
export async function listInvitations(
  db: Db,
  eventId: string,
): Promise<InvitationWithRegistration[]> {
  const rows = await db
    .select({ invitation: eventInvitations, organisationName: organisations.name })
    .from(eventInvitations)
    .innerJoin(organisations, eq(organisations.id, eventInvitations.organisationId))
    .where(eq(eventInvitations.eventId, eventId))
    .orderBy(asc(eventInvitations.createdAt), asc(eventInvitations.id));
  const registrations = await registrationsOf(
    db,
    rows.map((row) => row.invitation.id),
  );
  return rows.map((row) => ({
    ...row,
    registration: registrations.get(row.invitation.id) ?? null,
  }));
}

/** The invitation whose link token has this SHA-256, with its organisation, event and registration. */
export async function findInvitationByToken(
  db: Db,
  tokenSha256: string,
): Promise<(InvitationWithRegistration & { event: EventRow }) | undefined> {
  const [row] = await db
    .select({
      invitation: eventInvitations,
      organisationName: organisations.name,
      event: events,
    })
    .from(eventInvitations)
    .innerJoin(organisations, eq(organisations.id, eventInvitations.organisationId))
    .innerJoin(events, eq(events.id, eventInvitations.eventId))
    .where(eq(eventInvitations.tokenSha256, tokenSha256));
  if (!row) return undefined;
  const registrations = await registrationsOf(db, [row.invitation.id]);
  return { ...row, registration: registrations.get(row.invitation.id) ?? null };
}
