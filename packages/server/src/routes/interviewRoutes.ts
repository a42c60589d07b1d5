// Interviews and focus groups of the field study (participants, facilitator, notes, tagged
// quotes), and the tagged quotes across all of them.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compareText, foldForSearch, isoDateSchema } from '@kume/core';
import {
  createInterview,
  deleteInterview,
  findInterview,
  listInterviews,
  listMembers,
  listOrganisations,
  updateInterview,
  type Db,
  type InterviewWithLinks,
} from '@kume/db';
import { notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { INTERVIEW_KINDS, interviewSchema } from '../presenters/presentFieldStudy';
import { idParam, slugParam } from './params';

const participantInputSchema = z
  .object({
    organisationId: z.uuid().nullable().optional(),
    contactId: z.uuid().nullable().optional(),
    name: z.string().trim().max(200).optional(),
  })
  .refine((p) => p.organisationId || p.contactId || p.name, {
    message: 'a participant needs an organisation, a contact or a name',
  });

export const interviewInputSchema = z.object({
  kind: z.enum(INTERVIEW_KINDS),
  heldOn: isoDateSchema,
  title: z.string().trim().max(200).default(''),
  notes: z.string().max(20_000).default(''),
  facilitatorId: z.uuid().nullable().optional(),
  participants: z.array(participantInputSchema).max(200).default([]),
  quotes: z
    .array(
      z.object({
        text: z.string().trim().min(1).max(2_000),
        tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
        organisationId: z.uuid().nullable().optional(),
      }),
    )
    .max(500)
    .default([]),
});

export const quoteListSchema = z.object({
  quotes: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      tags: z.array(z.string()),
      organisationId: z.string().nullable(),
      organisationName: z.string().nullable(),
      interviewId: z.string(),
      interviewTitle: z.string(),
      kind: z.enum(INTERVIEW_KINDS),
      heldOn: z.string(),
    }),
  ),
  /** Every tag of the project's quotes with how many quotes carry it, most used first. */
  tags: z.array(z.object({ tag: z.string(), count: z.number() })),
});

type InterviewView = z.output<typeof interviewSchema>;

async function interviewViews(
  db: Db,
  projectId: string,
  rows: InterviewWithLinks[],
): Promise<InterviewView[]> {
  const [organisations, members] = await Promise.all([
    listOrganisations(db, projectId),
    listMembers(db, projectId),
  ]);
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const memberName = new Map(members.map((m) => [m.userId, m.name]));
  const nameOf = (id: string | null) => (id ? (orgName.get(id) ?? null) : null);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    heldOn: row.heldOn,
    title: row.title,
    notes: row.notes,
    facilitatorId: row.facilitatorId,
    facilitatorName: row.facilitatorId ? (memberName.get(row.facilitatorId) ?? null) : null,
    responseId: row.responseId,
    participants: row.participants.map((p) => ({
      organisationId: p.organisationId,
      organisationName: nameOf(p.organisationId),
      contactId: p.contactId,
      name: p.name,
    })),
    quotes: row.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      tags: q.tags,
      organisationId: q.organisationId,
      organisationName: nameOf(q.organisationId),
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

async function interviewView(db: Db, projectId: string, id: string): Promise<InterviewView> {
  const row = await findInterview(db, projectId, id);
  if (!row) throw notFound('interview');
  const [view] = await interviewViews(db, projectId, [row]);
  return view as InterviewView;
}

export async function interviewRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.get(
    '/api/projects/:slug/interviews',
    {
      schema: {
        tags: ['field study'],
        summary:
          'Interviews and focus groups, newest first; filter by kind or participating organisation',
        params: slugParam,
        querystring: z.object({
          kind: z.enum(INTERVIEW_KINDS).optional(),
          organisationId: z.uuid().optional(),
        }),
        response: { 200: z.array(interviewSchema) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const { kind, organisationId } = request.query;
      const rows = (await listInterviews(db, project.id)).filter(
        (row) =>
          (!kind || row.kind === kind) &&
          (!organisationId || row.participants.some((p) => p.organisationId === organisationId)),
      );
      return interviewViews(db, project.id, rows);
    },
  );

  app.post(
    '/api/projects/:slug/interviews',
    {
      schema: {
        tags: ['field study'],
        summary: 'Record an interview or focus group with participants and tagged quotes',
        params: slugParam,
        body: interviewInputSchema,
        response: { 201: interviewSchema },
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'field_study');
      const row = await createInterview(db, project.id, request.body);
      return reply.status(201).send(await interviewView(db, project.id, row.id));
    },
  );

  app.get(
    '/api/projects/:slug/interviews/:id',
    { schema: { tags: ['field study'], params: idParam, response: { 200: interviewSchema } } },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      return interviewView(db, project.id, request.params.id);
    },
  );

  app.put(
    '/api/projects/:slug/interviews/:id',
    {
      schema: {
        tags: ['field study'],
        summary: 'Edit an interview or focus group; participants and quotes are replaced',
        params: idParam,
        body: interviewInputSchema,
        response: { 200: interviewSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'field_study');
      const row = await updateInterview(
        db,
        project.id,
        request.params.id,
        request.body,
        app.kume.now(),
      );
      if (!row) throw notFound('interview');
      return interviewView(db, project.id, row.id);
    },
  );

  app.delete(
    '/api/projects/:slug/interviews/:id',
    { schema: { tags: ['field study'], params: idParam } },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'field_study');
      if (!(await deleteInterview(db, project.id, request.params.id))) throw notFound('interview');
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/projects/:slug/quotes',
    {
      schema: {
        tags: ['field study'],
        summary:
          'Tagged quotes across interviews and focus groups (optionally of one tag), with the tag counts',
        params: slugParam,
        querystring: z.object({ tag: z.string().trim().min(1).max(50).optional() }),
        response: { 200: quoteListSchema },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const views = await interviewViews(db, project.id, await listInterviews(db, project.id));
      const all = views.flatMap((interview) =>
        interview.quotes.map((quote) => ({
          ...quote,
          interviewId: interview.id,
          interviewTitle: interview.title,
          kind: interview.kind,
          heldOn: interview.heldOn,
        })),
      );
      // Tags are counted case- and Turkish-fold-insensitively, shown in their first spelling.
      const tags = new Map<string, { tag: string; count: number }>();
      for (const quote of all)
        for (const tag of new Set(quote.tags.map(foldForSearch))) {
          const entry = tags.get(tag) ?? {
            tag: quote.tags.find((t) => foldForSearch(t) === tag) ?? tag,
            count: 0,
          };
          entry.count += 1;
          tags.set(tag, entry);
        }
      const wanted = request.query.tag ? foldForSearch(request.query.tag) : null;
      const locale = user.locale ?? 'tr';
      return {
        quotes: wanted ? all.filter((q) => q.tags.some((t) => foldForSearch(t) === wanted)) : all,
        tags: [...tags.values()].sort(
          (a, b) => b.count - a.count || compareText(locale, a.tag, b.tag),
        ),
      };
    },
  );
}
