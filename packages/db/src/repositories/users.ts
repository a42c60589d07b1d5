// Users, sessions and first-run setup tokens.

import { and, asc, count, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../database';
import { DuplicateError, isUniqueViolation } from '../errors';
import { sessions, setupTokens, users } from '../schema/index';

export type UserRow = typeof users.$inferSelect;

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function createUser(
  db: Db,
  input: {
    email: string;
    name: string;
    passwordHash: string;
    locale?: string | null;
    isAdmin?: boolean;
  },
): Promise<UserRow> {
  try {
    const [row] = await db
      .insert(users)
      .values({ ...input, email: input.email.toLowerCase() })
      .returning();
    return row as UserRow;
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DuplicateError('email', 'an account with this email exists already');
    throw error;
  }
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function updateUser(
  db: Db,
  id: string,
  patch: { name?: string; locale?: string | null; passwordHash?: string },
) {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row;
}

export async function createSession(
  db: Db,
  session: { id: string; userId: string; csrfToken: string; expiresAt: Date },
) {
  await db.insert(sessions).values(session);
}

/** The session and its user, when the session exists and has not expired at `now`. */
export async function findSession(db: Db, id: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  return row;
}

export async function deleteSession(db: Db, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteExpiredSessions(db: Db, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function replaceSetupToken(db: Db, tokenHash: string) {
  await db.transaction(async (tx) => {
    await tx.delete(setupTokens);
    await tx.insert(setupTokens).values({ id: tokenHash });
  });
}

/** Deletes the token; true when it existed (a token works once). */
export async function consumeSetupToken(db: Db, tokenHash: string): Promise<boolean> {
  const rows = await db.delete(setupTokens).where(eq(setupTokens.id, tokenHash)).returning();
  return rows.length > 0;
}

/** The administrator who set Kume up: owner of what the command line imports by default. */
export async function firstAdministrator(db: Db): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.isAdmin, true))
    .orderBy(asc(users.createdAt))
    .limit(1);
  return row;
}
