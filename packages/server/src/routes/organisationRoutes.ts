// The organisation registry of stage 1: list (search, sort, pages), create, read, edit, delete,
// contacts, and commitment assessments.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  commitmentInputSchema,
  contactInputSchema,
  contactPatchSchema,
  ORGANISATION_TYPES,
  organisationInputSchema,
  organisationPatchSchema,
  queryList,
} from '@kume/core';
import {
  addCommitment,
  deleteContact,
  deleteOrganisation,
  findOrganisation,
  insertContact,
  insertOrganisations,
  listCommitments,
  listContacts,
  listVisits,
  updateContact,
  updateOrganisation,
  visitLinks,
} from '@kume/db';
import { notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import {
  contactSchema,
  organisationSchema,
  organisationSummarySchema,
  presentContact,
  presentOrganisation,
  presentOrganisationSummary,
} from '../presenters/presentOrganisation';
import {
  organisationSummaries,
  type OrganisationSummary,
} from '../stakeholders/organisationSummaries';
import { idParam, slugParam } from './params';

export const ORGANISATION_SORTS = [
  'name',
  'type',
  'industryCode',
  'valueChainStage',
  'employees',
  'district',
  'city',
  'willingness',
  'influence',
  'lastVisitedOn',
  'visitCount',
] as const;
type OrganisationSort = (typeof ORGANISATION_SORTS)[number];

export const listQuerySchema = z.object({
  q: z.string().max(200).optional(),
  type: z.enum(ORGANISATION_TYPES).optional(),
  sort: z.enum(ORGANISATION_SORTS).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).optional(),
  locale: z.enum(['tr', 'en']).optional(),
});

export function queryOrganisations(
  rows: OrganisationSummary[],
  query: z.output<typeof listQuerySchema>,
  locale: string,
) {
  const filtered = query.type ? rows.filter((row) => row.type === query.type) : rows;
  return queryList<OrganisationSummary, OrganisationSort>(filtered, query, {
    locale,
    defaultSort: 'name',
    searchText: (row) => [
      row.name,
      row.industryCode,
      row.valueChainStage,
      row.district,
      row.city,
      row.notes,
    ],
    sortValue: {
      name: (row) => row.name,
      type: (row) => row.type,
      industryCode: (row) => row.industryCode,
      valueChainStage: (row) => row.valueChainStage,
      employees: (row) => row.employees,
      district: (row) => row.district,
      city: (row) => row.city,
      willingness: (row) => row.willingness,
      influence: (row) => row.influence,
      lastVisitedOn: (row) => row.lastVisitedOn,
      visitCount: (row) => row.visitCount,
    },
  });
}

const organisationParam = idParam;
const contactParam = slugParam.extend({ id: z.uuid(), contactId: z.uuid() });

export async function organisationRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  /** A contact is changed only through its own organisation: checked before writing. */
  async function requireContactOf(projectId: string, organisationId: string, contactId: string) {
    const contacts = await listContacts(db, projectId, [organisationId]);
    if (!contacts.some((c) => c.id === contactId)) throw notFound('contact');
  }

  app.get(
    '/api/projects/:slug/organisations',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'The organisation registry: search (Turkish-aware), filter by type, sort, page',
        params: slugParam,
        querystring: listQuerySchema,
        response: {
          200: z.object({
            items: z.array(organisationSummarySchema),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'read');
      const locale = request.query.locale ?? user.locale ?? 'tr';
      const page = queryOrganisations(
        await organisationSummaries(db, project.id),
        request.query,
        locale,
      );
      return { ...page, items: page.items.map(presentOrganisationSummary) };
    },
  );

  app.post(
    '/api/projects/:slug/organisations',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Register an organisation, optionally with its contacts',
        params: slugParam,
        body: organisationInputSchema.extend({
          contacts: z.array(contactInputSchema).max(50).default([]),
        }),
        response: { 201: organisationSchema },
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'registry');
      const { contacts, ...organisation } = request.body;
      const [row] = await insertOrganisations(db, project.id, [{ organisation, contacts }]);
      return reply.status(201).send(presentOrganisation(row!));
    },
  );

  app.get(
    '/api/projects/:slug/organisations/:id',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'An organisation with its contacts, commitment history and visits',
        params: organisationParam,
        response: {
          200: organisationSchema.extend({
            contacts: z.array(contactSchema),
            commitments: z.array(
              z.object({
                id: z.string(),
                willingness: z.number(),
                influence: z.number(),
                resourcesPledged: z.string(),
                pledgedAmount: z.number().nullable(),
                currency: z.string(),
                assessedOn: z.string(),
                assessorName: z.string().nullable(),
                notes: z.string(),
              }),
            ),
            visits: z.array(
              z.object({
                id: z.string(),
                visitedOn: z.string(),
                level: z.string(),
                purpose: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const organisation = await findOrganisation(db, project.id, request.params.id);
      if (!organisation) throw notFound('organisation');
      const [contacts, commitments, links, visits] = await Promise.all([
        listContacts(db, project.id, [organisation.id]),
        listCommitments(db, project.id, organisation.id),
        visitLinks(db, project.id),
        listVisits(db, project.id),
      ]);
      const visitIds = new Set(
        links.organisations
          .filter((l) => l.organisationId === organisation.id)
          .map((l) => l.visitId),
      );
      return {
        ...presentOrganisation(organisation),
        contacts: contacts.map(presentContact),
        commitments: commitments.map(({ commitment, assessorName }) => ({
          id: commitment.id,
          willingness: commitment.willingness,
          influence: commitment.influence,
          resourcesPledged: commitment.resourcesPledged,
          pledgedAmount: commitment.pledgedAmount,
          currency: commitment.currency,
          assessedOn: commitment.assessedOn,
          assessorName,
          notes: commitment.notes,
        })),
        visits: visits
          .filter((v) => visitIds.has(v.id))
          .map((v) => ({ id: v.id, visitedOn: v.visitedOn, level: v.level, purpose: v.purpose })),
      };
    },
  );

  app.patch(
    '/api/projects/:slug/organisations/:id',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Edit an organisation',
        params: organisationParam,
        // A facilitator clears the review flag of an organisation a respondent named.
        body: organisationPatchSchema.extend({ needsReview: z.boolean().optional() }),
        response: { 200: organisationSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'registry');
      const row = await updateOrganisation(db, project.id, request.params.id, request.body);
      if (!row) throw notFound('organisation');
      return presentOrganisation(row);
    },
  );

  app.delete(
    '/api/projects/:slug/organisations/:id',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Delete an organisation with its contacts and assessments',
        params: organisationParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'registry');
      if (!(await deleteOrganisation(db, project.id, request.params.id)))
        throw notFound('organisation');
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/projects/:slug/organisations/:id/contacts',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Add a contact person',
        params: organisationParam,
        body: contactInputSchema,
        response: { 201: contactSchema },
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'registry');
      if (!(await findOrganisation(db, project.id, request.params.id)))
        throw notFound('organisation');
      return reply
        .status(201)
        .send(presentContact(await insertContact(db, project.id, request.params.id, request.body)));
    },
  );

  app.patch(
    '/api/projects/:slug/organisations/:id/contacts/:contactId',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Edit a contact person',
        params: contactParam,
        body: contactPatchSchema,
        response: { 200: contactSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'registry');
      await requireContactOf(project.id, request.params.id, request.params.contactId);
      const row = await updateContact(db, project.id, request.params.contactId, request.body);
      if (!row) throw notFound('contact');
      return presentContact(row);
    },
  );

  app.delete(
    '/api/projects/:slug/organisations/:id/contacts/:contactId',
    {
      schema: { tags: ['stakeholders'], summary: 'Delete a contact person', params: contactParam },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'registry');
      await requireContactOf(project.id, request.params.id, request.params.contactId);
      if (!(await deleteContact(db, project.id, request.params.contactId)))
        throw notFound('contact');
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/projects/:slug/organisations/:id/commitments',
    {
      schema: {
        tags: ['stakeholders'],
        summary:
          'Record a commitment assessment (willingness, influence, resources); earlier ones stay as history',
        params: organisationParam,
        body: commitmentInputSchema,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const { project, user } = await projectAccess(request, request.params.slug, 'registry');
      if (!(await findOrganisation(db, project.id, request.params.id)))
        throw notFound('organisation');
      const row = await addCommitment(db, project.id, request.params.id, request.body, user.id);
      return reply.status(201).send({ id: row.id });
    },
  );
}
