// Stakeholder visits and their follow-ups, including the list of overdue follow-ups.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  daysOverdue,
  followUpInputSchema,
  followUpPatchSchema,
  isoDateOf,
  queryList,
  VISIT_LEVELS,
  visitInputSchema,
  type IsoDate,
} from '@kume/core';
import {
  addFollowUp,
  createVisit,
  deleteFollowUp,
  deleteVisit,
  findVisit,
  listContacts,
  listFollowUps,
  listMembers,
  listOrganisations,
  listVisits,
  updateFollowUp,
  updateVisit,
  visitLinks,
  type Db,
  type FollowUpRow,
  type VisitRow,
} from '@kume/db';
import { notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { idParam, slugParam } from './params';

export const followUpSchema = z.object({
  id: z.string(),
  visitId: z.string(),
  description: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  assigneeUserId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  daysOverdue: z.number(),
});
export const visitSchema = z.object({
  id: z.string(),
  visitedOn: z.string(),
  level: z.enum(VISIT_LEVELS),
  purpose: z.string(),
  notes: z.string(),
  outcomes: z.string(),
  organisations: z.array(z.object({ id: z.string(), name: z.string() })),
  contacts: z.array(z.object({ id: z.string(), name: z.string(), organisationId: z.string() })),
  team: z.array(z.object({ userId: z.string(), name: z.string() })),
  followUps: z.array(followUpSchema),
});
type VisitView = z.output<typeof visitSchema>;

/** Visits with names of the organisations, people and team members, and their follow-ups. */
async function visitViews(
  db: Db,
  projectId: string,
  visits: VisitRow[],
  today: IsoDate,
): Promise<VisitView[]> {
  const ids = visits.map((v) => v.id);
  const [links, organisations, contacts, members, followUps] = await Promise.all([
    visitLinks(db, projectId, ids),
    listOrganisations(db, projectId),
    listContacts(db, projectId),
    listMembers(db, projectId),
    listFollowUps(db, projectId, ids),
  ]);
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const memberName = new Map(members.map((m) => [m.userId, m.name]));
  const present = (f: FollowUpRow) => presentFollowUp(f, memberName, today);
  return visits.map((visit) => ({
    id: visit.id,
    visitedOn: visit.visitedOn,
    level: visit.level,
    purpose: visit.purpose,
    notes: visit.notes,
    outcomes: visit.outcomes,
    organisations: links.organisations
      .filter((l) => l.visitId === visit.id)
      .map((l) => ({ id: l.organisationId, name: orgName.get(l.organisationId) ?? '' })),
    contacts: links.contacts
      .filter((l) => l.visitId === visit.id)
      .flatMap((l) => {
        const c = contactById.get(l.contactId);
        return c ? [{ id: c.id, name: c.name, organisationId: c.organisationId }] : [];
      }),
    team: links.team
      .filter((l) => l.visitId === visit.id)
      .map((l) => ({ userId: l.userId, name: memberName.get(l.userId) ?? '' })),
    followUps: followUps.filter((f) => f.visitId === visit.id).map(present),
  }));
}

function presentFollowUp(f: FollowUpRow, memberName: Map<string, string>, today: IsoDate) {
  return {
    id: f.id,
    visitId: f.visitId,
    description: f.description,
    dueOn: f.dueOn,
    doneOn: f.doneOn,
    assigneeUserId: f.assigneeUserId,
    assigneeName: f.assigneeUserId ? (memberName.get(f.assigneeUserId) ?? null) : null,
    daysOverdue: daysOverdue(
      { dueOn: f.dueOn as IsoDate, doneOn: f.doneOn as IsoDate | null },
      today,
    ),
  };
}

export async function visitRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;
  const today = () => isoDateOf(app.kume.now());

  app.get(
    '/api/projects/:slug/visits',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'The visit log, newest first; search notes, outcomes and organisations',
        params: slugParam,
        querystring: z.object({
          q: z.string().max(200).optional(),
          level: z.enum(VISIT_LEVELS).optional(),
          organisationId: z.uuid().optional(),
          page: z.coerce.number().int().min(1).optional(),
          pageSize: z.coerce.number().int().min(1).max(200).optional(),
        }),
        response: {
          200: z.object({
            items: z.array(visitSchema),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const { q, level, organisationId, page, pageSize } = request.query;
      const views = await visitViews(db, project.id, await listVisits(db, project.id), today());
      const filtered = views.filter(
        (v) =>
          (!level || v.level === level) &&
          (!organisationId || v.organisations.some((o) => o.id === organisationId)),
      );
      return queryList(
        filtered,
        { q, page, pageSize, sort: 'visitedOn', dir: 'desc' },
        {
          locale: user.locale ?? 'tr',
          defaultSort: 'visitedOn',
          searchText: (v) => [
            v.purpose,
            v.notes,
            v.outcomes,
            ...v.organisations.map((o) => o.name),
            ...v.contacts.map((c) => c.name),
          ],
          sortValue: { visitedOn: (v) => v.visitedOn },
        },
      );
    },
  );

  app.post(
    '/api/projects/:slug/visits',
    {
      schema: {
        tags: ['stakeholders'],
        summary:
          'Log a visit with the organisations and people met, the team, notes, outcomes and follow-ups',
        params: slugParam,
        body: visitInputSchema,
        response: { 201: visitSchema },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'registry');
      const visit = await createVisit(db, project.id, request.body, user.id);
      const [view] = await visitViews(db, project.id, [visit], today());
      return reply.status(201).send(view!);
    },
  );

  app.get(
    '/api/projects/:slug/visits/:id',
    { schema: { tags: ['stakeholders'], params: idParam, response: { 200: visitSchema } } },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const visit = await findVisit(db, project.id, request.params.id);
      if (!visit) throw notFound('visit');
      const [view] = await visitViews(db, project.id, [visit], today());
      return view!;
    },
  );

  app.put(
    '/api/projects/:slug/visits/:id',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Edit a visit (its follow-ups are edited on their own)',
        params: idParam,
        body: visitInputSchema.omit({ followUps: true }),
        response: { 200: visitSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'registry');
      const visit = await updateVisit(db, project.id, request.params.id, request.body);
      if (!visit) throw notFound('visit');
      const [view] = await visitViews(db, project.id, [visit], today());
      return view!;
    },
  );

  app.delete(
    '/api/projects/:slug/visits/:id',
    { schema: { tags: ['stakeholders'], params: idParam } },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'registry');
      if (!(await deleteVisit(db, project.id, request.params.id))) throw notFound('visit');
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/projects/:slug/visits/:id/follow-ups',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Add a follow-up to a visit',
        params: idParam,
        body: followUpInputSchema,
        response: { 201: followUpSchema },
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'registry');
      if (!(await findVisit(db, project.id, request.params.id))) throw notFound('visit');
      const row = await addFollowUp(db, project.id, request.params.id, request.body);
      const members = new Map((await listMembers(db, project.id)).map((m) => [m.userId, m.name]));
      return reply.status(201).send(presentFollowUp(row, members, today()));
    },
  );

  app.get(
    '/api/projects/:slug/follow-ups',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Follow-ups of all visits: open, overdue (not done, due before today) or done',
        params: slugParam,
        querystring: z.object({
          status: z.enum(['open', 'overdue', 'done', 'all']).default('open'),
        }),
        response: {
          200: z.array(
            followUpSchema.extend({ visitedOn: z.string(), organisations: z.array(z.string()) }),
          ),
        },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const [followUps, visits, links, organisations, members] = await Promise.all([
        listFollowUps(db, project.id),
        listVisits(db, project.id),
        visitLinks(db, project.id),
        listOrganisations(db, project.id),
        listMembers(db, project.id),
      ]);
      const visitedOn = new Map(visits.map((v) => [v.id, v.visitedOn]));
      const orgName = new Map(organisations.map((o) => [o.id, o.name]));
      const memberName = new Map(members.map((m) => [m.userId, m.name]));
      const day = today();
      const { status } = request.query;
      return followUps
        .map((f) => ({
          ...presentFollowUp(f, memberName, day),
          visitedOn: visitedOn.get(f.visitId) ?? '',
          organisations: links.organisations
            .filter((l) => l.visitId === f.visitId)
            .map((l) => orgName.get(l.organisationId) ?? ''),
        }))
        .filter(
          (f) =>
            status === 'all' ||
            (status === 'done'
              ? f.doneOn !== null
              : f.doneOn === null && (status === 'open' || f.daysOverdue > 0)),
        );
    },
  );

  app.patch(
    '/api/projects/:slug/follow-ups/:id',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Edit a follow-up or mark it done',
        params: idParam,
        body: followUpPatchSchema,
        response: { 200: followUpSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'registry');
      const { done, ...rest } = request.body;
      const row = await updateFollowUp(db, project.id, request.params.id, {
        ...rest,
        ...(done === undefined ? {} : { doneOn: done ? today() : null }),
      });
      if (!row) throw notFound('follow-up');
      const members = new Map((await listMembers(db, project.id)).map((m) => [m.userId, m.name]));
      return presentFollowUp(row, members, today());
    },
  );

  app.delete(
    '/api/projects/:slug/follow-ups/:id',
    { schema: { tags: ['stakeholders'], params: idParam } },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'registry');
      if (!(await deleteFollowUp(db, project.id, request.params.id))) throw notFound('follow-up');
      return reply.status(204).send();
    },
  );
}
