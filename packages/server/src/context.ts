// What every route can reach: the database, the settings and the clock.

import type { Database, Db, UserRow } from '@kume/db';
import type { ServerConfig } from './config';
import type { LiveHub } from './live/liveHub';
import type { LiveSessions } from './live/liveSessions';
import type { LiveLimits } from './live/liveSocket';

export interface AppDeps {
  database: Database;
  /** databaseUrl (PostgreSQL) makes the live layer fan out through LISTEN/NOTIFY. */
  config: Pick<ServerConfig, 'publicUrl' | 'secureCookies' | 'webDir'> &
    Partial<Pick<ServerConfig, 'databaseUrl'>>;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** pino options, or false for silence (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Sign-in attempts per email and address per minute. */
  signInRateLimit?: number;
  /**
   * Respondent requests per address per minute: `requests` for reading, saving and submitting,
   * `starts` for starting an answer through a public link. Defaults 300 and 20.
   */
  respondentRateLimit?: { requests: number; starts: number };
  /**
   * The live layer (GET /api/live/:code): the sessions made from the hub (none by default), a hub
   * (default: from the database) and limits for tests.
   */
  live?: {
    sessions?: (hub: LiveHub) => LiveSessions;
    hub?: LiveHub;
    limits?: Partial<LiveLimits>;
  };
}

export interface AppContext {
  db: Db;
  deps: AppDeps;
  now: () => Date;
}

export interface SignedIn {
  user: UserRow;
  sessionId: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    kume: AppContext;
  }
  interface FastifyRequest {
    signedIn: SignedIn | null;
  }
}
