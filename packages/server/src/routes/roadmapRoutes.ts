// The roadmap over REST: the view, assembling its items from the stages, its settings, manual
// items (added, deleted or dismissed, restored) and the action plan with its indicators.

import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actionInputSchema,
  isoDateOf,
  manualItemInputSchema,
  manualRoadmapItem,
  roadmapSettingsSchema,
  type IsoDate,
} from '@kume/core';
import {
  deleteRoadmapAction,
  insertManualItem,
  insertRoadmapAction,
  listRoadmapActions,
  removeRoadmapItem,
  restoreRoadmapItem,
  setRoadmapSettings,
  updateRoadmapAction,
  type ProjectRow,
  type SaveActionOutcome,
} from '@kume/db';
import { HttpError, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { assembleRoadmap } from '../roadmap/assembleRoadmap';
import { presentRoadmapItem } from '../roadmap/presentRoadmap';
import {
  loadRoadmapActions,
  loadRoadmapView,
  roadmapActionViewSchema,
  roadmapItemViewSchema,
  roadmapViewSchema,
  type RoadmapActionView,
} from '../roadmap/roadmapView';
import { idParam, slugParam } from './params';
import type { StatisticsRouteOptions } from './statisticsRoutes';

export const ROADMAP_TAG = 'roadmap';

const keyParam = slugParam.extend({ key: z.string().trim().min(1).max(300) });

const assemblySchema = z.object({
  view: roadmapViewSchema,
  /** Keys of items found for the first time, refreshed, back from gone, and gone. */
  added: z.array(z.string()),
  updated: z.array(z.string()),
  returned: z.array(z.string()),
  gone: z.array(z.string()),
});

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** 409 item_linked: the actions that link the item, by title, and what to do. */
function itemLinked(actions: { id: string; title: string }[]): HttpError {
  const verb = actions.length === 1 ? 'addresses' : 'address';
  const them = actions.length === 1 ? 'it' : 'them';
  return new HttpError(
    409,
    'item_linked',
    `${plural(actions.length, 'action', 'actions')} ${verb} this item: ${actions.map((a) => a.title).join('; ')}. Remove it from ${them} first.`,
    [],
    { actions },
  );
}

/** The answer to a refused save of an action. */
function refusal(outcome: Exclude<SaveActionOutcome, { ok: true }>): HttpError {
  switch (outcome.reason) {
    case 'not_found':
      return notFound('action');
    case 'invalid':
      return new HttpError(
        400,
        'validation',
        outcome.issues.map((issue) => issue.message).join('; '),
        outcome.issues.map((issue) => ({ path: `body.${issue.path}`, message: issue.message })),
      );
    case 'indicator_has_values':
      return new HttpError(
        409,
        'indicator_has_values',
        `the indicator "${outcome.indicator.name}" has ${plural(outcome.values, 'recorded value', 'recorded values')}; delete them first`,
        [],
        { indicator: outcome.indicator, values: outcome.values },
      );
  }
}

export async function roadmapRoutes(appBase: FastifyInstance, { caches }: StatisticsRouteOptions) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, now } = app.kume;
  const today = (): IsoDate => isoDateOf(now());

  /** One action of the project as the plan shows it, or 404. */
  async function actionView(project: ProjectRow, id: string): Promise<RoadmapActionView> {
    const { actions } = await loadRoadmapActions(db, project, today());
    const action = actions.find((candidate) => candidate.id === id);
    if (!action) throw notFound('action');
    return action;
  }

  app.get(
    '/api/projects/:slug/roadmap',
    {
      schema: {
        tags: [ROADMAP_TAG],
        summary:
          "The roadmap: settings, the sources' availability, items with their links, the action plan, uncovered items and the roadmap's indicators",
        params: slugParam,
        response: { 200: roadmapViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return loadRoadmapView(db, project, today());
    },
  );

  app.post(
    '/api/projects/:slug/roadmap/assemble',
    {
      schema: {
        tags: [ROADMAP_TAG],
        summary:
          'Assembles the items again from the closed workshops, the cluster map and the statistics: new ones added, changed ones refreshed, vanished ones marked gone; dismissed and manual items kept',
        params: slugParam,
        response: { 200: assemblySchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      const result = await assembleRoadmap(db, caches, project, today(), now());
      return { view: await loadRoadmapView(db, project, today()), ...result };
    },
  );

  app.put(
    '/api/projects/:slug/roadmap/settings',
    {
      schema: {
        tags: [ROADMAP_TAG],
        summary: "Sets the roadmap's start day (the horizons count from it) and coverage options",
        params: slugParam,
        body: roadmapSettingsSchema,
        response: { 200: roadmapViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      await setRoadmapSettings(db, project.id, request.body, now());
      return loadRoadmapView(db, { ...project, roadmapSettings: request.body }, today());
    },
  );

  app.post(
    '/api/projects/:slug/roadmap/items',
    {
      schema: {
        tags: [ROADMAP_TAG],
        summary: 'Adds an item typed by hand (a need no source yields)',
        params: slugParam,
        body: manualItemInputSchema,
        response: { 201: roadmapItemViewSchema },
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      const item = manualRoadmapItem(randomUUID(), request.body, today());
      const row = await insertManualItem(db, project.id, item, now());
      return reply.status(201).send(presentRoadmapItem(row, []));
    },
  );

  app.delete(
    '/api/projects/:slug/roadmap/items/:key',
    {
      schema: {
        tags: [ROADMAP_TAG],
        summary:
          'Takes an item off the roadmap (key URL-encoded): a manual item is deleted, an assembled one dismissed (restorable); refused while actions link it (409 item_linked, listing them)',
        params: keyParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      const outcome = await removeRoadmapItem(db, project.id, request.params.key);
      if (!outcome.ok)
        throw outcome.reason === 'linked' ? itemLinked(outcome.actions) : notFound('item');
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/projects/:slug/roadmap/items/:key/restore',
    {
      schema: {
        tags: [ROADMAP_TAG],
        summary: 'Puts a dismissed item back on the roadmap',
        params: keyParam,
        response: { 200: roadmapItemViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      const row = await restoreRoadmapItem(db, project.id, request.params.key);
      if (!row) throw notFound('item');
      return presentRoadmapItem(row, await listRoadmapActions(db, project.id));
    },
  );

  app.post(
    '/api/projects/:slug/roadmap/actions',
    {
      schema: {
        tags: [ROADMAP_TAG],
        summary:
          "Adds an action with its indicators; item keys must name the roadmap's items, the owner and partners the project's organisations",
        params: slugParam,
        body: actionInputSchema,
        response: { 201: roadmapActionViewSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'roadmap');
      const outcome = await insertRoadmapAction(db, project.id, request.body, user.id, now());
      if (!outcome.ok) throw refusal(outcome);
      return reply.status(201).send(await actionView(project, outcome.action.id));
    },
  );

  app.put(
    '/api/projects/:slug/roadmap/actions/:id',
    {
      schema: {
        tags: [ROADMAP_TAG],
        summary:
          'Replaces an action; indicators are matched by id (kept), created without one, deleted when left out, unless they have recorded values (409 indicator_has_values)',
        params: idParam,
        body: actionInputSchema,
        response: { 200: roadmapActionViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      const outcome = await updateRoadmapAction(
        db,
        project.id,
        request.params.id,
        request.body,
        now(),
      );
      if (!outcome.ok) throw refusal(outcome);
      return actionView(project, request.params.id);
    },
  );

  app.delete(
    '/api/projects/:slug/roadmap/actions/:id',
    {
      schema: {
        tags: [ROADMAP_TAG],
        summary: 'Deletes an action with its indicators and their recorded values',
        params: idParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      if (!(await deleteRoadmapAction(db, project.id, request.params.id))) throw notFound('action');
      return reply.status(204).send();
    },
  );
}
