// The field study's secondary research under /api/projects/:slug/statistics: datasets, cluster
// definitions, relatedness matrices, settings, imported map shapes and the analyses, sharing one
// set of caches.

import type { FastifyInstance } from 'fastify';
import { createStatisticsCaches, type StatisticsCaches } from '../statistics/clusterAnalysis';
import { statisticsAnalysisRoutes } from './statisticsAnalysisRoutes';
import { statisticsClusterRoutes } from './statisticsClusterRoutes';
import { statisticsDatasetRoutes } from './statisticsDatasetRoutes';
import { statisticsDefinitionRoutes } from './statisticsDefinitionRoutes';
import { statisticsGeographyRoutes } from './statisticsGeographyRoutes';
import { statisticsRelatednessRoutes } from './statisticsRelatednessRoutes';
import { statisticsSettingsRoutes } from './statisticsSettingsRoutes';

/** What each statistics route plugin is registered with. */
export interface StatisticsRouteOptions {
  caches: StatisticsCaches;
}

/** `caches`: shared with the cluster map (its supplier LQs); by default a set of its own. */
export async function statisticsRoutes(
  app: FastifyInstance,
  shared: Partial<StatisticsRouteOptions> = {},
) {
  const options: StatisticsRouteOptions = { caches: shared.caches ?? createStatisticsCaches() };
  await app.register(statisticsDatasetRoutes, options);
  await app.register(statisticsDefinitionRoutes, options);
  await app.register(statisticsRelatednessRoutes, options);
  await app.register(statisticsSettingsRoutes, options);
  await app.register(statisticsGeographyRoutes, options);
  await app.register(statisticsClusterRoutes, options);
  await app.register(statisticsAnalysisRoutes, options);
}
