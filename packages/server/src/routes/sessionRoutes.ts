// Signing in and out, first-run setup, and the signed-in user's own settings.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  consumeSetupToken,
  countUsers,
  createUser,
  findUserByEmail,
  projectsWithoutOwner,
  setMemberRole,
  updateUser,
} from '@kume/db';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/password';
import { emailSchema, localeSchema, passwordSchema, personNameSchema } from '../auth/credentials';
import { addressThrottle } from '../auth/addressThrottle';
import { endSession, requireUser, startSession } from '../auth/sessions';
import { hashToken } from '../auth/tokens';
import { HttpError } from '../http/httpError';
import { presentUser, sessionSchema, userSchema } from '../presenters/presentUser';

export async function sessionRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;
  const signInLimit = { max: app.kume.deps.signInRateLimit ?? 10, timeWindow: '1 minute' };

  app.get(
    '/api/setup',
    { schema: { tags: ['session'], response: { 200: z.object({ needed: z.boolean() }) } } },
    async () => ({
      needed: (await countUsers(db)) === 0,
    }),
  );

  app.post(
    '/api/setup',
    {
      config: { rateLimit: signInLimit },
      schema: {
        tags: ['session'],
        summary: 'Create the first administrator with the one-time link printed at first start',
        body: z.object({
          token: z.string().min(1).max(200),
          name: personNameSchema,
          email: emailSchema,
          password: passwordSchema,
          locale: localeSchema.nullable().optional(),
        }),
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      if ((await countUsers(db)) > 0)
        throw new HttpError(409, 'conflict', 'Kume is set up already; sign in instead');
      if (!(await consumeSetupToken(db, hashToken(request.body.token)))) {
        throw new HttpError(
          403,
          'forbidden',
          'this setup link is not valid any more; restart Kume for a new one',
        );
      }
      const { token: _token, password, ...rest } = request.body;
      const user = await createUser(db, {
        ...rest,
        passwordHash: await hashPassword(password),
        isAdmin: true,
      });
      // The first administrator owns what exists already: the sample project.
      for (const project of await projectsWithoutOwner(db))
        await setMemberRole(db, project.id, user.id, 'owner');
      const session = await startSession(app, reply, user);
      return { user: presentUser(user), csrfToken: session.csrfToken };
    },
  );

  // Besides the route's limit per address and email, one per address alone (credential stuffing).
  const signInPerAddress = addressThrottle({
    max: (app.kume.deps.signInRateLimit ?? 10) * 5,
    windowMs: 10 * 60_000,
    now: app.kume.now,
  });

  app.post(
    '/api/session',
    {
      onRequest: signInPerAddress,
      config: {
        rateLimit: {
          ...signInLimit,
          // The key needs the email from the body, which is parsed after onRequest (the default).
          hook: 'preHandler',
          keyGenerator: (request) =>
            `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
        },
      },
      schema: {
        tags: ['session'],
        summary: 'Sign in',
        body: z.object({
          email: z.string().trim().toLowerCase().max(254),
          password: z.string().max(200),
        }),
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const user = await findUserByEmail(db, request.body.email);
      const ok = await verifyPassword(
        request.body.password,
        user?.passwordHash ?? (await dummyPasswordHash()),
      );
      if (!user || !ok) throw new HttpError(401, 'unauthorized', 'wrong email or password');
      const session = await startSession(app, reply, user);
      return { user: presentUser(user), csrfToken: session.csrfToken };
    },
  );

  app.get(
    '/api/session',
    {
      schema: { tags: ['session'], summary: 'Who is signed in', response: { 200: sessionSchema } },
    },
    async (request) => {
      const signedIn = requireUser(request);
      return { user: presentUser(signedIn.user), csrfToken: signedIn.csrfToken };
    },
  );

  app.delete(
    '/api/session',
    { schema: { tags: ['session'], summary: 'Sign out' } },
    async (request, reply) => {
      await endSession(app, request, reply);
      return reply.status(204).send();
    },
  );

  app.patch(
    '/api/me',
    {
      schema: {
        tags: ['session'],
        summary: 'Change your name or language',
        body: z.object({
          name: personNameSchema.optional(),
          locale: localeSchema.nullable().optional(),
        }),
        response: { 200: userSchema },
      },
    },
    async (request) => {
      const { user } = requireUser(request);
      return presentUser((await updateUser(db, user.id, request.body)) ?? user);
    },
  );

  app.post(
    '/api/me/password',
    {
      config: { rateLimit: signInLimit },
      schema: {
        tags: ['session'],
        summary: 'Change your password',
        body: z.object({ currentPassword: z.string().max(200), newPassword: passwordSchema }),
      },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      if (!(await verifyPassword(request.body.currentPassword, user.passwordHash))) {
        throw new HttpError(400, 'validation', 'the current password is wrong', [
          { path: 'body.currentPassword', message: 'wrong password' },
        ]);
      }
      await updateUser(db, user.id, { passwordHash: await hashPassword(request.body.newPassword) });
      return reply.status(204).send();
    },
  );
}
