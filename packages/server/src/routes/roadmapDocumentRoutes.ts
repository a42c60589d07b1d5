// The roadmap document and the whole project report, DOCX or PDF, in Turkish or English.

import type { FastifyInstance } from 'fastify';
import type { StatisticsRouteOptions } from './statisticsRoutes';

export async function roadmapDocumentRoutes(
  _app: FastifyInstance,
  _options: StatisticsRouteOptions,
) {}
