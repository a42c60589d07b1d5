// The Information Day's live polls: written here as a custom workshop of poll rounds (replaced
// while it is a draft), run from the workshop console and projector, read back with their votes.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eventPollsSchema, localText, pollWorkshopDefinition } from '@kume/core';
import {
  deleteWorkshop,
  eventCountsOf,
  findEvent,
  findWorkshop,
  findWorkshopById,
  insertWorkshop,
  lockEvent,
  lockWorkshop,
  setPollWorkshop,
} from '@kume/db';
import { projectAccess } from '../http/projectAccess';
import { eventNotFound, pollsStarted } from '../informationDay/eventErrors';
import { eventDetailSchema, presentEventDetail } from '../informationDay/presentEvent';
import { eventPollsViewSchema, presentEventPolls } from '../informationDay/presentEventPolls';
import { newJoinCode } from '../workshops/joinCode';
import type { WorkshopRuntime } from '../workshops/workshopRuntime';
import { EVENTS_TAG } from './eventRoutes';
import { idParam } from './params';

export async function eventPollRoutes(
  appBase: FastifyInstance,
  options: { runtime: WorkshopRuntime },
) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, now } = app.kume;
  const { runtime } = options;

  app.put(
    '/api/projects/:slug/events/:id/polls',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          'Writes the polls (a question and its choices each) as a custom workshop of poll rounds, replacing a draft one; 409 polls_started once it has gone live',
        params: idParam,
        body: eventPollsSchema,
        response: { 200: eventDetailSchema },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'events');
      const event = await findEvent(db, project.id, request.params.id);
      if (!event) throw eventNotFound();
      const current = event.pollWorkshopId
        ? await findWorkshop(db, project.id, event.pollWorkshopId)
        : undefined;
      if (current && current.status !== 'draft') throw pollsStarted();

      const definition = pollWorkshopDefinition(event.title, request.body.polls);
      const title = localText(definition.title, user.locale === 'en' ? 'en' : 'tr');
      // Inserted first, on its own: a join code drawn again inside a transaction would abort it.
      const created = await insertWorkshop(
        db,
        {
          projectId: project.id,
          title: title.slice(0, 200),
          template: 'custom',
          definition,
          createdBy: user.id,
        },
        () => newJoinCode(),
        now(),
      );
      let replaced: string | null;
      try {
        replaced = await db.transaction(async (tx) => {
          const locked = await lockEvent(tx, event.id);
          if (!locked) throw eventNotFound();
          let old = null;
          if (locked.pollWorkshopId) {
            // Under the workshop's lock: it cannot go live while it is being replaced.
            await lockWorkshop(tx, locked.pollWorkshopId);
            old = await findWorkshopById(tx, locked.pollWorkshopId);
            if (old && old.status !== 'draft') throw pollsStarted();
            if (old) await deleteWorkshop(tx, project.id, old.id);
          }
          await setPollWorkshop(tx, event.id, created.id, now());
          return old?.id ?? null;
        });
      } catch (error) {
        await deleteWorkshop(db, project.id, created.id);
        throw error;
      }
      if (replaced) await runtime.forget(replaced);
      const updated = await findEvent(db, project.id, event.id);
      if (!updated) throw eventNotFound();
      return presentEventDetail(updated, await eventCountsOf(db, event.id));
    },
  );

  app.get(
    '/api/projects/:slug/events/:id/polls',
    {
      schema: {
        tags: [EVENTS_TAG],
        summary:
          "The event's polls with their votes so far, and the poll workshop (code, status, join path) to run them from the workshop console",
        params: idParam,
        response: { 200: eventPollsViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const event = await findEvent(db, project.id, request.params.id);
      if (!event) throw eventNotFound();
      const folded = event.pollWorkshopId ? await runtime.current(event.pollWorkshopId) : undefined;
      return presentEventPolls(folded?.row.projectId === project.id ? folded : undefined);
    },
  );
}
