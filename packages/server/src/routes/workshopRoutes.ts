// Workshops over REST: create from a template or a free definition, list, read with the
// facilitator's view, go live and close (storing the results), take the facilitator's seat, export,
// delete; who of the working group is present; the project's workshop results for the roadmap and
// their section of the roadmap document; and the public join-code lookup.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  localText,
  workshopDefinitionSchema,
  type WorkshopDefinition,
  workshopReportSection,
} from '@kume/core';
import {
  deleteWorkshop,
  findOpenWorkshopByCode,
  findWorkshop,
  insertWorkshop,
  issueFacilitatorParticipant,
  listWorkshops,
} from '@kume/db';
import { contentTypes, writeTable, writeWorkbook } from '@kume/io';
import { HttpError, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { newJoinCode, normaliseJoinCode } from '../workshops/joinCode';
import {
  joinPath,
  presentWorkshopDetail,
  presentWorkshopSummary,
  workshopDetailSchema,
  workshopListSchema,
} from '../workshops/presentWorkshop';
import {
  projectWorkshopResults,
  projectWorkshopResultsSchema,
} from '../workshops/projectWorkshopResults';
import {
  workingGroupOrganisations,
  workingGroupOrganisationSchema,
  workshopAttendance,
  workshopAttendanceSchema,
} from '../workshops/workingGroupAttendance';
import { WORKSHOP_EXPORT_TABLES, workshopExportTables } from '../workshops/workshopExportTables';
import { hashParticipantToken, newParticipantToken } from '../workshops/workshopLiveSessions';
import type { WorkshopRuntime } from '../workshops/workshopRuntime';
import { MAX_DELPHI_ITEMS, templateDefinition } from '../workshops/templateDefinition';
import { idParam, slugParam } from './params';

const TAG = 'workshops';

const createBody = z
  .object({
    /** Defaults to the definition's title in the user's language. */
    title: z.string().trim().min(1).max(200).optional(),
    templateId: z.enum(['vision', 'key_success_factors', 'requisite_skills', 'delphi']).optional(),
    /** Key success factors: how the factors are weighted (default pairwise comparison). */
    weighting: z.enum(['pairwise', 'points']).optional(),
    /** The facilitator casts a ballot in the template's voting rounds too (default false). */
    facilitatorVotes: z.boolean().optional(),
    /**
     * Requisite skills: the success factors skills are listed under; default: the factors of the
     * project's latest closed key-success-factors workshop.
     */
    factors: z
      .array(
        z.object({ id: z.string().trim().min(1).max(64), text: z.string().trim().min(1).max(280) }),
      )
      .max(50)
      .optional(),
    /**
     * Delphi: the items rated, one statement each; default: the success factors of the project's
     * latest workshop results (400 when there are none).
     */
    items: z.array(z.string().trim().min(1).max(280)).min(1).max(MAX_DELPHI_ITEMS).optional(),
    /** Delphi: iterations at most (default 3). */
    maxIterations: z.number().int().min(2).max(4).optional(),
    /** A workshop composed freely (instead of templateId). */
    definition: workshopDefinitionSchema.optional(),
  })
  .refine((body) => (body.templateId === undefined) !== (body.definition === undefined), {
    message: 'give either templateId or definition',
    path: ['templateId'],
  });

const statusBody = z.object({ status: z.enum(['live', 'closed']) });

const facilitatorTokenSchema = z.object({
  participantId: z.string(),
  /** Shown once: say hello with it on the live socket to take the facilitator's seat. */
  token: z.string(),
  code: z.string(),
  joinPath: z.string(),
});

export const liveWorkshopInfoSchema = z.object({
  title: z.string(),
  template: z.string(),
  status: z.enum(['draft', 'live']),
  /** Participants must give a name (the workshop does not allow anonymous joins). */
  nameRequired: z.boolean(),
  /**
   * The confirmed working group's organisations (id and name), the join form's "your
   * organisation"; null when the project has no confirmed working group.
   */
  organisations: z.array(workingGroupOrganisationSchema).nullable(),
});
export type LiveWorkshopInfo = z.output<typeof liveWorkshopInfoSchema>;

/** core workshopReportSection: the workshops' section of the roadmap document. */
export const workshopReportSchema = z.object({
  title: z.string(),
  blocks: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('heading'), text: z.string() }),
      z.object({ kind: z.literal('paragraph'), text: z.string() }),
      z.object({
        kind: z.literal('table'),
        columns: z.array(z.string()),
        rows: z.array(z.array(z.union([z.string(), z.number()]))),
      }),
    ]),
  ),
});
export type WorkshopReport = z.output<typeof workshopReportSchema>;

export async function workshopRoutes(
  appBase: FastifyInstance,
  options: { runtime: WorkshopRuntime },
) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, now } = app.kume;
  const { runtime } = options;

  /** The workshop folded to its last event, or 404 when it is not the project's. */
  async function folded(projectId: string, id: string) {
    const row = await findWorkshop(db, projectId, id);
    const current = row ? await runtime.current(row.id) : undefined;
    if (!current) throw notFound('workshop');
    return current;
  }

  app.get(
    '/api/projects/:slug/workshops',
    {
      schema: {
        tags: [TAG],
        summary: "The project's workshops, newest first",
        params: slugParam,
        response: { 200: workshopListSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return { items: (await listWorkshops(db, project.id)).map(presentWorkshopSummary) };
    },
  );

  app.post(
    '/api/projects/:slug/workshops',
    {
      schema: {
        tags: [TAG],
        summary:
          'Creates a draft workshop from a template (vision, key_success_factors, requisite_skills, delphi) or a free definition, with its join code',
        params: slugParam,
        body: createBody,
        response: { 201: workshopDetailSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'workshops');
      const body = request.body;
      let definition: WorkshopDefinition;
      if (body.definition) {
        definition = body.definition;
      } else {
        definition = await templateDefinition(db, project.id, {
          ...body,
          templateId: body.templateId ?? 'vision',
        });
      }
      const title =
        body.title ??
        (localText(definition.title, user.locale === 'en' ? 'en' : 'tr') || 'Workshop');
      const row = await insertWorkshop(
        db,
        {
          projectId: project.id,
          title: title.slice(0, 200),
          template: definition.templateId,
          definition,
          createdBy: user.id,
        },
        () => newJoinCode(),
        now(),
      );
      const current = await runtime.current(row.id);
      if (!current) throw notFound('workshop');
      return reply.status(201).send(presentWorkshopDetail(current));
    },
  );

  app.get(
    '/api/projects/:slug/workshops/:id',
    {
      schema: {
        tags: [TAG],
        summary:
          "A workshop: definition, status, join code and path, the facilitator's view of the state, participants and who has not voted",
        params: idParam,
        response: { 200: workshopDetailSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return presentWorkshopDetail(await folded(project.id, request.params.id));
    },
  );

  app.delete(
    '/api/projects/:slug/workshops/:id',
    {
      schema: {
        tags: [TAG],
        summary: 'Deletes a workshop with its participants, ballots and results',
        params: idParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'workshops');
      if (!(await deleteWorkshop(db, project.id, request.params.id))) throw notFound('workshop');
      await runtime.forget(request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/projects/:slug/workshops/:id/status',
    {
      schema: {
        tags: [TAG],
        summary:
          'Opens the workshop to participants (live) or closes it, storing its results for the roadmap; a closed workshop stays closed',
        params: idParam,
        body: statusBody,
        response: { 200: workshopDetailSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'workshops');
      await folded(project.id, request.params.id);
      const outcome = await runtime.setStatus(request.params.id, request.body.status);
      if (!outcome) throw notFound('workshop');
      if (!outcome.ok)
        throw new HttpError(
          409,
          'conflict',
          `a ${outcome.from} workshop cannot become ${request.body.status}`,
        );
      return presentWorkshopDetail(await folded(project.id, request.params.id));
    },
  );

  app.get(
    '/api/projects/:slug/workshops/:id/attendance',
    {
      schema: {
        tags: [TAG],
        summary:
          "Who of the confirmed working group is present in the workshop now (each organisation with its participants' names) and who is missing",
        params: idParam,
        response: { 200: workshopAttendanceSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return workshopAttendance(db, await folded(project.id, request.params.id));
    },
  );

  app.post(
    '/api/projects/:slug/workshops/:id/facilitator-token',
    {
      schema: {
        tags: [TAG],
        summary:
          "The signed-in user's facilitator seat in the workshop: a new token for the live socket (an earlier one stops working)",
        params: idParam,
        response: { 200: facilitatorTokenSchema },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'workshops');
      const { row } = await folded(project.id, request.params.id);
      if (row.status === 'closed') throw new HttpError(409, 'closed', 'the workshop is closed');
      const token = newParticipantToken();
      const participant = await issueFacilitatorParticipant(
        db,
        row.id,
        { id: user.id, name: user.name },
        hashParticipantToken(token),
        now(),
      );
      return { participantId: participant.id, token, code: row.code, joinPath: joinPath(row.code) };
    },
  );

  app.get(
    '/api/projects/:slug/workshops/:id/export',
    {
      schema: {
        tags: [TAG],
        summary:
          'Every round of the workshop: XLSX with the rounds, items, results and ballots sheets (anonymous rounds without names), or one of them as CSV (?table, default results)',
        params: idParam,
        querystring: z.object({
          format: z.enum(['xlsx', 'csv']).default('xlsx'),
          table: z.enum(WORKSHOP_EXPORT_TABLES).default('results'),
        }),
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const { row, state } = await folded(project.id, request.params.id);
      const tables = workshopExportTables(state);
      const base = `${project.slug}-workshop-${row.code.toLowerCase()}`;
      if (request.query.format === 'xlsx') {
        return reply
          .header('content-type', contentTypes.xlsx)
          .header('content-disposition', `attachment; filename="${base}.xlsx"`)
          .send(await writeWorkbook(WORKSHOP_EXPORT_TABLES.map((name) => tables[name])));
      }
      const table = tables[request.query.table];
      return reply
        .header('content-type', contentTypes.csv)
        .header('content-disposition', `attachment; filename="${base}-${table.name}.csv"`)
        .send(await writeTable('csv', table.headings, table.rows));
    },
  );

  app.get(
    '/api/projects/:slug/workshop-results',
    {
      schema: {
        tags: [TAG],
        summary:
          "The project's workshop results for the roadmap: vision, weighted success factors with the importance-performance matrix, skills gaps (each from the latest closed workshop that has it)",
        params: slugParam,
        response: { 200: projectWorkshopResultsSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return projectWorkshopResults(db, project.id);
    },
  );

  app.get(
    '/api/projects/:slug/workshop-results/report',
    {
      schema: {
        tags: [TAG],
        summary:
          "The workshops' section of the roadmap document in Turkish or English (default: the user's language): headings, paragraphs and tables for the vision, the weighted success factors and the skills gaps, saying what is not available yet",
        params: slugParam,
        querystring: z.object({ lang: z.enum(['tr', 'en']).optional() }),
        response: { 200: workshopReportSchema },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const lang = request.query.lang ?? (user.locale === 'en' ? 'en' : 'tr');
      return workshopReportSection(await projectWorkshopResults(db, project.id), lang);
    },
  );

  app.get(
    '/api/live/:code/info',
    {
      config: { respondent: true, rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: [TAG],
        summary:
          "Public, no session: what a join code opens (title, template, status, whether a name is required, the working group's organisations); 404 for unknown and closed workshops",
        params: z.object({ code: z.string().min(1).max(64) }),
        response: { 200: liveWorkshopInfoSchema },
      },
    },
    async (request) => {
      const row = await findOpenWorkshopByCode(db, normaliseJoinCode(request.params.code));
      if (!row || row.status === 'closed') throw notFound('workshop');
      return {
        title: row.title,
        template: row.template,
        status: row.status,
        nameRequired: !row.definition.anonymousJoin,
        organisations: await workingGroupOrganisations(db, row.projectId),
      };
    },
  );
}
