// Invitations by link: what a link offers, accepting it by creating the account or signed in,
// and the links that must not work (used, expired, withdrawn, meant for someone else).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, TEST_PASSWORD, type TestApp } from '../../test/testApp';
import { createProject, expectStatus } from '../../test/projectFixtures';

const start = new Date('2026-11-26T10:00:00Z');
const DAY = 86_400_000;

describe('invitations', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;

  /** Invites `email` with `role` and answers the token of the link. */
  async function invite(email: string, role = 'member'): Promise<string> {
    const response = expectStatus(
      await owner.post(`/api/projects/${slug}/invitations`, { email, role }),
      201,
    );
    const { link } = response.json() as { link: string };
    const token = /^http:\/\/kume\.test\/invitation\/([\w-]+)$/.exec(link)?.[1];
    if (!token) throw new Error(`unexpected invitation link ${link}`);
    return token;
  }

  beforeAll(async () => {
    t = await createTestApp({ now: start });
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Invitation cluster');
  });
  afterAll(() => t.close());

  describe('accepting by creating the account', () => {
    let token: string;
    let newcomer: Agent;
    beforeAll(async () => {
      token = await invite('New.Person@Example.com', 'member');
      newcomer = t.anonymous();
    });

    it('the link tells the project, the role and the email, and that no account exists yet', async () => {
      const response = await t.anonymous().get(`/api/invitations/${token}`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        projectName: 'Invitation cluster',
        role: 'member',
        email: 'new.person@example.com',
        accountExists: false,
      });
    });

    it('without a name and a password it answers 400 naming both fields', async () => {
      const response = await newcomer.post(`/api/invitations/${token}/accept`, {});
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: { issues: [{ path: 'body.name' }, { path: 'body.password' }] },
      });
    });

    it('with a name and a password it creates the account, signs it in and gives the invited role', async () => {
      const response = await newcomer.post(`/api/invitations/${token}/accept`, {
        name: 'Yeni Kişi',
        password: 'a newcomer password',
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        projectSlug: slug,
        user: { email: 'new.person@example.com', name: 'Yeni Kişi', isAdmin: false },
      });
      const projects = expectStatus(await newcomer.get('/api/projects'), 200).json() as {
        slug: string;
        role: string;
      }[];
      expect(projects).toEqual([expect.objectContaining({ slug, role: 'member' })]);
      const members = (await owner.get(`/api/projects/${slug}/members`)).json() as {
        email: string;
        role: string;
      }[];
      expect(members).toContainEqual(
        expect.objectContaining({ email: 'new.person@example.com', role: 'member' }),
      );
    });

    it('a used link answers 404, both to read and to accept again', async () => {
      expect((await t.anonymous().get(`/api/invitations/${token}`)).statusCode).toBe(404);
      const again = await newcomer.post(`/api/invitations/${token}/accept`, {});
      expect(again.statusCode).toBe(404);
      expect(again.json()).toMatchObject({ error: { code: 'not_found' } });
    });

    it('the accepted invitation leaves the list of open invitations', async () => {
      const open = (await owner.get(`/api/projects/${slug}/invitations`)).json() as {
        email: string;
      }[];
      expect(open.map((i) => i.email)).not.toContain('new.person@example.com');
    });
  });

  it('an expired link answers 404 (after 14 days), and the owner sees it listed as expired', async () => {
    const token = await invite('late@example.com');
    t.setNow(new Date(start.getTime() + 13 * DAY));
    expect((await t.anonymous().get(`/api/invitations/${token}`)).statusCode).toBe(200);
    t.setNow(new Date(start.getTime() + 14 * DAY + 60_000));
    try {
      expect((await t.anonymous().get(`/api/invitations/${token}`)).statusCode).toBe(404);
      const accept = await t
        .anonymous()
        .post(`/api/invitations/${token}/accept`, { name: 'Late', password: 'a late password' });
      expect(accept.statusCode).toBe(404);
      // The owner's first session has expired too by now (sessions last 14 days).
      const later = await t.anonymous().signIn('owner@example.com', TEST_PASSWORD);
      const open = (await later.get(`/api/projects/${slug}/invitations`)).json() as {
        email: string;
        expired: boolean;
      }[];
      expect(open.find((i) => i.email === 'late@example.com')?.expired).toBe(true);
    } finally {
      t.setNow(start);
    }
  });

  it('signed in as a different email, accepting is refused with 403 and gives no role', async () => {
    const token = await invite('intended@example.com');
    const other = await t.signUp('someone-else@example.com');
    const response = await other.post(`/api/invitations/${token}/accept`, {});
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await other.get(`/api/projects/${slug}`)).statusCode).toBe(404);
  });

  it('with an account for the email but not signed in, accepting asks to sign in (401)', async () => {
    await t.signUp('existing@example.com');
    const token = await invite('existing@example.com', 'viewer');
    expect((await t.anonymous().get(`/api/invitations/${token}`)).json()).toMatchObject({
      accountExists: true,
    });
    const response = await t
      .anonymous()
      .post(`/api/invitations/${token}/accept`, { name: 'Impostor', password: 'an impostor pass' });
    expect(response.statusCode).toBe(401);
    const signedIn = await t.anonymous().signIn('existing@example.com', TEST_PASSWORD);
    const accepted = await signedIn.post(`/api/invitations/${token}/accept`, {});
    expect(accepted.statusCode).toBe(200);
    expect((await signedIn.get(`/api/projects/${slug}`)).json()).toMatchObject({ role: 'viewer' });
  });

  it('accepting a lower role keeps the higher role the user holds', async () => {
    const facilitator = await t.signUp('facilitator@example.com');
    expectStatus(
      await facilitator.post(
        `/api/invitations/${await invite('facilitator@example.com', 'facilitator')}/accept`,
        {},
      ),
      200,
    );
    const token = await invite('facilitator@example.com', 'viewer');
    expectStatus(await facilitator.post(`/api/invitations/${token}/accept`, {}), 200);
    expect((await facilitator.get(`/api/projects/${slug}`)).json()).toMatchObject({
      role: 'facilitator',
    });
  });

  it('a withdrawn invitation answers 404', async () => {
    const token = await invite('withdrawn@example.com');
    const open = (await owner.get(`/api/projects/${slug}/invitations`)).json() as {
      id: string;
      email: string;
    }[];
    const id = open.find((i) => i.email === 'withdrawn@example.com')?.id;
    expect((await owner.delete(`/api/projects/${slug}/invitations/${id}`)).statusCode).toBe(204);
    expect((await t.anonymous().get(`/api/invitations/${token}`)).statusCode).toBe(404);
  });

  it('an unknown token answers 404', async () => {
    expect((await t.anonymous().get('/api/invitations/not-a-real-token-at-all')).statusCode).toBe(
      404,
    );
  });
});
