// Personal invitations of the project's stakeholders to an event: the list with who registered
// through each, and sending (or re-sending) links, shown once since only their hashes are stored.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compareText, REGISTRATION_STATUSES } from '@kume/core';
import {
  findEvent,
  issueInvitations,
  listInvitations,
  type InvitationWithRegistration,
} from '@kume/db';
import { hashToken, newToken } from '../auth/tokens';
import { projectAccess } from '../http/projectAccess';
import { eventNotFound } from '../informationDay/eventErrors';
import { invitationTicket } from '../informationDay/tickets';
import { EVENTS_TAG } from './eventRoutes';
import { idParam } from './params';

export const eventInvitationSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  /** The organisation's first contact with an email when it was invited ('' when none). */
  contactName: z.string(),
  email: z.string(),
  createdAt: z.string(),
  registration: z
    .object({
      id: z.string(),
      name: z.string(),
      status: z.enum(REGISTRATION_STATUSES),
      checkedInAt: z.string().nullable(),
    })
    .nullable(),
});
export type EventInvitation = z.output<typeof eventInvitationSchema>;

export const issuedInvitationSchema = eventInvitationSchema.extend({
  /** The personal link, `/e/i/<token>`: shown this once. */
  link: z.string(),
});
export type IssuedInvitation = z.output<typeof issuedInvitationSchema>;

function presentInvitation({
  invitation,
  organisationName,
  registration,
}: InvitationWithRegistration): EventInvitation {
  return {
    id: invitation.id,
    organisationId: invitation.organisationId,
    organisationName,
    contactName: invitation.contactName,
    email: invitation.email,
    createdAt: invitation.createdAt.toISOString(),
    registration: registration && {
      id: registration.id,
      name: registration.name,
      status: registration.status,
      checkedInAt: registration.checkedInAt?.toISOString() ?? null,
    },
  };
}

export async function eventInvitationRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, now } = app.kume;

  async function eventOf(projectId: string, id: string) {
    const event = await findEvent(db, projectId, id);
    if (!event) throw eventNotFound();
    return event;
  }

  app.get(
    '/api/projects/:slug/events/:id/invitations',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          "The event's invitations by organisation name, each with the registration made through it",
        params: idParam,
        response: { 200: z.object({ items: z.array(eventInvitationSchema) }) },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const event = await eventOf(project.id, request.params.id);
      const locale = user.locale === 'en' ? 'en' : 'tr';
      const items = (await listInvitations(db, event.id))
        .map(presentInvitation)
        .sort((a, b) => compareText(locale, a.organisationName, b.organisationName));
      return { items };
    },
  );

  app.post(
    '/api/projects/:slug/events/:id/invitations',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          "Invites organisations of the registry: a personal link each (shown once), to the organisation's first contact with an email; inviting again replaces the link",
        params: idParam,
        body: z.object({ organisationIds: z.array(z.uuid()).min(1).max(2_000) }),
        response: { 201: z.object({ items: z.array(issuedInvitationSchema) }) },
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'events');
      const event = await eventOf(project.id, request.params.id);
      const tokens = new Map<string, string>();
      // Repeated ids: the last token wins, in the database and in the answer alike.
      const items = request.body.organisationIds.map((organisationId) => {
        const token = newToken();
        tokens.set(organisationId, token);
        return {
          organisationId,
          tokenSha256: hashToken(token),
          ticketSha256For: (registrationId: string) =>
            invitationTicket(token, registrationId).sha256,
        };
      });
      const issued = await issueInvitations(db, event, items, now());
      return reply.status(201).send({
        items: issued.map((row) => ({
          ...presentInvitation(row),
          link: `/e/i/${tokens.get(row.invitation.organisationId) ?? ''}`,
        })),
      });
    },
  );
}
