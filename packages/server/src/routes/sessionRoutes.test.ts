// Accounts: first-run setup, sign-in and its rate limit, the session cookie, CSRF protection,
// sign-out, and the signed-in user's own settings.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '@kume/db';
import { hashPassword } from '../auth/password';
import { ensureSetupToken } from '../auth/setupToken';
import { createSampleProject } from '../sampleProject';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/testApp';
import { expectStatus } from '../../test/projectFixtures';

const admin = {
  name: 'Ayşe Admin',
  email: 'ayse@example.com',
  password: 'the first admin password',
};

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('first-run setup', () => {
    let token: string;
    beforeAll(async () => {
      // As at the first start: the sample project exists, nobody owns it, nobody has an account.
      await createSampleProject(t.database.db, new Date('2026-11-26T10:00:00Z'));
      const superseded = await ensureSetupToken(t.database.db);
      token = (await ensureSetupToken(t.database.db)) ?? '';
      expect(superseded).not.toEqual(token);
    });

    it('GET /api/setup says setup is needed while no user exists', async () => {
      expect((await t.anonymous().get('/api/setup')).json()).toEqual({ needed: true });
    });

    it('a wrong token is refused (403) and creates no account', async () => {
      const response = await t.anonymous().post('/api/setup', { ...admin, token: 'not-the-token' });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'forbidden' } });
      expect((await t.anonymous().get('/api/setup')).json()).toEqual({ needed: true });
    });

    it('a token replaced by a newer one (a restart) is refused (403)', async () => {
      const old = await ensureSetupToken(t.database.db);
      token = (await ensureSetupToken(t.database.db)) ?? '';
      const response = await t.anonymous().post('/api/setup', { ...admin, token: old });
      expect(response.statusCode).toBe(403);
    });

    it('the token creates the administrator, signs them in and makes them owner of the sample project', async () => {
      const agent = t.anonymous();
      const response = await agent.post('/api/setup', { ...admin, token });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        user: { email: admin.email, name: admin.name, isAdmin: true },
        csrfToken: expect.any(String),
      });
      const projects = expectStatus(await agent.get('/api/projects'), 200).json() as {
        slug: string;
        role: string;
        isSample: boolean;
      }[];
      expect(projects).toEqual([expect.objectContaining({ slug: 'sample', role: 'owner' })]);
      expect(projects[0]?.isSample).toBe(true);
    });

    it('the same token a second time is refused: Kume is set up (409), and GET /api/setup says not needed', async () => {
      const again = await t
        .anonymous()
        .post('/api/setup', { ...admin, email: 'other@example.com', token });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ error: { code: 'conflict' } });
      expect((await t.anonymous().get('/api/setup')).json()).toEqual({ needed: false });
    });

    it('no new setup token is issued once a user exists', async () => {
      expect(await ensureSetupToken(t.database.db)).toBeNull();
    });
  });

  describe('signing in', () => {
    beforeAll(async () => {
      await t.signUp('signin@example.com');
    });

    it('the right password signs in, whatever the case of the email', async () => {
      const response = await t
        .anonymous()
        .post('/api/session', { email: 'SignIn@Example.com', password: TEST_PASSWORD });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ user: { email: 'signin@example.com' } });
    });

    it('a wrong password is 401 with the same answer as an unknown email', async () => {
      const wrong = await t
        .anonymous()
        .post('/api/session', { email: 'signin@example.com', password: 'not the password' });
      const unknown = await t
        .anonymous()
        .post('/api/session', { email: 'nobody@example.com', password: 'not the password' });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.json()).toMatchObject({
        error: { code: 'unauthorized', message: 'wrong email or password' },
      });
      expect(wrong.cookies).toEqual([]);
    });

    it('the session cookie is HttpOnly and SameSite=Lax, for the whole site', async () => {
      const response = await t
        .anonymous()
        .post('/api/session', { email: 'signin@example.com', password: TEST_PASSWORD });
      const cookie = response.cookies.find((c) => c.name === 'kume_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(String(response.headers['set-cookie'])).toMatch(/HttpOnly/);
      expect(String(response.headers['set-cookie'])).toMatch(/SameSite=Lax/);
    });

    it('GET /api/session without a session is 401', async () => {
      expect((await t.anonymous().get('/api/session')).statusCode).toBe(401);
    });
  });

  describe('CSRF protection', () => {
    it('a write without x-csrf-token is 403 csrf, and nothing is written', async () => {
      const agent = await t.signUp('csrf-missing@example.com');
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/projects',
        headers: { cookie: agent.cookie ?? '' },
        payload: { name: 'Forged project' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'csrf' } });
      expect((await agent.get('/api/projects')).json()).toEqual([]);
    });

    it('a write with a wrong x-csrf-token is 403 csrf', async () => {
      const agent = await t.signUp('csrf-wrong@example.com');
      const response = await agent.request(
        'POST',
        '/api/projects',
        { name: 'Forged project' },
        { 'x-csrf-token': 'a-token-from-somewhere-else' },
      );
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'csrf' } });
      expect((await agent.get('/api/projects')).json()).toEqual([]);
    });

    it("another session's token does not work either", async () => {
      const agent = await t.signUp('csrf-other@example.com');
      const other = await t.signUp('csrf-other-2@example.com');
      const response = await agent.request(
        'PATCH',
        '/api/me',
        { locale: 'en' },
        { 'x-csrf-token': other.csrfToken ?? '' },
      );
      expect(response.statusCode).toBe(403);
    });
  });

  it('signing out ends the session: the old cookie no longer works', async () => {
    const agent = await t.signUp('signout@example.com');
    const oldCookie = agent.cookie ?? '';
    const response = await agent.delete('/api/session');
    expect(response.statusCode).toBe(204);
    expect(agent.cookie).toBeUndefined();
    const replay = await t.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: oldCookie },
    });
    expect(replay.statusCode).toBe(401);
  });

  it('PATCH /api/me sets the language, and the session shows it', async () => {
    const agent = await t.signUp('locale@example.com');
    const response = await agent.patch('/api/me', { locale: 'en' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ locale: 'en' });
    expect((await agent.get('/api/session')).json()).toMatchObject({ user: { locale: 'en' } });
    const invalid = await agent.patch('/api/me', { locale: 'de' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ error: { issues: [{ path: 'body.locale' }] } });
  });

  describe('changing the password', () => {
    it('needs the current password', async () => {
      const agent = await t.signUp('password-wrong@example.com');
      const response = await agent.post('/api/me/password', {
        currentPassword: 'not my password',
        newPassword: 'a brand new password',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: { code: 'validation', issues: [{ path: 'body.currentPassword' }] },
      });
      expect(
        (
          await t.anonymous().post('/api/session', {
            email: 'password-wrong@example.com',
            password: 'a brand new password',
          })
        ).statusCode,
      ).toBe(401);
    });

    it('with the current password, the new one signs in and the old one does not', async () => {
      const agent = await t.signUp('password-right@example.com');
      const response = await agent.post('/api/me/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'a brand new password',
      });
      expect(response.statusCode).toBe(204);
      const signIn = (password: string) =>
        t.anonymous().post('/api/session', { email: 'password-right@example.com', password });
      expect((await signIn('a brand new password')).statusCode).toBe(200);
      expect((await signIn(TEST_PASSWORD)).statusCode).toBe(401);
    });

    it('refuses a new password shorter than 10 characters', async () => {
      const agent = await t.signUp('password-short@example.com');
      const response = await agent.post('/api/me/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'short',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { issues: [{ path: 'body.newPassword' }] } });
    });
  });
});

describe('sign-in rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ signInRateLimit: 3 });
    // Created directly: signing up through the test app would spend an attempt.
    const passwordHash = await hashPassword(TEST_PASSWORD);
    for (const email of ['limited@example.com', 'colleague@example.com'])
      await createUser(t.database.db, { email, name: email, passwordHash });
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string) =>
    t.anonymous().post('/api/session', { email, password });

  it('the 4th attempt within a minute is refused with 429, even with the right password', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push((await attempt('limited@example.com', 'wrong password!')).statusCode);
    const fourth = await attempt('limited@example.com', TEST_PASSWORD);
    expect(statuses).toEqual([401, 401, 401]);
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json()).toMatchObject({ error: { code: 'rate_limited' } });
  });

  it('attempts are counted per email: a colleague behind the same address still signs in', async () => {
    expect((await attempt('Limited@Example.com', TEST_PASSWORD)).statusCode).toBe(429);
    expect((await attempt('colleague@example.com', TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('sign-in rate limit per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    // 2 per email and address; 10 per address alone.
    t = await createTestApp({ signInRateLimit: 2 });
  });
  afterAll(() => t.close());

  it('many different emails from one address are refused after 5 times the per-email limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const response = await t
        .anonymous()
        .post('/api/session', { email: `guess${i}@example.com`, password: 'wrong password!' });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
  });
});
