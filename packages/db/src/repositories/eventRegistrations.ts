// Guests' registrations for an event: each change to who holds a seat runs in one transaction under
// the event's row lock (lockEvent), so the capacity is never overbooked however many guests
// register at once; one registration per email and event (the partial unique index backs it up).

import { and, asc, desc, eq, ne } from 'drizzle-orm';
import {
  emailKey,
  foldForSearch,
  registrationSeat,
  type RegistrationInput,
  type RegistrationSource,
} from '@kume/core';
import type { Db } from '../database';
import { isUniqueViolation } from '../errors';
import { eventRegistrations, events, organisations } from '../schema/index';
import { eventCountsOf, lockEvent, type EventRow } from './events';

export type EventRegistrationRow = typeof eventRegistrations.$inferSelect;

export type RegistrationRefusal =
  'not_found' | 'registration_closed' | 'event_full' | 'duplicate_email' | 'already_registered';

export type RegistrationOutcome =
  { ok: true; registration: EventRegistrationRow } | { ok: false; reason: RegistrationRefusal };

export interface NewRegistration {
  eventId: string;
  input: RegistrationInput;
  /** The ticket's SHA-256; only the guest holds the ticket itself. */
  ticketSha256: string;
  /** A chosen id (a ticket may be derived from it), or a fresh one from the database. */
  id?: string;
}

/** Refused inside the transaction to roll it back; answered as the outcome. */
class Refused extends Error {
  constructor(readonly reason: RegistrationRefusal) {
    super(reason);
  }
}

/** The registry's organisation with this name (folded, as the registry's duplicate check does), or null. */
async function organisationByName(tx: Db, projectId: string, name: string) {
  if (name === '') return null;
  const [row] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(eq(organisations.projectId, projectId), eq(organisations.nameKey, foldForSearch(name))),
    );
  return row?.id ?? null;
}

/** Whether a registration that is not cancelled holds this email for the event. */
async function emailTaken(tx: Db, eventId: string, email: string): Promise<boolean> {
  const [taken] = await tx
    .select({ id: eventRegistrations.id })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.emailKey, emailKey(email)),
        ne(eventRegistrations.status, 'cancelled'),
      ),
    );
  return taken !== undefined;
}

/** Inserts a registration under the locked event (the caller checked the email is free). */
async function insertRegistration(
  tx: Db,
  event: EventRow,
  registration: NewRegistration,
  values: {
    status: 'registered' | 'waitlisted';
    source: RegistrationSource;
    organisationId: string | null;
    invitationId: string | null;
    checkedInAt: Date | null;
    checkedInBy: string | null;
  },
  now: Date,
): Promise<EventRegistrationRow> {
  const organisationId =
    values.organisationId ??
    (await organisationByName(tx, event.projectId, registration.input.organisation));
  const [row] = await tx
    .insert(eventRegistrations)
    .values({
      ...(registration.id ? { id: registration.id } : {}),
      ...values,
      organisationId,
      eventId: event.id,
      name: registration.input.name,
      organisationName: registration.input.organisation,
      email: registration.input.email,
      emailKey: emailKey(registration.input.email),
      consentAt: now,
      ticketSha256: registration.ticketSha256,
      createdAt: now,
    })
    .returning();
  return row as EventRegistrationRow;
}

/** Runs `work` in a transaction; a refusal or the email index's violation becomes the outcome. */
async function refusable(
  db: Db,
  work: (tx: Db) => Promise<EventRegistrationRow>,
): Promise<RegistrationOutcome> {
  try {
    return { ok: true, registration: await db.transaction(work) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    // Only the partial email index can be violated by a guest (tickets are 256 random bits).
    if (isUniqueViolation(error)) return { ok: false, reason: 'duplicate_email' };
    throw error;
  }
}

/**
 * A guest registers on the public page (source `public`) or through a stakeholder's invitation
 * (source `invitation`, tied to its organisation; one live registration per invitation). Under the
 * event's lock: closed registration, a taken email and a full event without a waiting list are
 * refused; past capacity the guest is waitlisted (core registrationSeat).
 */
export async function registerGuest(
  db: Db,
  registration: NewRegistration & {
    invitation: { id: string; organisationId: string } | null;
  },
  now: Date,
): Promise<RegistrationOutcome> {
  return refusable(db, async (tx) => {
    const event = await lockEvent(tx, registration.eventId);
    if (!event) throw new Refused('not_found');
    if (!event.registrationOpen) throw new Refused('registration_closed');
    const { invitation } = registration;
    if (invitation) {
      const [earlier] = await tx
        .select({ id: eventRegistrations.id })
        .from(eventRegistrations)
        .where(
          and(
            eq(eventRegistrations.invitationId, invitation.id),
            ne(eventRegistrations.status, 'cancelled'),
          ),
        );
      if (earlier) throw new Refused('already_registered');
    }
    if (await emailTaken(tx, event.id, registration.input.email))
      throw new Refused('duplicate_email');
    const { registered } = await eventCountsOf(tx, event.id);
    const seat = registrationSeat({ ...event, registered });
    if (seat === 'full') throw new Refused('event_full');
    return insertRegistration(
      tx,
      event,
      registration,
      {
        status: seat,
        source: invitation ? 'invitation' : 'public',
        organisationId: invitation?.organisationId ?? null,
        invitationId: invitation?.id ?? null,
        checkedInAt: null,
        checkedInBy: null,
      },
      now,
    );
  });
}

/**
 * A walk-in added by the facilitator: always given a seat, even past the capacity (the guest is at
 * the door), and checked in at once when `checkIn`. A taken email is refused.
 */
export async function addWalkIn(
  db: Db,
  registration: NewRegistration & { checkIn: boolean; by: string | null },
  now: Date,
): Promise<RegistrationOutcome> {
  return refusable(db, async (tx) => {
    const event = await lockEvent(tx, registration.eventId);
    if (!event) throw new Refused('not_found');
    if (await emailTaken(tx, event.id, registration.input.email))
      throw new Refused('duplicate_email');
    return insertRegistration(
      tx,
      event,
      registration,
      {
        status: 'registered',
        source: 'walk_in',
        organisationId: null,
        invitationId: null,
        checkedInAt: registration.checkIn ? now : null,
        checkedInBy: registration.checkIn ? registration.by : null,
      },
      now,
    );
  });
}

/** The event's registrations, oldest first. */
export async function listRegistrations(db: Db, eventId: string): Promise<EventRegistrationRow[]> {
  return db
    .select()
    .from(eventRegistrations)
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
}

/** A registration of the event, or undefined. */
export async function findRegistration(
  db: Db,
  eventId: string,
  id: string,
): Promise<EventRegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.id, id)));
  return row;
}

/** The registration whose ticket has this SHA-256, with its event; undefined for any other hash. */
export async function findRegistrationByTicket(
  db: Db,
  ticketSha256: string,
): Promise<{ registration: EventRegistrationRow; event: EventRow } | undefined> {
  const [row] = await db
    .select({ registration: eventRegistrations, event: events })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(eq(eventRegistrations.ticketSha256, ticketSha256));
  return row;
}

/** The newest registration made through an invitation, or undefined. */
export async function findInvitationRegistration(
  db: Db,
  invitationId: string,
): Promise<EventRegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(eq(eventRegistrations.invitationId, invitationId))
    .orderBy(desc(eventRegistrations.createdAt), desc(eventRegistrations.id))
    .limit(1);
  return row;
}
