// The readiness gate (go / no-go with its reasons, thresholds, decisions) and the
// power-interest grid of the stakeholders.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assessReadiness,
  decisionInputSchema,
  ORGANISATION_TYPES,
  readinessThresholdsSchema,
} from '@kume/core';
import { addDecision, listDecisions, readinessInput, updateProject } from '@kume/db';
import { projectAccess } from '../http/projectAccess';
import { organisationSummaries } from '../stakeholders/organisationSummaries';
import { slugParam } from './params';

const outcome = z.enum(['go', 'no_go']);
export const readinessSchema = z.object({
  criteriaOutcome: outcome,
  outcome,
  basis: z.enum(['decision', 'criteria']),
  decisionDiffersFromCriteria: z.boolean(),
  checks: z.array(
    z.object({
      id: z.string(),
      met: z.boolean(),
      actual: z.number().nullable(),
      required: z.number(),
      missing: z.number(),
    }),
  ),
  counts: z.object({
    organisations: z.number(),
    visited: z.number(),
    assessed: z.number(),
    committed: z.number(),
    committedVisited: z.number(),
  }),
  thresholds: readinessThresholdsSchema,
  decisions: z.array(
    z.object({
      id: z.string(),
      decision: outcome,
      decidedOn: z.string(),
      note: z.string(),
      decidedBy: z.string().nullable(),
      recordedAt: z.string(),
    }),
  ),
});

export async function readinessRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  async function readinessView(projectId: string) {
    const [input, decisions] = await Promise.all([
      readinessInput(db, projectId),
      listDecisions(db, projectId),
    ]);
    const assessment = assessReadiness(input);
    return {
      ...assessment,
      checks: assessment.checks.map((check) => ({ ...check, actual: check.actual ?? null })),
      thresholds: input.thresholds,
      decisions: decisions.map(({ decision, decidedByName }) => ({
        id: decision.id,
        decision: decision.decision,
        decidedOn: decision.decidedOn,
        note: decision.note,
        decidedBy: decidedByName,
        recordedAt: decision.createdAt.toISOString(),
      })),
    };
  }

  app.get(
    '/api/projects/:slug/readiness',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'The readiness gate: go or no-go with every reason, thresholds and decisions',
        params: slugParam,
        response: { 200: readinessSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return readinessView(project.id);
    },
  );

  app.put(
    '/api/projects/:slug/readiness/thresholds',
    {
      schema: {
        tags: ['stakeholders'],
        summary: "Change the gate's thresholds for this project",
        params: slugParam,
        body: readinessThresholdsSchema,
        response: { 200: readinessSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'edit');
      await updateProject(db, project.id, { readinessThresholds: request.body });
      return readinessView(project.id);
    },
  );

  app.post(
    '/api/projects/:slug/readiness/decisions',
    {
      schema: {
        tags: ['stakeholders'],
        summary: "Record the facilitator's go / no-go decision",
        params: slugParam,
        body: decisionInputSchema,
        response: { 201: readinessSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'decide');
      await addDecision(db, project.id, request.body, user.id);
      return reply.status(201).send(await readinessView(project.id));
    },
  );

  app.get(
    '/api/projects/:slug/power-interest',
    {
      schema: {
        tags: ['stakeholders'],
        summary:
          'Power-interest grid: each assessed organisation with its influence (power) and willingness (interest)',
        params: slugParam,
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              type: z.enum(ORGANISATION_TYPES),
              influence: z.number(),
              willingness: z.number(),
              assessedOn: z.string().nullable(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return (await organisationSummaries(db, project.id)).flatMap((o) =>
        o.willingness !== null && o.influence !== null
          ? [
              {
                id: o.id,
                name: o.name,
                type: o.type,
                influence: o.influence,
                willingness: o.willingness,
                assessedOn: o.assessedOn,
              },
            ]
          : [],
      );
    },
  );
}
