// What every route can reach: the database, the settings and the clock.

import type { Database, Db, UserRow } from '@kume/db';
import type { ServerConfig } from './config';

export interface AppDeps {
  database: Database;
  config: Pick<ServerConfig, 'publicUrl' | 'secureCookies' | 'webDir'>;
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
