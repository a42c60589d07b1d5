// The roadmap: its items assembled from the stages, the settings and the action plan.

import type { FastifyInstance } from 'fastify';
import type { StatisticsRouteOptions } from './statisticsRoutes';

export async function roadmapRoutes(_app: FastifyInstance, _options: StatisticsRouteOptions) {}
