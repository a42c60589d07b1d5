// Monitoring the roadmap: indicators, their recorded values and health, and network change.

import type { FastifyInstance } from 'fastify';

export async function monitoringRoutes(_app: FastifyInstance) {}
