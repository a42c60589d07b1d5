// The guest's routes (no account, no session, rate limited per address): the event's public page,
// registering (with a stakeholder's invitation or without), the invitation page, the guest's own
// ticket and giving the seat up. Unknown, malformed and forged codes and tokens all look the same.

import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  normalisePublicCode,
  registrationInputSchema,
  ticketTokenFromText,
  waitingListPositions,
} from '@kume/core';
import {
  cancelRegistration,
  eventCountsOf,
  eventProjectName,
  findEventByPublicCode,
  findInvitationByToken,
  findRegistrationByTicket,
  listRegistrations,
  registerGuest,
  type EventRegistrationRow,
  type EventRow,
  type RegistrationRefusal,
} from '@kume/db';
import { hashToken } from '../auth/tokens';
import type { HttpError } from '../http/httpError';
import {
  alreadyCheckedIn,
  alreadyRegistered,
  duplicateEmail,
  eventFull,
  invalidPublicLink,
  registrationClosed,
} from '../informationDay/eventErrors';
import {
  presentPublicEvent,
  presentPublicRegistration,
  publicEventSchema,
  publicInvitationSchema,
  publicRegistrationSchema,
} from '../informationDay/presentPublic';
import { invitationTicket, newTicket } from '../informationDay/tickets';
import { EVENTS_TAG } from './eventRoutes';

/** Largest body a guest sends, in bytes: a registration is a few short fields. */
export const PUBLIC_EVENT_BODY_LIMIT = 8 * 1024;

// Any text: a malformed code or token is answered like an unknown one, not with a 400.
const codeParam = z.object({ code: z.string() });
const tokenParam = z.object({ token: z.string() });

const refusals: Record<Exclude<RegistrationRefusal, 'not_found'>, () => HttpError> = {
  registration_closed: registrationClosed,
  event_full: eventFull,
  duplicate_email: duplicateEmail,
  already_registered: alreadyRegistered,
};

export async function publicEventRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, now } = app.kume;
  const limits = app.kume.deps.respondentRateLimit ?? { requests: 300, starts: 20 };
  const config = (max: number) => ({
    respondent: true,
    rateLimit: { max, timeWindow: '1 minute' },
  });

  async function publicEvent(event: EventRow) {
    const [projectName, counts] = await Promise.all([
      eventProjectName(db, event),
      eventCountsOf(db, event.id),
    ]);
    return presentPublicEvent(event, projectName, counts);
  }

  /** The guest's registration with its queue position and event, for a ticket they hold. */
  async function publicRegistration(row: EventRegistrationRow, event: EventRow, ticket: string) {
    const waiting = (await listRegistrations(db, event.id)).filter(
      (r) => r.status === 'waitlisted',
    );
    const positions = waitingListPositions(
      waiting.map((r) => ({ id: r.id, createdAt: r.createdAt.getTime() })),
    );
    return presentPublicRegistration(
      row,
      ticket,
      positions.get(row.id) ?? null,
      await publicEvent(event),
    );
  }

  /** The registration of a ticket token, or the same 404 as every other link. */
  async function ticketHolder(token: string) {
    const valid = ticketTokenFromText(token) === token ? token : null;
    const found = valid ? await findRegistrationByTicket(db, hashToken(valid)) : undefined;
    if (!found) throw invalidPublicLink();
    return found;
  }

  app.get(
    '/api/public/events/:code',
    {
      config: config(limits.requests),
      schema: {
        tags: [EVENTS_TAG],
        summary:
          "Public, no session: an event's registration page (details, agenda, whether it is full)",
        params: codeParam,
        response: { 200: publicEventSchema },
      },
    },
    async (request) => {
      const code = normalisePublicCode(request.params.code);
      const event = code ? await findEventByPublicCode(db, code) : undefined;
      if (!event) throw invalidPublicLink();
      return publicEvent(event);
    },
  );

  app.post(
    '/api/public/events/:code/registrations',
    {
      config: config(limits.starts),
      bodyLimit: PUBLIC_EVENT_BODY_LIMIT,
      schema: {
        tags: [EVENTS_TAG],
        summary:
          'Public, no session: registers a guest (waitlisted past capacity); with an invitation token, tied to its organisation. The answer carries the ticket link, shown once',
        params: codeParam,
        body: registrationInputSchema.extend({ invitation: z.string().max(512).optional() }),
        response: { 201: publicRegistrationSchema },
      },
    },
    async (request, reply) => {
      const code = normalisePublicCode(request.params.code);
      const event = code ? await findEventByPublicCode(db, code) : undefined;
      if (!event) throw invalidPublicLink();
      const { invitation: invitationToken, ...input } = request.body;
      let invitation = null;
      if (invitationToken !== undefined) {
        const found = await findInvitationByToken(db, hashToken(invitationToken));
        if (!found || found.event.id !== event.id) throw invalidPublicLink();
        invitation = { id: found.invitation.id, organisationId: found.invitation.organisationId };
      }
      const id = randomUUID();
      // Through an invitation the ticket is derived from its link, so the invitation page shows it.
      const ticket =
        invitationToken !== undefined ? invitationTicket(invitationToken, id) : newTicket();
      const outcome = await registerGuest(
        db,
        { id, eventId: event.id, input, ticketSha256: ticket.sha256, invitation },
        now(),
      );
      if (!outcome.ok)
        throw outcome.reason === 'not_found' ? invalidPublicLink() : refusals[outcome.reason]();
      return reply
        .status(201)
        .send(await publicRegistration(outcome.registration, event, ticket.token));
    },
  );

  app.get(
    '/api/public/invitations/:token',
    {
      config: config(limits.requests),
      schema: {
        tags: [EVENTS_TAG],
        summary:
          "Public, no session: a stakeholder's personal invitation (the event, who it is addressed to) and the registration made through it, with its ticket",
        params: tokenParam,
        response: { 200: publicInvitationSchema },
      },
    },
    async (request) => {
      const { token } = request.params;
      const found =
        token.length <= 512 ? await findInvitationByToken(db, hashToken(token)) : undefined;
      if (!found) throw invalidPublicLink();
      const { invitation, organisationName, registration, event } = found;
      return {
        event: await publicEvent(event),
        organisationName,
        contactName: invitation.contactName,
        email: invitation.email,
        registration: registration
          ? await publicRegistration(
              registration,
              event,
              invitationTicket(token, registration.id).token,
            )
          : null,
      };
    },
  );

  app.get(
    '/api/public/tickets/:token',
    {
      config: config(limits.requests),
      schema: {
        tags: [EVENTS_TAG],
        summary:
          "Public, no session: the guest's own ticket (status, place on the waiting list, check-in, the event)",
        params: tokenParam,
        response: { 200: publicRegistrationSchema },
      },
    },
    async (request) => {
      const { registration, event } = await ticketHolder(request.params.token);
      return publicRegistration(registration, event, request.params.token);
    },
  );

  app.post(
    '/api/public/tickets/:token/cancel',
    {
      config: config(limits.starts),
      bodyLimit: PUBLIC_EVENT_BODY_LIMIT,
      schema: {
        tags: [EVENTS_TAG],
        summary:
          'Public, no session: the guest gives up the seat (the first waiting guest takes it); cancelling twice changes nothing',
        params: tokenParam,
        response: { 200: publicRegistrationSchema },
      },
    },
    async (request) => {
      const { registration, event } = await ticketHolder(request.params.token);
      const outcome = await cancelRegistration(db, event.id, registration.id, now());
      if (!outcome.ok && outcome.reason === 'not_found') throw invalidPublicLink();
      if (!outcome.ok)
        throw alreadyCheckedIn(registration.name, outcome.registration.checkedInAt as Date);
      return publicRegistration(outcome.registration, event, request.params.token);
    },
  );
}
