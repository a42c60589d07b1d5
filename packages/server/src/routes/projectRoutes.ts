// Projects (cluster initiatives): list, create, read with the dashboard of the five stages,
// edit, delete.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assessReadiness,
  isoDateOf,
  overdueFollowUps,
  progressOf,
  projectInputSchema,
  projectPatchSchema,
  stakeholderStageProgress,
  fieldStudyStageProgress,
  STAGES,
  type IsoDate,
} from '@kume/core';
import {
  createProject,
  deleteProject,
  listClusterDefinitions,
  listDatasets,
  listFollowUps,
  listProjectsOfUser,
  listVisits,
  readinessInput,
  updateProject,
} from '@kume/db';
import { requireUser } from '../auth/sessions';
import { smesReached } from '../fieldStudy/smesReached';
import { projectAccess } from '../http/projectAccess';
import { presentProject, projectSchema } from '../presenters/presentProject';
import { projectFocus, projectFocusSchema } from '../statistics/projectFocus';
import { slugParam } from './params';

export const stageSchema = z.object({
  stage: z.enum(STAGES),
  status: z.enum(['not_started', 'in_progress', 'done']),
  progress: z.number(),
  steps: z.array(z.object({ id: z.string(), done: z.boolean() })),
});

export async function projectRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.get(
    '/api/projects',
    {
      schema: {
        tags: ['projects'],
        summary: 'Your projects',
        response: { 200: z.array(projectSchema) },
      },
    },
    async (request) => {
      const { user } = requireUser(request);
      return (await listProjectsOfUser(db, user.id)).map(({ project, role }) =>
        presentProject(project, role),
      );
    },
  );

  app.post(
    '/api/projects',
    {
      schema: {
        tags: ['projects'],
        summary: 'Create a project; you become its owner',
        body: projectInputSchema,
        response: { 201: projectSchema },
      },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      const project = await createProject(db, request.body, user.id);
      return reply.status(201).send(presentProject(project, 'owner'));
    },
  );

  app.get(
    '/api/projects/:slug',
    {
      schema: {
        tags: ['projects'],
        summary: 'A project with its dashboard: the five stages and their progress',
        params: slugParam,
        response: {
          200: projectSchema.extend({
            stages: z.array(stageSchema),
            summary: z.object({
              organisations: z.number(),
              visits: z.number(),
              assessed: z.number(),
              committed: z.number(),
              overdueFollowUps: z.number(),
              gate: z.enum(['go', 'no_go']),
              gateBasis: z.enum(['decision', 'criteria']),
            }),
            /** The field study's focus region and clusters; null until a region is chosen. */
            focus: projectFocusSchema,
          }),
        },
      },
    },
    async (request) => {
      const { project, role } = await projectAccess(request, request.params.slug, 'read');
      const [input, visits, followUps] = await Promise.all([
        readinessInput(db, project.id),
        listVisits(db, project.id),
        listFollowUps(db, project.id),
      ]);
      const readiness = assessReadiness(input);
      const today = isoDateOf(app.kume.now());
      const overdue = overdueFollowUps(
        followUps.map((f) => ({ dueOn: f.dueOn as IsoDate, doneOn: f.doneOn as IsoDate | null })),
        today,
      ).length;
      const stage1 = stakeholderStageProgress({
        organisations: readiness.counts.organisations,
        visits: visits.length,
        assessed: readiness.counts.assessed,
        criteriaMet: readiness.criteriaOutcome === 'go',
        decision: readiness.decision?.decision ?? null,
      });
      const [datasets, definitions, focus, smes] = await Promise.all([
        listDatasets(db, project.id),
        listClusterDefinitions(db, project.id),
        projectFocus(db, project),
        smesReached(db, project.id),
      ]);
      const settings = project.statisticsSettings ?? {};
      const stage2 = fieldStudyStageProgress({
        datasets: datasets.length,
        definitions: definitions.length,
        analysisChosen: Boolean(settings.datasetId && settings.definitionId),
        focusRegion: Boolean(settings.focusRegion),
        smesReached: smes,
      });
      // Later stages report their steps as their issues land; until then they have not started.
      const stages = [stage1, stage2, ...STAGES.slice(2).map((stage) => progressOf(stage, []))];
      return {
        ...presentProject(project, role),
        stages,
        summary: {
          organisations: readiness.counts.organisations,
          visits: visits.length,
          assessed: readiness.counts.assessed,
          committed: readiness.counts.committed,
          overdueFollowUps: overdue,
          gate: readiness.outcome,
          gateBasis: readiness.basis,
        },
        focus,
      };
    },
  );

  app.patch(
    '/api/projects/:slug',
    {
      schema: {
        tags: ['projects'],
        summary: 'Edit a project',
        params: slugParam,
        body: projectPatchSchema,
        response: { 200: projectSchema },
      },
    },
    async (request) => {
      const { project, role } = await projectAccess(request, request.params.slug, 'edit');
      return presentProject(await updateProject(db, project.id, request.body), role);
    },
  );

  app.delete(
    '/api/projects/:slug',
    {
      schema: {
        tags: ['projects'],
        summary: 'Delete a project and all its data',
        params: slugParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'manage_members');
      await deleteProject(db, project.id);
      return reply.status(204).send();
    },
  );
}
