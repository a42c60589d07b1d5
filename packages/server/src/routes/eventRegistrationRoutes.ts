// The facilitator's side of registrations: the guest list (search, status, counts), walk-ins,
// check-in by scanned ticket or from the list, its undo, cancellation (the seat goes to the first
// waiting guest) and the attendance list as CSV or XLSX.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attendanceCounts,
  compareText,
  matchesSearch,
  REGISTRATION_STATUSES,
  registrationInputSchema,
  ticketTokenFromText,
} from '@kume/core';
import {
  addWalkIn,
  cancelRegistration,
  checkInRegistration,
  findEvent,
  findRegistrationByTicket,
  listRegistrations,
  undoCheckIn,
  type CheckInOutcome,
  type EventRegistrationRow,
} from '@kume/db';
import { contentTypes, writeTable, writeWorkbook } from '@kume/io';
import { hashToken } from '../auth/tokens';
import { projectAccess } from '../http/projectAccess';
import { attendanceTable } from '../informationDay/attendanceTable';
import {
  alreadyCheckedIn,
  duplicateEmail,
  eventNotFound,
  registrationCancelled,
  registrationNotFound,
  ticketNotFound,
  waitlisted,
} from '../informationDay/eventErrors';
import {
  presentRegistration,
  registrationContext,
  registrationSchema,
} from '../informationDay/presentRegistration';
import { newTicket } from '../informationDay/tickets';
import { EVENTS_TAG } from './eventRoutes';
import { idParam } from './params';

const registrationParam = idParam.extend({ registrationId: z.uuid({ message: 'not an id' }) });

const countsSchema = z.object({
  registered: z.number(),
  waitlisted: z.number(),
  cancelled: z.number(),
  checkedIn: z.number(),
});

export async function eventRegistrationRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, now } = app.kume;

  async function eventOf(projectId: string, id: string) {
    const event = await findEvent(db, projectId, id);
    if (!event) throw eventNotFound();
    return event;
  }

  /** One registration as the API shows it, with the event's queue as it is now. */
  async function present(projectId: string, row: EventRegistrationRow) {
    return presentRegistration(row, await registrationContext(db, projectId, row.eventId));
  }

  /** The check-in's refusals as HTTP errors, each carrying the registration in its details. */
  async function checkedIn(projectId: string, outcome: CheckInOutcome, notFound: () => Error) {
    if (outcome.ok) return present(projectId, outcome.registration);
    if (outcome.reason === 'not_found') throw notFound();
    const { registration } = outcome;
    const view = await present(projectId, registration);
    if (outcome.reason === 'already_checked_in')
      throw alreadyCheckedIn(registration.name, registration.checkedInAt as Date, view);
    if (outcome.reason === 'registration_cancelled')
      throw registrationCancelled(registration.name, view);
    throw waitlisted(registration.name, view.waitlistPosition, view);
  }

  app.get(
    '/api/projects/:slug/events/:id/registrations',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          "The event's guests sorted by name (Turkish-aware search over name, organisation and email; a status), with the event's counts",
        params: idParam,
        querystring: z.object({
          q: z.string().max(200).default(''),
          status: z.enum(REGISTRATION_STATUSES).optional(),
        }),
        response: { 200: z.object({ items: z.array(registrationSchema), counts: countsSchema }) },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const event = await eventOf(project.id, request.params.id);
      const rows = await listRegistrations(db, event.id);
      const context = await registrationContext(db, project.id, event.id, rows);
      const { q, status } = request.query;
      const locale = user.locale === 'en' ? 'en' : 'tr';
      const items = rows
        .filter(
          (row) =>
            (status === undefined || row.status === status) &&
            matchesSearch(q, [row.name, row.organisationName, row.email]),
        )
        .sort((a, b) => compareText(locale, a.name, b.name))
        .map((row) => presentRegistration(row, context));
      return { items, counts: attendanceCounts(rows) };
    },
  );

  app.post(
    '/api/projects/:slug/events/:id/registrations',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          'Adds a walk-in: always given a seat (even past capacity), checked in at once with checkIn; a registered email is refused (409 duplicate_email)',
        params: idParam,
        body: registrationInputSchema.extend({ checkIn: z.boolean().default(false) }),
        response: { 201: registrationSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'events');
      const event = await eventOf(project.id, request.params.id);
      const { checkIn, ...input } = request.body;
      // The walk-in's ticket is never shown: they are at the door already.
      const outcome = await addWalkIn(
        db,
        { eventId: event.id, input, ticketSha256: newTicket().sha256, checkIn, by: user.id },
        now(),
      );
      if (!outcome.ok)
        throw outcome.reason === 'duplicate_email' ? duplicateEmail() : eventNotFound();
      return reply.status(201).send(await present(project.id, outcome.registration));
    },
  );

  app.post(
    '/api/projects/:slug/events/:id/check-in',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          "Checks a guest in by the text read from their ticket's QR code (the ticket URL or the bare token); 409 when already checked in, cancelled or waiting",
        params: idParam,
        body: z.object({ ticket: z.string().max(2_000) }),
        response: { 200: z.object({ registration: registrationSchema }) },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'events');
      const event = await eventOf(project.id, request.params.id);
      const token = ticketTokenFromText(request.body.ticket);
      const found = token ? await findRegistrationByTicket(db, hashToken(token)) : undefined;
      // A forged ticket and another event's ticket get the same answer.
      if (!found || found.event.id !== event.id) throw ticketNotFound();
      const outcome = await checkInRegistration(db, event.id, found.registration.id, {
        by: user.id,
        now: now(),
        seatWaitlisted: false,
      });
      return { registration: await checkedIn(project.id, outcome, ticketNotFound) };
    },
  );

  app.post(
    '/api/projects/:slug/events/:id/registrations/:registrationId/check-in',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          'Checks a guest in from the list; a waiting guest is given a seat. 409 when already checked in or cancelled',
        params: registrationParam,
        response: { 200: registrationSchema },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'events');
      const event = await eventOf(project.id, request.params.id);
      const outcome = await checkInRegistration(db, event.id, request.params.registrationId, {
        by: user.id,
        now: now(),
        seatWaitlisted: true,
      });
      return checkedIn(project.id, outcome, registrationNotFound);
    },
  );

  app.delete(
    '/api/projects/:slug/events/:id/registrations/:registrationId/check-in',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary: 'Undoes a check-in (the guest keeps the seat)',
        params: registrationParam,
        response: { 200: registrationSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'events');
      const event = await eventOf(project.id, request.params.id);
      const row = await undoCheckIn(db, event.id, request.params.registrationId);
      if (!row) throw registrationNotFound();
      return present(project.id, row);
    },
  );

  app.post(
    '/api/projects/:slug/events/:id/registrations/:registrationId/cancel',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          'Cancels a registration; the first waiting guest takes the freed seat (promoted). 409 for a guest checked in',
        params: registrationParam,
        response: {
          200: z.object({
            registration: registrationSchema,
            promoted: registrationSchema.nullable(),
          }),
        },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'events');
      const event = await eventOf(project.id, request.params.id);
      const outcome = await cancelRegistration(db, event.id, request.params.registrationId, now());
      if (!outcome.ok && outcome.reason === 'not_found') throw registrationNotFound();
      if (!outcome.ok) {
        const { registration } = outcome;
        const view = await present(project.id, registration);
        throw alreadyCheckedIn(registration.name, registration.checkedInAt as Date, view);
      }
      const context = await registrationContext(db, project.id, event.id);
      const [promoted] = outcome.promoted;
      return {
        registration: presentRegistration(outcome.registration, context),
        promoted: promoted ? presentRegistration(promoted, context) : null,
      };
    },
  );

  app.get(
    '/api/projects/:slug/events/:id/attendance',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          'The attendance list as CSV (UTF-8 with BOM) or XLSX: every registration with its status, source, place on the waiting list and check-in',
        params: idParam,
        querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }),
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const event = await eventOf(project.id, request.params.id);
      const rows = await listRegistrations(db, event.id);
      const context = await registrationContext(db, project.id, event.id, rows);
      const table = attendanceTable(
        rows.map((row) => presentRegistration(row, context)),
        user.locale === 'en' ? 'en' : 'tr',
      );
      const { format } = request.query;
      const file = `${project.slug}-attendance-${event.eventDate}.${format}`;
      const bytes =
        format === 'xlsx'
          ? await writeWorkbook([table])
          : await writeTable('csv', table.headings, table.rows);
      return reply
        .header('content-type', contentTypes[format])
        .header('content-disposition', `attachment; filename="${file}"`)
        .send(bytes);
    },
  );
}
