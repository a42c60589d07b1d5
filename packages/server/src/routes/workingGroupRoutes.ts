// The working group: a suggestion from the cluster map (committed organisations, every stage and
// type, brokers, the programme minimums) and the group the facilitator confirms for the workshops.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ORGANISATION_TYPES,
  readinessThresholdsSchema,
  suggestWorkingGroup,
  type ValueChain,
  type WorkingGroupSuggestion,
} from '@kume/core';
import { listOrganisations, updateProject, type ProjectRow } from '@kume/db';
import type { ClusterMap } from '../clusterMap/buildClusterMap';
import { projectClusterMap } from '../clusterMap/projectClusterMap';
import { HttpError } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { slugParam } from './params';

export const workingGroupViewSchema = z.object({
  suggestion: z.custom<WorkingGroupSuggestion>(),
  /** The types counted as firms for the minimums (the project's gate thresholds). */
  firmTypes: z.array(z.enum(ORGANISATION_TYPES)),
  /** The group confirmed for the workshops; null until confirmed. */
  confirmed: z
    .object({
      memberIds: z.array(z.string()),
      confirmedAt: z.string(),
      /** User id of the facilitator who confirmed it; null when imported without their account. */
      confirmedBy: z.string().nullable(),
    })
    .nullable(),
});

const putBody = z.object({
  /** Organisation ids of the project; order kept, duplicates refused. */
  memberIds: z
    .array(z.string().max(100))
    .max(1_000)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'an organisation twice' }),
});

/**
 * The working group suggested from the project's cluster map (committed organisations, every
 * stage and type, brokers) with the programme minimums of its readiness gate thresholds. The
 * Information Day deck shows it while no group is confirmed.
 */
export function suggestedWorkingGroup(
  project: Pick<ProjectRow, 'readinessThresholds'>,
  map: ClusterMap,
  chain: ValueChain,
): WorkingGroupSuggestion {
  const brokers = new Set(map.summary.brokers);
  const thresholds = readinessThresholdsSchema.parse(project.readinessThresholds ?? {});
  return suggestWorkingGroup({
    nodes: map.nodes.map((node) => ({
      id: node.id,
      name: node.name,
      type: node.type,
      stageId: node.stageId,
      willingness: node.willingness,
      influence: node.influence,
      betweenness: node.metrics.betweenness,
      participation: node.metrics.participation,
      isBroker: brokers.has(node.id),
    })),
    chain,
    minimums: {
      chambers: thresholds.minCommittedChambers,
      universities: thresholds.minCommittedUniversities,
      firms: thresholds.minCommittedFirms,
    },
    committedWillingness: thresholds.committedWillingness,
    firmTypes: thresholds.firmTypes,
  });
}

export async function workingGroupRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  /** The suggestion from the project's map, its gate thresholds, and what is confirmed. */
  async function workingGroupView(project: ProjectRow) {
    const { map, chain } = await projectClusterMap(db, project);
    const thresholds = readinessThresholdsSchema.parse(project.readinessThresholds ?? {});
    return {
      suggestion: suggestedWorkingGroup(project, map, chain),
      firmTypes: [...thresholds.firmTypes],
      confirmed: project.workingGroup ?? null,
    };
  }

  app.get(
    '/api/projects/:slug/working-group',
    {
      schema: {
        tags: ['field study'],
        summary:
          'The suggested working group with the reasons for each member, and the confirmed group (null until confirmed)',
        params: slugParam,
        response: { 200: workingGroupViewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return workingGroupView(project);
    },
  );

  app.put(
    '/api/projects/:slug/working-group',
    {
      schema: {
        tags: ['field study'],
        summary: 'Confirms the working group the workshops use: organisation ids of the project',
        params: slugParam,
        body: putBody,
        response: { 200: workingGroupViewSchema },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'field_study');
      const { memberIds } = request.body;
      const known = new Set((await listOrganisations(db, project.id)).map((o) => o.id));
      const issues = memberIds.flatMap((id, index) =>
        known.has(id)
          ? []
          : [{ path: `body.memberIds.${index}`, message: 'not an organisation of this project' }],
      );
      if (issues.length > 0) {
        throw new HttpError(400, 'validation', issues[0]!.message, issues);
      }
      const workingGroup = {
        memberIds,
        confirmedAt: new Date().toISOString(),
        confirmedBy: user.id,
      };
      const updated = await updateProject(db, project.id, { workingGroup });
      return workingGroupView(updated);
    },
  );
}
