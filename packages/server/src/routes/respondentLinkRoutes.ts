// Personal respondent links: issue them for organisations (the urls are shown once: only the
// tokens' hashes are stored), list them with the state of their responses, revoke them.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { issueLinks, listLinks, revokeLink } from '@kume/db';
import { hashToken, newToken } from '../auth/tokens';
import { notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { respondentLinkSchema } from '../presenters/presentFieldStudy';
import { presentLink, respondentLinkPath } from '../presenters/presentQuestionnaire';
import { idParam } from './params';
import { requireQuestionnaire } from './questionnaireRoutes';

const linkParam = idParam.extend({ linkId: z.uuid({ message: 'not an id' }) });

export async function respondentLinkRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.kume;

  app.post(
    '/api/projects/:slug/questionnaires/:id/links',
    {
      schema: {
        tags: ['field study'],
        summary:
          'Issue personal links for organisations; an organisation that has one gets a new one (the old stops working, its answers are kept). The urls are shown only in this answer.',
        params: idParam,
        body: z.object({ organisationIds: z.array(z.uuid()).min(1).max(1000) }),
        response: { 201: z.object({ links: z.array(respondentLinkSchema) }) },
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'field_study');
      const questionnaire = await requireQuestionnaire(db, project.id, request.params.id);
      const tokens = new Map<string, string>();
      for (const organisationId of new Set(request.body.organisationIds))
        tokens.set(organisationId, newToken());
      const created = await issueLinks(
        db,
        project.id,
        questionnaire.id,
        [...tokens].map(([organisationId, token]) => ({
          organisationId,
          tokenHash: hashToken(token),
        })),
        app.kume.now(),
      );
      const listed = new Map(
        (await listLinks(db, project.id, questionnaire.id)).map((item) => [item.link.id, item]),
      );
      const links = created.flatMap((link) => {
        const item = listed.get(link.id);
        const token = link.organisationId ? tokens.get(link.organisationId) : undefined;
        return item && token ? [presentLink(item, respondentLinkPath(token))] : [];
      });
      return reply.status(201).send({ links });
    },
  );

  app.get(
    '/api/projects/:slug/questionnaires/:id/links',
    {
      schema: {
        tags: ['field study'],
        summary: 'The personal links in use, with the state of each response (no urls)',
        params: idParam,
        response: { 200: z.array(respondentLinkSchema) },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const questionnaire = await requireQuestionnaire(db, project.id, request.params.id);
      return (await listLinks(db, project.id, questionnaire.id)).map((item) => presentLink(item));
    },
  );

  app.delete(
    '/api/projects/:slug/questionnaires/:id/links/:linkId',
    {
      schema: {
        tags: ['field study'],
        summary: 'Revoke a personal link (its answers are kept)',
        params: linkParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'field_study');
      const { id, linkId } = request.params;
      if (!(await revokeLink(db, project.id, id, linkId, app.kume.now()))) throw notFound('link');
      return reply.status(204).send();
    },
  );
}
