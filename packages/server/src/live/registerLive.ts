// Wires the live layer into the app: the hub follows the database (LISTEN/NOTIFY on PostgreSQL,
// in process on the embedded database) unless the caller passes one, and the sessions come
// from AppDeps.live or else the caller's fallback (the app passes the workshops).

import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context';
import { memoryLiveHub, type LiveHub } from './liveHub';
import { noLiveSessions, type LiveSessions } from './liveSessions';
import { liveSocket } from './liveSocket';
import { postgresLiveHub } from './postgresLiveHub';

/**
 * Registers the live socket; `fallback` makes the sessions when AppDeps.live gives none (the
 * workshops). Answers the hub, for what announces changes made outside the socket.
 */
export async function registerLive(
  app: FastifyInstance,
  deps: AppDeps,
  fallback?: (hub: LiveHub) => LiveSessions,
): Promise<LiveHub> {
  let hub: LiveHub | undefined = deps.live?.hub;
  if (!hub) {
    const url = deps.config.databaseUrl;
    // Without the URL (tests building the app on a PostgreSQL pool) one instance is assumed.
    if (deps.database.kind === 'postgres' && url) {
      const postgres = postgresLiveHub(url, {
        onError: (error) => app.log.warn({ err: error }, 'live hub: connection lost, reconnecting'),
      });
      await postgres.listening();
      hub = postgres;
    } else {
      hub = memoryLiveHub();
    }
    const owned = hub;
    app.addHook('onClose', () => owned.close());
  }
  const sessions = deps.live?.sessions?.(hub) ?? fallback?.(hub) ?? noLiveSessions;
  await app.register(liveSocket, { hub, sessions, limits: deps.live?.limits });
  return hub;
}
