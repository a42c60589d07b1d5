// Repository contract for users, sessions and setup tokens; runs on PGlite and PostgreSQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { DuplicateError } from '../errors';
import {
  consumeSetupToken,
  countUsers,
  createSession,
  createUser,
  deleteExpiredSessions,
  deleteSession,
  findSession,
  findUserByEmail,
  findUserById,
  firstAdministrator,
  replaceSetupToken,
  updateUser,
} from './users';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

let made = 0;
const newUser = (fields: { email?: string; isAdmin?: boolean } = {}) => {
  made += 1;
  return createUser(db, {
    email: fields.email ?? `user${made}@kume.example`,
    name: `User ${made}`,
    passwordHash: 'scrypt$test',
    isAdmin: fields.isAdmin ?? false,
  });
};
const hour = 3_600_000;

describe('users', () => {
  it('stores the email lower-cased and finds it in any case', async () => {
    const user = await newUser({ email: 'Ayse.Yilmaz@Ajans.Example' });
    expect(user.email).toBe('ayse.yilmaz@ajans.example');
    expect((await findUserByEmail(db, 'AYSE.YILMAZ@ajans.example'))?.id).toBe(user.id);
    expect((await findUserById(db, user.id))?.email).toBe(user.email);
  });

  it('rejects an email that differs only in case with a DuplicateError on the email', async () => {
    await newUser({ email: 'deniz@ajans.example' });
    const before = await countUsers(db);
    const attempt = newUser({ email: 'DENIZ@Ajans.Example' });
    await expect(attempt).rejects.toBeInstanceOf(DuplicateError);
    await expect(attempt).rejects.toMatchObject({ field: 'email' });
    expect(await countUsers(db)).toBe(before);
  });

  it('finds nobody for an unknown email or id', async () => {
    expect(await findUserByEmail(db, 'nobody@ajans.example')).toBeUndefined();
    expect(await findUserById(db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('counts users', async () => {
    const before = await countUsers(db);
    await newUser();
    await newUser();
    expect(await countUsers(db)).toBe(before + 2);
  });

  it('updates name, locale and password', async () => {
    const user = await newUser();
    const updated = await updateUser(db, user.id, {
      name: 'Elif',
      locale: 'tr',
      passwordHash: 'scrypt$new',
    });
    expect(updated).toMatchObject({
      id: user.id,
      name: 'Elif',
      locale: 'tr',
      passwordHash: 'scrypt$new',
    });
  });

  it('names the earliest administrator the first administrator', async () => {
    const first = await newUser({ isAdmin: true });
    await newUser({ isAdmin: true });
    await newUser();
    expect((await firstAdministrator(db))?.id).toBe(first.id);
  });
});

describe('sessions', () => {
  const now = new Date('2026-03-01T10:00:00Z');

  it('finds a session with its user until it expires, and not from the moment it does', async () => {
    const user = await newUser();
    const expiresAt = new Date(now.getTime() + hour);
    await createSession(db, {
      id: 'session-expiry',
      userId: user.id,
      csrfToken: 'csrf',
      expiresAt,
    });
    const found = await findSession(db, 'session-expiry', now);
    expect(found?.user.id).toBe(user.id);
    expect(found?.session.csrfToken).toBe('csrf');
    expect(
      await findSession(db, 'session-expiry', new Date(expiresAt.getTime() - 1)),
    ).toBeDefined();
    expect(await findSession(db, 'session-expiry', expiresAt)).toBeUndefined();
    expect(
      await findSession(db, 'session-expiry', new Date(expiresAt.getTime() + 1)),
    ).toBeUndefined();
  });

  it('forgets a deleted session', async () => {
    const user = await newUser();
    await createSession(db, {
      id: 'session-out',
      userId: user.id,
      csrfToken: 'c',
      expiresAt: new Date(now.getTime() + hour),
    });
    await deleteSession(db, 'session-out');
    expect(await findSession(db, 'session-out', now)).toBeUndefined();
  });

  it('deletes expired sessions only', async () => {
    const user = await newUser();
    await createSession(db, {
      id: 'session-old',
      userId: user.id,
      csrfToken: 'c',
      expiresAt: new Date(now.getTime() - hour),
    });
    await createSession(db, {
      id: 'session-live',
      userId: user.id,
      csrfToken: 'c',
      expiresAt: new Date(now.getTime() + hour),
    });
    await deleteExpiredSessions(db, now);
    // Looked up at an earlier instant, where both would be valid: only the live one is still stored.
    const earlier = new Date(now.getTime() - 2 * hour);
    expect(await findSession(db, 'session-old', earlier)).toBeUndefined();
    expect(await findSession(db, 'session-live', earlier)).toBeDefined();
  });
});

describe('setup tokens', () => {
  it('work once', async () => {
    await replaceSetupToken(db, 'hash-once');
    expect(await consumeSetupToken(db, 'hash-once')).toBe(true);
    expect(await consumeSetupToken(db, 'hash-once')).toBe(false);
  });

  it('are replaced by a new one', async () => {
    await replaceSetupToken(db, 'hash-old');
    await replaceSetupToken(db, 'hash-new');
    expect(await consumeSetupToken(db, 'hash-old')).toBe(false);
    expect(await consumeSetupToken(db, 'hash-new')).toBe(true);
  });

  it('reject an unknown token', async () => {
    expect(await consumeSetupToken(db, 'never-issued')).toBe(false);
  });
});
