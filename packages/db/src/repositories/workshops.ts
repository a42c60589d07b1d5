// Workshops, their participants and their event log. The server folds the log into the state with
// core's applyCommand; this file only stores and reads, under the workshop's advisory lock.

import { and, asc, desc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import type {
  WorkshopCommand,
  WorkshopDefinition,
  WorkshopResults,
  WorkshopTemplateId,
} from '@kume/core';
import type { Db } from '../database';
import { isUniqueViolation } from '../errors';
import {
  workshopEvents,
  workshopParticipants,
  workshops,
  type WorkshopStatus,
} from '../schema/index';

export type WorkshopRow = typeof workshops.$inferSelect;
export type WorkshopParticipantRow = typeof workshopParticipants.$inferSelect;
export type WorkshopEventRow = typeof workshopEvents.$inferSelect;

export interface NewWorkshop {
  projectId: string;
  title: string;
  template: WorkshopTemplateId;
  definition: WorkshopDefinition;
  createdBy: string | null;
}

/**
 * Stores a draft workshop with a join code from `newCode`; a code taken by another open workshop
 * is drawn again (up to 8 times, then the unique violation is thrown).
 */
export async function insertWorkshop(
  db: Db,
  input: NewWorkshop,
  newCode: () => string,
  now: Date,
): Promise<WorkshopRow> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const [row] = await db
        .insert(workshops)
        .values({ ...input, code: newCode(), status: 'draft', createdAt: now, updatedAt: now })
        .returning();
      return row as WorkshopRow;
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 8) throw error;
    }
  }
}

/** The project's workshops, newest first. */
export async function listWorkshops(db: Db, projectId: string): Promise<WorkshopRow[]> {
  return db
    .select()
    .from(workshops)
    .where(eq(workshops.projectId, projectId))
    .orderBy(desc(workshops.createdAt), asc(workshops.id));
}

/** A workshop of the project, or undefined. */
export async function findWorkshop(
  db: Db,
  projectId: string,
  id: string,
): Promise<WorkshopRow | undefined> {
  const [row] = await db
    .select()
    .from(workshops)
    .where(and(eq(workshops.projectId, projectId), eq(workshops.id, id)));
  return row;
}

export async function findWorkshopById(db: Db, id: string): Promise<WorkshopRow | undefined> {
  const [row] = await db.select().from(workshops).where(eq(workshops.id, id));
  return row;
}

/** The workshop that is not closed with this join code (codes repeat only across closed ones). */
export async function findOpenWorkshopByCode(
  db: Db,
  code: string,
): Promise<WorkshopRow | undefined> {
  const [row] = await db
    .select()
    .from(workshops)
    .where(and(eq(workshops.code, code), ne(workshops.status, 'closed')));
  return row;
}

/** Deletes a workshop with its participants and events. False when there is none. */
export async function deleteWorkshop(db: Db, projectId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(workshops)
    .where(and(eq(workshops.projectId, projectId), eq(workshops.id, id)))
    .returning({ id: workshops.id });
  return rows.length > 0;
}

/** Sets the status (and, on closing, the results); call under lockWorkshop. */
export async function updateWorkshopStatus(
  tx: Db,
  id: string,
  status: WorkshopStatus,
  results: WorkshopResults | null,
  now: Date,
): Promise<WorkshopRow | undefined> {
  const [row] = await tx
    .update(workshops)
    .set({ status, results, updatedAt: now })
    .where(eq(workshops.id, id))
    .returning();
  return row;
}

/**
 * Serialises the changes of one workshop until the transaction ends, across every server instance
 * on the database: commands are numbered without gaps and applied to the state they were checked on.
 */
export async function lockWorkshop(tx: Db, workshopId: string): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`workshop:${workshopId}`}, 0))`,
  );
}

/** The events after `seq`, in order (all of them for seq 0). */
export async function workshopEventsAfter(
  db: Db,
  workshopId: string,
  seq: number,
): Promise<WorkshopEventRow[]> {
  return db
    .select()
    .from(workshopEvents)
    .where(and(eq(workshopEvents.workshopId, workshopId), gt(workshopEvents.seq, seq)))
    .orderBy(asc(workshopEvents.seq));
}

/**
 * Which of these message ids are in the log already, as `participantId messageId` pairs (a space
 * between: message ids are the client's, participant ids uuids, so the pair reads back unambiguously).
 */
export async function workshopMessagesSeen(
  tx: Db,
  workshopId: string,
  messageIds: readonly string[],
): Promise<Set<string>> {
  if (messageIds.length === 0) return new Set();
  const rows = await tx
    .select({ participantId: workshopEvents.participantId, messageId: workshopEvents.messageId })
    .from(workshopEvents)
    .where(
      and(
        eq(workshopEvents.workshopId, workshopId),
        inArray(workshopEvents.messageId, [...new Set(messageIds)]),
      ),
    );
  return new Set(rows.map((row) => `${row.participantId ?? ''} ${row.messageId ?? ''}`));
}

export interface NewWorkshopEvent {
  workshopId: string;
  seq: number;
  participantId: string | null;
  messageId: string | null;
  command: WorkshopCommand;
  at: Date;
}

/** Appends an event; false when its message id is in the log already (nothing written). */
export async function insertWorkshopEvent(tx: Db, event: NewWorkshopEvent): Promise<boolean> {
  const rows = await tx
    .insert(workshopEvents)
    .values(event)
    .onConflictDoNothing({
      target: [workshopEvents.workshopId, workshopEvents.participantId, workshopEvents.messageId],
    })
    .returning({ seq: workshopEvents.seq });
  return rows.length > 0;
}

/** Appends events in one statement (a batch checked under lockWorkshop); none for an empty list. */
export async function insertWorkshopEvents(
  tx: Db,
  events: readonly NewWorkshopEvent[],
): Promise<void> {
  if (events.length > 0) await tx.insert(workshopEvents).values([...events]);
}

export interface NewWorkshopParticipant {
  workshopId: string;
  tokenSha256: string;
  name: string | null;
  isFacilitator: boolean;
  userId?: string | null;
  organisationId?: string | null;
}

export async function insertWorkshopParticipant(
  tx: Db,
  participant: NewWorkshopParticipant,
  now: Date,
): Promise<WorkshopParticipantRow> {
  const [row] = await tx
    .insert(workshopParticipants)
    .values({ ...participant, createdAt: now })
    .returning();
  return row as WorkshopParticipantRow;
}

/** The participant of this workshop holding the token with this hash, or undefined. */
export async function findWorkshopParticipantByToken(
  db: Db,
  workshopId: string,
  tokenSha256: string,
): Promise<WorkshopParticipantRow | undefined> {
  const [row] = await db
    .select()
    .from(workshopParticipants)
    .where(
      and(
        eq(workshopParticipants.workshopId, workshopId),
        eq(workshopParticipants.tokenSha256, tokenSha256),
      ),
    );
  return row;
}

/**
 * The user's facilitator participant in the workshop with a new token (the old one stops working),
 * created on first call: the facilitator stays one participant however often the console reloads.
 */
export async function issueFacilitatorParticipant(
  db: Db,
  workshopId: string,
  user: { id: string; name: string },
  tokenSha256: string,
  now: Date,
): Promise<WorkshopParticipantRow> {
  return db.transaction(async (tx) => {
    await lockWorkshop(tx, workshopId);
    const [updated] = await tx
      .update(workshopParticipants)
      .set({ tokenSha256, name: user.name })
      .where(
        and(
          eq(workshopParticipants.workshopId, workshopId),
          eq(workshopParticipants.userId, user.id),
          eq(workshopParticipants.isFacilitator, true),
        ),
      )
      .returning();
    if (updated) return updated;
    return insertWorkshopParticipant(
      tx,
      { workshopId, tokenSha256, name: user.name, isFacilitator: true, userId: user.id },
      now,
    );
  });
}

/** The closed workshops of the project that have results, the most recently closed first. */
export async function closedWorkshops(db: Db, projectId: string): Promise<WorkshopRow[]> {
  return db
    .select()
    .from(workshops)
    .where(and(eq(workshops.projectId, projectId), eq(workshops.status, 'closed')))
    .orderBy(desc(workshops.updatedAt), desc(workshops.createdAt));
}
