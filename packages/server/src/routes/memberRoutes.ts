// Project members, their roles, and invitations by link.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PROJECT_ROLES } from '@kume/core';
import {
  acceptInvitation,
  countOwners,
  createInvitation,
  createUser,
  deleteInvitation,
  findInvitationByTokenHash,
  findUserByEmail,
  listMembers,
  listOpenInvitations,
  removeMember,
  roleInProject,
  setMemberRole,
} from '@kume/db';
import { emailSchema, passwordSchema, personNameSchema } from '../auth/credentials';
import { hashPassword } from '../auth/password';
import { startSession } from '../auth/sessions';
import { hashToken, newToken } from '../auth/tokens';
import { HttpError, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { presentUser, sessionSchema } from '../presenters/presentUser';
import { idParam, slugParam } from './params';

const INVITATION_DAYS = 14;
const roleSchema = z.enum(PROJECT_ROLES);
export const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  since: z.string(),
});
export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
  expired: z.boolean(),
});
const userParam = slugParam.extend({ userId: z.uuid() });
const tokenParam = z.object({ token: z.string().min(10).max(200) });

export async function memberRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.get(
    '/api/projects/:slug/members',
    { schema: { tags: ['members'], params: slugParam, response: { 200: z.array(memberSchema) } } },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return (await listMembers(db, project.id)).map((m) => ({
        ...m,
        since: m.since.toISOString(),
      }));
    },
  );

  app.patch(
    '/api/projects/:slug/members/:userId',
    {
      schema: {
        tags: ['members'],
        summary: "Change a member's role",
        params: userParam,
        body: z.object({ role: roleSchema }),
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'manage_members');
      const current = await roleInProject(db, project.id, request.params.userId);
      if (!current) throw notFound('member');
      if (
        current === 'owner' &&
        request.body.role !== 'owner' &&
        (await countOwners(db, project.id)) === 1
      ) {
        throw new HttpError(
          409,
          'conflict',
          'a project needs at least one owner; make someone else owner first',
        );
      }
      await setMemberRole(db, project.id, request.params.userId, request.body.role);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/projects/:slug/members/:userId',
    { schema: { tags: ['members'], summary: 'Remove a member (or leave)', params: userParam } },
    async (request, reply) => {
      const leaving = request.signedIn?.user.id === request.params.userId;
      const { project } = await projectAccess(
        request,
        request.params.slug,
        leaving ? 'read' : 'manage_members',
      );
      const current = await roleInProject(db, project.id, request.params.userId);
      if (!current) throw notFound('member');
      if (current === 'owner' && (await countOwners(db, project.id)) === 1) {
        throw new HttpError(
          409,
          'conflict',
          'a project needs at least one owner; make someone else owner first',
        );
      }
      await removeMember(db, project.id, request.params.userId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/projects/:slug/invitations',
    {
      schema: {
        tags: ['members'],
        params: slugParam,
        response: { 200: z.array(invitationSchema) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'manage_members');
      const now = app.kume.now();
      return (await listOpenInvitations(db, project.id)).map((i) => ({
        id: i.id,
        email: i.email,
        role: i.role,
        createdAt: i.createdAt.toISOString(),
        expiresAt: i.expiresAt.toISOString(),
        expired: i.expiresAt < now,
      }));
    },
  );

  app.post(
    '/api/projects/:slug/invitations',
    {
      schema: {
        tags: ['members'],
        summary: 'Invite someone by email; answers the link to send them (shown once)',
        params: slugParam,
        body: z.object({ email: emailSchema, role: roleSchema }),
        response: { 201: invitationSchema.extend({ link: z.string() }) },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'manage_members');
      const token = newToken();
      const expiresAt = new Date(app.kume.now().getTime() + INVITATION_DAYS * 86_400_000);
      const invitation = await createInvitation(db, {
        projectId: project.id,
        email: request.body.email,
        role: request.body.role,
        tokenHash: hashToken(token),
        invitedBy: user.id,
        expiresAt,
      });
      return reply.status(201).send({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        createdAt: invitation.createdAt.toISOString(),
        expiresAt: invitation.expiresAt.toISOString(),
        expired: false,
        link: `${app.kume.deps.config.publicUrl}/invitation/${token}`,
      });
    },
  );

  app.delete(
    '/api/projects/:slug/invitations/:id',
    { schema: { tags: ['members'], summary: 'Withdraw an invitation', params: idParam } },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'manage_members');
      if (!(await deleteInvitation(db, project.id, request.params.id)))
        throw notFound('invitation');
      return reply.status(204).send();
    },
  );

  /** An open, unexpired invitation for the token, or a 404 that says nothing more. */
  async function openInvitation(token: string) {
    const found = await findInvitationByTokenHash(db, hashToken(token));
    if (!found || found.invitation.acceptedAt || found.invitation.expiresAt < app.kume.now()) {
      throw notFound('invitation (it may have been used, withdrawn or have expired)');
    }
    return found;
  }

  app.get(
    '/api/invitations/:token',
    {
      schema: {
        tags: ['members'],
        summary: 'What an invitation link offers',
        params: tokenParam,
        response: {
          200: z.object({
            projectName: z.string(),
            role: roleSchema,
            email: z.string(),
            accountExists: z.boolean(),
          }),
        },
      },
    },
    async (request) => {
      const { invitation, project } = await openInvitation(request.params.token);
      return {
        projectName: project.name,
        role: invitation.role,
        email: invitation.email,
        accountExists: Boolean(await findUserByEmail(db, invitation.email)),
      };
    },
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['members'],
        summary: 'Accept an invitation: signed in, or creating the account it was sent to',
        params: tokenParam,
        body: z
          .object({ name: personNameSchema.optional(), password: passwordSchema.optional() })
          .default({}),
        response: { 200: sessionSchema.extend({ projectSlug: z.string() }) },
      },
    },
    async (request, reply) => {
      const { invitation, project } = await openInvitation(request.params.token);
      let signedIn = request.signedIn;
      if (signedIn && signedIn.user.email !== invitation.email) {
        throw new HttpError(
          403,
          'forbidden',
          `this invitation is for ${invitation.email}; sign out and accept it as that person`,
        );
      }
      if (!signedIn) {
        if (await findUserByEmail(db, invitation.email))
          throw new HttpError(
            401,
            'unauthorized',
            'an account with this email exists; sign in, then open the link again',
          );
        const { name, password } = request.body;
        if (!name || !password) {
          throw new HttpError(
            400,
            'validation',
            'name and password are needed to create the account',
            [
              ...(name ? [] : [{ path: 'body.name', message: 'required' }]),
              ...(password ? [] : [{ path: 'body.password', message: 'required' }]),
            ],
          );
        }
        const user = await createUser(db, {
          email: invitation.email,
          name,
          passwordHash: await hashPassword(password),
        });
        signedIn = await startSession(app, reply, user);
      }
      await acceptInvitation(db, invitation, signedIn.user.id, app.kume.now());
      return {
        user: presentUser(signedIn.user),
        csrfToken: signedIn.csrfToken,
        projectSlug: project.slug,
      };
    },
  );
}
