// The analyst's statistics choices (dataset, definition, relatedness matrix, focus region,
// benchmark, years, focus clusters), kept on the project and carried into later stages.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  findClusterDefinition,
  findDataset,
  findRelatednessMatrix,
  updateStatisticsSettings,
  type Db,
  type schema,
} from '@kume/db';
import { HttpError } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import {
  presentStatisticsSettings,
  statisticsSettingsSchema,
} from '../presenters/presentStatistics';
import { slugParam } from './params';
import type { StatisticsRouteOptions } from './statisticsRoutes';

const year = z.number().int().min(1900).max(2100).nullable().default(null);
const code = z.string().trim().min(1).max(100).nullable().default(null);
const id = z.uuid({ message: 'not an id' }).nullable().default(null);

const settingsBodySchema = z.object({
  datasetId: id,
  definitionId: id,
  relatednessId: id,
  focusRegion: code,
  benchmarkRegion: code,
  year,
  fromYear: year,
  focusClusters: z.array(z.string().trim().min(1).max(200)).max(200).default([]),
});

type Settings = schema.StatisticsSettings;

/** Which of the settings' ids still name a dataset, definition and matrix of the project. */
async function existingIds(db: Db, projectId: string, settings: Settings) {
  const [dataset, definition, matrix] = await Promise.all([
    settings.datasetId ? findDataset(db, projectId, settings.datasetId) : undefined,
    settings.definitionId ? findClusterDefinition(db, projectId, settings.definitionId) : undefined,
    settings.relatednessId
      ? findRelatednessMatrix(db, projectId, settings.relatednessId)
      : undefined,
  ]);
  return { datasetId: !!dataset, definitionId: !!definition, relatednessId: !!matrix };
}

export async function statisticsSettingsRoutes(
  appBase: FastifyInstance,
  _options: StatisticsRouteOptions,
) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;
  const tags = ['statistics'];

  app.get(
    '/api/projects/:slug/statistics/settings',
    {
      schema: {
        tags,
        summary: 'The statistics settings (null where unset, or where the chosen item was deleted)',
        params: slugParam,
        response: { 200: statisticsSettingsSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const settings = project.statisticsSettings ?? {};
      const exists = await existingIds(db, project.id, settings);
      return presentStatisticsSettings({
        ...settings,
        datasetId: exists.datasetId ? settings.datasetId : undefined,
        definitionId: exists.definitionId ? settings.definitionId : undefined,
        relatednessId: exists.relatednessId ? settings.relatednessId : undefined,
      });
    },
  );

  app.put(
    '/api/projects/:slug/statistics/settings',
    {
      schema: {
        tags,
        summary: 'Save the statistics settings; the ids must name items of this project',
        params: slugParam,
        body: settingsBodySchema,
        response: { 200: statisticsSettingsSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'statistics');
      const body = request.body;
      const settings: Settings = {
        ...(body.datasetId ? { datasetId: body.datasetId } : {}),
        ...(body.definitionId ? { definitionId: body.definitionId } : {}),
        ...(body.relatednessId ? { relatednessId: body.relatednessId } : {}),
        ...(body.focusRegion ? { focusRegion: body.focusRegion } : {}),
        ...(body.benchmarkRegion ? { benchmarkRegion: body.benchmarkRegion } : {}),
        ...(body.year ? { year: body.year } : {}),
        ...(body.fromYear ? { fromYear: body.fromYear } : {}),
        focusClusters: body.focusClusters,
      };
      const exists = await existingIds(db, project.id, settings);
      const issues = (['datasetId', 'definitionId', 'relatednessId'] as const)
        .filter((field) => settings[field] !== undefined && !exists[field])
        .map((field) => ({ path: `body.${field}`, message: 'no such item in this project' }));
      if (issues.length > 0)
        throw new HttpError(
          400,
          'validation',
          `invalid body: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
          issues,
        );
      await updateStatisticsSettings(db, project.id, settings);
      return presentStatisticsSettings(settings);
    },
  );
}
