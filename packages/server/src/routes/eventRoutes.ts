// Information Day events over REST: list with attendance counts, create with a public code, read,
// edit (freed seats go to the waiting list; capacity never below the seats held), delete.

import { randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eventInputSchema, newPublicCode } from '@kume/core';
import {
  deleteEvent,
  eventCountsOf,
  findEvent,
  insertEvent,
  listEvents,
  updateEvent,
} from '@kume/db';
import { projectAccess } from '../http/projectAccess';
import { capacityBelowRegistered, eventNotFound } from '../informationDay/eventErrors';
import {
  eventDetailSchema,
  eventListSchema,
  presentEventDetail,
  presentEventSummary,
} from '../informationDay/presentEvent';
import { idParam, slugParam } from './params';

export const EVENTS_TAG = 'information day';

/** A uniform float in [0, 1) from the operating system's random source, for public codes. */
const secureRandom = () => randomInt(2 ** 32) / 2 ** 32;

export async function eventRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, now } = app.kume;

  /** The event with its counts as the detail, or 404 when it is not the project's. */
  async function detail(projectId: string, id: string) {
    const event = await findEvent(db, projectId, id);
    if (!event) throw eventNotFound();
    return presentEventDetail(event, await eventCountsOf(db, event.id));
  }

  app.get(
    '/api/projects/:slug/events',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          "The project's events with their registered, waiting and checked-in guests, latest date first",
        params: slugParam,
        response: { 200: eventListSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const events = await listEvents(db, project.id);
      return { items: events.map(({ event, counts }) => presentEventSummary(event, counts)) };
    },
  );

  app.post(
    '/api/projects/:slug/events',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          'Creates an event (date, venue, agenda, capacity) with its public registration code',
        params: slugParam,
        body: eventInputSchema,
        response: { 201: eventDetailSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'events');
      const event = await insertEvent(
        db,
        { projectId: project.id, event: request.body, createdBy: user.id },
        () => newPublicCode(secureRandom),
        now(),
      );
      return reply.status(201).send(presentEventDetail(event, await eventCountsOf(db, event.id)));
    },
  );

  app.get(
    '/api/projects/:slug/events/:id',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary: 'An event: details, agenda, counts and its poll workshop',
        params: idParam,
        response: { 200: eventDetailSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return detail(project.id, request.params.id);
    },
  );

  app.put(
    '/api/projects/:slug/events/:id',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          "Replaces an event's details; a higher capacity gives the freed seats to the waiting list in order, a capacity below the seats held is refused (409 capacity_below_registered)",
        params: idParam,
        body: eventInputSchema,
        response: { 200: eventDetailSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'events');
      const outcome = await updateEvent(db, project.id, request.params.id, request.body, now());
      if (!outcome) throw eventNotFound();
      if (!outcome.ok) throw capacityBelowRegistered(outcome.registered);
      return detail(project.id, request.params.id);
    },
  );

  app.delete(
    '/api/projects/:slug/events/:id',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          'Deletes an event with its registrations and invitations (its poll workshop stays)',
        params: idParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'events');
      if (!(await deleteEvent(db, project.id, request.params.id))) throw eventNotFound();
      return reply.status(204).send();
    },
  );
}
