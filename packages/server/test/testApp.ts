// The Kume server in-process for tests (no port), on a fresh test database, with a clock the
// test controls and agents that keep a session cookie and send the CSRF token like the browser.

import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database } from '@kume/db';
import { createUser } from '@kume/db';
import { createApp } from '../src/app';
import { hashPassword } from '../src/auth/password';
import { openTestDatabase } from '../../db/test/testDatabase';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Moves the test clock. */
  setNow(date: Date): void;
  /** Creates a user (not via the API) and returns an agent signed in as them. */
  signUp(
    email: string,
    options?: { name?: string; isAdmin?: boolean; password?: string },
  ): Promise<Agent>;
  /** An agent with no session. */
  anonymous(): Agent;
  close(): Promise<void>;
}

/** JSON, or a multipart form (light-my-request streams FormData with its boundary). */
type Body = Record<string, unknown> | unknown[] | FormData | undefined;

export class Agent {
  cookie: string | undefined;
  csrfToken: string | undefined;
  userId: string | undefined;

  constructor(readonly app: FastifyInstance) {}

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: Body,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const setCookie = response.cookies.find((c) => c.name === 'kume_session');
    if (setCookie) this.cookie = setCookie.value ? `kume_session=${setCookie.value}` : undefined;
    const json = response.headers['content-type']?.toString().includes('json')
      ? (response.json() as { csrfToken?: string; user?: { id: string } })
      : undefined;
    if (json?.csrfToken) this.csrfToken = json.csrfToken;
    if (json?.csrfToken && json.user) this.userId = json.user.id;
    return response;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body: Body = {}) {
    return this.request('POST', url, body);
  }
  put(url: string, body: Body = {}) {
    return this.request('PUT', url, body);
  }
  patch(url: string, body: Body = {}) {
    return this.request('PATCH', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  async signIn(email: string, password: string) {
    const response = await this.post('/api/session', { email, password });
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
    return this;
  }
}

export const TEST_PASSWORD = 'a long test password';

export async function createTestApp(
  options: {
    now?: Date;
    signInRateLimit?: number;
    respondentRateLimit?: { requests: number; starts: number };
  } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  let now = options.now ?? new Date('2026-11-26T10:00:00Z');
  const app = await createApp({
    database,
    config: { publicUrl: 'http://kume.test', secureCookies: false, webDir: undefined },
    now: () => now,
    logger: false,
    signInRateLimit: options.signInRateLimit ?? 1000,
    ...(options.respondentRateLimit ? { respondentRateLimit: options.respondentRateLimit } : {}),
  });
  await app.ready();
  const passwordHash = await hashPassword(TEST_PASSWORD);
  return {
    app,
    database,
    setNow: (date) => {
      now = date;
    },
    signUp: async (
      email,
      { name = email.split('@')[0] ?? email, isAdmin = false, password } = {},
    ) => {
      await createUser(database.db, {
        email,
        name,
        passwordHash: password ? await hashPassword(password) : passwordHash,
        isAdmin,
      });
      return new Agent(app).signIn(email, password ?? TEST_PASSWORD);
    },
    anonymous: () => new Agent(app),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
