// Builds the Kume server without opening a port (Hono's createApp(deps) habit): tests call it
// in-process with `app.inject`, `startServer` listens.

import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { registerSessions } from './auth/sessions';
import type { AppDeps } from './context';
import { registerErrorHandler } from './http/errorHandler';
import { registerWebApp } from './http/webApp';
import { MAX_UPLOAD_BYTES } from '@kume/io';
import { memberRoutes } from './routes/memberRoutes';
import { organisationRoutes } from './routes/organisationRoutes';
import { projectRoutes } from './routes/projectRoutes';
import { questionnaireRoutes } from './routes/questionnaireRoutes';
import { relationRoutes } from './routes/relationRoutes';
import { relationFileRoutes } from './routes/relationFileRoutes';
import { respondentLinkRoutes } from './routes/respondentLinkRoutes';
import { respondRoutes } from './routes/respondRoutes';
import { responseRoutes } from './routes/responseRoutes';
import { readinessRoutes } from './routes/readinessRoutes';
import { registryFileRoutes } from './routes/registryFileRoutes';
import { sessionRoutes } from './routes/sessionRoutes';
import { statisticsBuiltinDefinitionRoutes } from './routes/statisticsBuiltinDefinitionRoutes';
import { statisticsDeriveRoutes } from './routes/statisticsDeriveRoutes';
import { statisticsRoutes } from './routes/statisticsRoutes';
import { visitRoutes } from './routes/visitRoutes';
import { fieldStudyRoutes } from './routes/fieldStudyRoutes';
import { interviewRoutes } from './routes/interviewRoutes';
import { questionnaireAnalysisRoutes } from './routes/questionnaireAnalysisRoutes';
import { responseFileRoutes } from './routes/responseFileRoutes';
import { answerTagRoutes } from './routes/answerTagRoutes';
import { clusterMapRoutes } from './routes/clusterMapRoutes';
import { clusterMapExportRoutes } from './routes/clusterMapExportRoutes';
import { workingGroupRoutes } from './routes/workingGroupRoutes';
import { ioTableRoutes } from './routes/ioTableRoutes';
import { createStatisticsCaches } from './statistics/clusterAnalysis';
import { registerLive } from './live/registerLive';
import { workshopRoutes } from './routes/workshopRoutes';
import { WorkshopRuntime } from './workshops/workshopRuntime';
import { workshopLiveSessions } from './workshops/workshopLiveSessions';
import { benchmarkCaseRoutes } from './routes/benchmarkCaseRoutes';
import { eventRoutes } from './routes/eventRoutes';
import { eventRegistrationRoutes } from './routes/eventRegistrationRoutes';
import { eventInvitationRoutes } from './routes/eventInvitationRoutes';
import { eventPollRoutes } from './routes/eventPollRoutes';
import { publicEventRoutes } from './routes/publicEventRoutes';
import { deckRoutes } from './routes/deckRoutes';
import { logoRoutes } from './routes/logoRoutes';
import { roadmapRoutes } from './routes/roadmapRoutes';
import { monitoringRoutes } from './routes/monitoringRoutes';
import { selfAssessmentRoutes } from './routes/selfAssessmentRoutes';
import { roadmapDocumentRoutes } from './routes/roadmapDocumentRoutes';

export const API_VERSION = '0.1.0';

export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    // Finish requests in flight on close, but do not wait for idle keep-alive connections.
    forceCloseConnections: 'idle',
    bodyLimit: 1024 * 1024,
    trustProxy: false,
  });
  app.decorate('kume', { db: deps.database.db, deps, now: deps.now ?? (() => new Date()) });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The cluster map's ForceAtlas2 layout runs in a web worker made from a blob: URL.
        workerSrc: ["'self'", 'blob:'],
        // Mantine writes CSS variables in style attributes and tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: deps.config.secureCookies,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 12 },
    throwFileSizeLimit: true,
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Kume API',
        version: API_VERSION,
        description:
          'Kume, the cluster development workbench. Sign in with POST /api/session; the session is a cookie. Every write needs the x-csrf-token header from the session answer.',
      },
      tags: [
        { name: 'session', description: 'Sign-in, first-run setup, your account' },
        { name: 'projects', description: 'Cluster initiatives and their dashboards' },
        { name: 'members', description: 'Project roles and invitations' },
        {
          name: 'stakeholders',
          description: 'Stage 1: organisations, visits, commitments, readiness gate',
        },
        {
          name: 'statistics',
          description:
            'Stage 2, secondary research: datasets, cluster definitions, relatedness, cluster metrics',
        },
        {
          name: 'field study',
          description:
            'Stage 2, primary research: questionnaires, respondent links, responses, relations',
        },
        {
          name: 'respondent',
          description:
            "A respondent's form through a link: no session, the link's token is the key",
        },
        {
          name: 'information day',
          description:
            'Stage 3: the Information Day: events, registrations and check-in, invitations, live polls; the public registration and ticket pages (no session); the deck (settings, benchmark cases, logo, the PPTX or PDF)',
        },
        {
          name: 'workshops',
          description:
            'Stage 4: the working group workshops (vision, key success factors, skills), live over GET /api/live/:code',
        },
        {
          name: 'roadmap',
          description:
            'Stage 5: the roadmap: items traced to their sources, the action plan, indicators and their values, self-assessments, network change, the roadmap document and the whole project report',
        },
      ],
    },
    transform: jsonSchemaTransform,
  });
  registerSessions(app);

  app.get('/api/health', { schema: { tags: ['session'], summary: 'Liveness' } }, async () => ({
    status: 'ok',
  }));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(sessionRoutes);
  await app.register(projectRoutes);
  await app.register(memberRoutes);
  await app.register(organisationRoutes);
  await app.register(registryFileRoutes);
  await app.register(visitRoutes);
  await app.register(readinessRoutes);
  // One set of statistics caches: the cluster map's supplier LQs read the same dataset tables.
  const statistics = { caches: createStatisticsCaches() };
  await app.register(statisticsRoutes, statistics);
  await app.register(statisticsBuiltinDefinitionRoutes);
  await app.register(statisticsDeriveRoutes, statistics);
  await app.register(questionnaireRoutes);
  await app.register(respondentLinkRoutes);
  await app.register(responseRoutes);
  await app.register(relationRoutes);
  await app.register(relationFileRoutes);
  await app.register(respondRoutes);
  await app.register(interviewRoutes);
  await app.register(fieldStudyRoutes);
  await app.register(questionnaireAnalysisRoutes);
  await app.register(responseFileRoutes);
  await app.register(answerTagRoutes);
  await app.register(clusterMapRoutes, statistics);
  await app.register(ioTableRoutes);
  await app.register(clusterMapExportRoutes);
  await app.register(workingGroupRoutes);
  // The workshops' runtime serves both the live socket and the REST routes (status, views).
  const workshops = new WorkshopRuntime(deps.database.db, app.kume.now);
  workshops.useHub(
    await registerLive(app, deps, () => workshopLiveSessions(deps.database.db, workshops)),
  );
  await app.register(workshopRoutes, { runtime: workshops });
  await app.register(eventRoutes);
  await app.register(eventRegistrationRoutes);
  await app.register(eventInvitationRoutes);
  // The polls are a workshop: written and read through the same runtime.
  await app.register(eventPollRoutes, { runtime: workshops });
  await app.register(publicEventRoutes);
  // The Information Day deck reads the statistics through the same caches.
  await app.register(deckRoutes, statistics);
  await app.register(benchmarkCaseRoutes);
  await app.register(logoRoutes);
  // The roadmap assembles its items from the statistics and the cluster map through the caches.
  await app.register(roadmapRoutes, statistics);
  await app.register(monitoringRoutes);
  await app.register(selfAssessmentRoutes);
  await app.register(roadmapDocumentRoutes, statistics);
  await registerWebApp(app, deps.config.webDir);
  return app;
}
