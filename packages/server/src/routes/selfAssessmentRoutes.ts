// The cluster management's self-assessment: the indicator list and the repeated assessments.

import type { FastifyInstance } from 'fastify';

export async function selfAssessmentRoutes(_app: FastifyInstance) {}
