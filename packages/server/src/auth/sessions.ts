// Cookie sessions: sign a user in and out, and find who is signed in on each request.
// The cookie is httpOnly and SameSite=Lax; writes also need the session's CSRF token in the
// x-csrf-token header (synchroniser token), so a page on another site cannot act for the user.

import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createSession, deleteSession, findSession, type UserRow } from '@kume/db';
import { HttpError, unauthorized } from '../http/httpError';
import type { SignedIn } from '../context';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'kume_session';
const SESSION_DAYS = 14;
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A respondent's route (the link's token is the key): the session cookie is not read and the
     * CSRF check does not apply, so a facilitator signed in in the same browser can still answer.
     */
    respondent?: boolean;
  }
}

export async function startSession(
  app: FastifyInstance,
  reply: FastifyReply,
  user: UserRow,
): Promise<SignedIn> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(app.kume.now().getTime() + SESSION_DAYS * 86_400_000);
  await createSession(app.kume.db, { id: hashToken(token), userId: user.id, csrfToken, expiresAt });
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: app.kume.deps.config.secureCookies,
    path: '/',
    expires: expiresAt,
  });
  return { user, sessionId: hashToken(token), csrfToken };
}

export async function endSession(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (request.signedIn) await deleteSession(app.kume.db, request.signedIn.sessionId);
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Registers the hook that reads the session cookie and checks CSRF on writes. */
export function registerSessions(app: FastifyInstance) {
  app.decorateRequest('signedIn', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.routeOptions.config.respondent) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await findSession(app.kume.db, hashToken(token), app.kume.now());
    if (!found) return;
    request.signedIn = {
      user: found.user,
      sessionId: found.session.id,
      csrfToken: found.session.csrfToken,
    };
    if (!safeMethods.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, found.session.csrfToken)) {
        throw new HttpError(403, 'csrf', 'missing or wrong x-csrf-token header; reload the page');
      }
    }
  });
}

/** The signed-in user, or a 401. */
export function requireUser(request: FastifyRequest): SignedIn {
  if (!request.signedIn) throw unauthorized();
  return request.signedIn;
}
