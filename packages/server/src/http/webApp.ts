// Serves the built web app from the same port as the API, with index.html for the app's own
// paths (client-side routing) and JSON 404s under /api.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function registerWebApp(app: FastifyInstance, webDir: string | undefined) {
  const hasWeb = webDir !== undefined && existsSync(join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      cacheControl: false,
    });
    // Hashed assets never change; index.html always revalidates.
    app.get('/assets/*', (request, reply) => {
      const file = (request.params as { '*': string })['*'];
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .sendFile(join('assets', file));
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isAppPath =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/assets/');
    if (hasWeb && isAppPath)
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.status(404).send({
      error: {
        code: 'not_found',
        message: `no route ${request.method} ${request.url.split('?')[0]}`,
        issues: [],
      },
    });
  });
  return hasWeb;
}
