// Monitoring the roadmap: indicators with their recorded values and health, the cluster support
// programme's presets, values recorded in the indicator's unit, and network change between periods.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkIndicatorValue,
  indicatorFromPreset,
  indicatorInputSchema,
  indicatorValueInputSchema,
  isoDateOf,
  isoDateSchema,
  parseIsoDate,
  type IsoDate,
} from '@kume/core';
import {
  deleteIndicator,
  deleteIndicatorValue,
  insertIndicatorValue,
  insertPresetIndicators,
  insertRoadmapIndicator,
  updateIndicator,
  type IndicatorContent,
} from '@kume/db';
import { HttpError, notFound, type ErrorIssue } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import {
  indicatorView,
  indicatorViewSchema,
  loadMonitoringView,
  monitoringViewSchema,
} from '../roadmap/indicatorViews';
import { loadNetworkChange, networkChangeViewSchema } from '../roadmap/networkChange';
import { idParam, slugParam } from './params';

export const MONITORING_TAG = 'roadmap';

/** A 400 naming fields of the body, as a zod failure would. */
const invalid = (issues: ErrorIssue[]) =>
  new HttpError(
    400,
    'validation',
    issues.map((issue) => issue.message).join('; '),
    issues.map((issue) => ({ ...issue, path: `body.${issue.path}` })),
  );

const indicatorNotFound = () => notFound('indicator');

const presetsBodySchema = z
  .object({
    codes: z.array(z.string().trim().min(1).max(60)).min(1).max(20),
    lang: z.enum(['tr', 'en']),
    baselineOn: isoDateSchema,
    dueOn: isoDateSchema,
    /** Baseline and target by code; a code without figures starts at 0 with a target of 0. */
    figures: z
      .record(z.string(), z.object({ baseline: z.number(), target: z.number() }))
      .default({}),
  })
  .superRefine((body, context) => {
    if (body.dueOn <= body.baselineOn)
      context.addIssue({
        code: 'custom',
        path: ['dueOn'],
        message: 'the due date must be after the baseline date',
      });
  });

const valueBodySchema = indicatorValueInputSchema.omit({ indicatorId: true });

const withValuesQuery = z.object({
  /** `true` deletes the indicator's recorded values with it. */
  withValues: z
    .enum(['true', 'false'])
    .optional()
    .transform((flag) => flag === 'true'),
});

/** A day of the query string; empty or absent is undefined (the default). */
const optionalDay = z
  .string()
  .optional()
  .transform((text, context): IsoDate | undefined => {
    if (text === undefined || text.trim() === '') return undefined;
    const day = parseIsoDate(text);
    if (day) return day;
    context.addIssue({ code: 'custom', message: 'not a date (YYYY-MM-DD)' });
    return z.NEVER;
  });

const periodsQuery = z
  .object({
    beforeFrom: optionalDay,
    beforeTo: optionalDay,
    afterFrom: optionalDay,
    afterTo: optionalDay,
  })
  .superRefine((periods, context) => {
    for (const side of ['before', 'after'] as const) {
      const from = periods[`${side}From`];
      const to = periods[`${side}To`];
      if (from && to && from > to)
        context.addIssue({
          code: 'custom',
          path: [`${side}From`],
          message: `the period starts (${from}) after it ends (${to})`,
        });
    }
  });

const valueParams = idParam.extend({ valueId: z.uuid({ message: 'not an id' }) });

/** The content to store of a validated indicator input (its id, if any, is the path's). */
const contentOf = ({ id: _id, ...content }: z.output<typeof indicatorInputSchema>) =>
  content satisfies IndicatorContent;

export async function monitoringRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, now } = app.kume;
  const today = () => isoDateOf(now());
  const base = '/api/projects/:slug/roadmap';

  async function present(projectId: string, id: string) {
    const view = await indicatorView(db, projectId, id, today());
    if (!view) throw indicatorNotFound();
    return view;
  }

  app.get(
    `${base}/monitoring`,
    {
      schema: {
        tags: [MONITORING_TAG],
        summary:
          "Every indicator of the roadmap (the actions', then the roadmap's own) with its values, oldest first, and its health today, and how many stand in each health",
        params: slugParam,
        response: { 200: monitoringViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return loadMonitoringView(db, project.id, today());
    },
  );

  app.post(
    `${base}/indicators`,
    {
      schema: {
        tags: [MONITORING_TAG],
        summary: 'Adds an indicator of the whole roadmap (not of an action)',
        params: slugParam,
        body: indicatorInputSchema,
        response: { 201: indicatorViewSchema },
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      const row = await insertRoadmapIndicator(db, project.id, contentOf(request.body));
      return reply.status(201).send(await present(project.id, row.id));
    },
  );

  app.post(
    `${base}/indicators/presets`,
    {
      schema: {
        tags: [MONITORING_TAG],
        summary:
          "Adds the cluster support programme's indicators by code, in one language; a code the roadmap already has is skipped",
        params: slugParam,
        body: presetsBodySchema,
        response: { 201: z.object({ items: z.array(indicatorViewSchema) }) },
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      const { codes, lang, baselineOn, dueOn, figures } = request.body;
      const issues: ErrorIssue[] = [];
      const contents = codes.flatMap((code, index) => {
        const { baseline, target } = figures[code] ?? { baseline: 0, target: 0 };
        const content = indicatorFromPreset(code, lang, { baseline, baselineOn, target, dueOn });
        if (!content)
          issues.push({
            path: `codes.${index}`,
            message: `no programme indicator has the code ${code}`,
          });
        return content ? [content] : [];
      });
      if (issues.length > 0) throw invalid(issues);
      const added = await insertPresetIndicators(db, project.id, contents);
      const items = await Promise.all(added.map((row) => present(project.id, row.id)));
      return reply.status(201).send({ items });
    },
  );

  app.put(
    `${base}/indicators/:id`,
    {
      schema: {
        tags: [MONITORING_TAG],
        summary:
          "Replaces an indicator's name, unit, baseline, target and dates (an action's or the roadmap's); the unit of an indicator with values cannot change",
        params: idParam,
        body: indicatorInputSchema,
        response: { 200: indicatorViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      const { id } = request.params;
      const outcome = await updateIndicator(db, project.id, id, contentOf(request.body));
      if (outcome.kind === 'not_found') throw indicatorNotFound();
      if (outcome.kind === 'unit_has_values')
        throw invalid([
          {
            path: 'unit',
            message: `the indicator has ${outcome.values} recorded ${outcome.values === 1 ? 'value' : 'values'}; its unit cannot change`,
          },
        ]);
      return present(project.id, id);
    },
  );

  app.delete(
    `${base}/indicators/:id`,
    {
      schema: {
        tags: [MONITORING_TAG],
        summary:
          'Deletes an indicator; one with recorded values only with ?withValues=true (409 indicator_has_values otherwise)',
        params: idParam,
        querystring: withValuesQuery,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      const { id } = request.params;
      const current = await present(project.id, id);
      const outcome = await deleteIndicator(db, project.id, id, request.query.withValues);
      if (outcome.kind === 'not_found') throw indicatorNotFound();
      if (outcome.kind === 'has_values')
        throw new HttpError(
          409,
          'indicator_has_values',
          `the indicator "${current.name}" has ${outcome.values} recorded ${outcome.values === 1 ? 'value' : 'values'}; delete them first`,
          [],
          { values: outcome.values },
        );
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/indicators/:id/values`,
    {
      schema: {
        tags: [MONITORING_TAG],
        summary:
          "Records a measured value of an indicator, in the indicator's unit, on a day not after today",
        params: idParam,
        body: valueBodySchema,
        response: { 201: indicatorViewSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'roadmap');
      const { id } = request.params;
      const day = today();
      if (request.body.on > day)
        throw invalid([
          { path: 'on', message: `the value is dated ${request.body.on}, after today (${day})` },
        ]);
      const outcome = await insertIndicatorValue(db, project.id, id, request.body, user.id, now());
      if (outcome.kind === 'not_found') throw indicatorNotFound();
      if (outcome.kind === 'wrong_unit')
        throw invalid(
          checkIndicatorValue(outcome.indicator, request.body).map((issue) => ({
            path: issue.path.join('.'),
            message: issue.message,
          })),
        );
      return reply.status(201).send(await present(project.id, id));
    },
  );

  app.delete(
    `${base}/indicators/:id/values/:valueId`,
    {
      schema: {
        tags: [MONITORING_TAG],
        summary: 'Deletes a recorded value of an indicator',
        params: valueParams,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'roadmap');
      const { id, valueId } = request.params;
      if (!(await deleteIndicatorValue(db, project.id, id, valueId))) throw notFound('value');
      return reply.status(204).send();
    },
  );

  app.get(
    `${base}/network-change`,
    {
      schema: {
        tags: [MONITORING_TAG],
        summary:
          'How the network changed between two periods of reported relations: densities, new and lost ties, and the density month by month (default: up to the median reporting day against everything)',
        params: slugParam,
        querystring: periodsQuery,
        response: { 200: networkChangeViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return loadNetworkChange(db, project.id, request.query, today());
    },
  );
}
