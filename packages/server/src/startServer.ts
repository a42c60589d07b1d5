// Starts Kume: opens and migrates the database, creates the sample project on a new
// installation, prints the first-run setup link, listens, and shuts down gracefully.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { countUsers, openDatabase, type Database } from '@kume/db';
import { createApp } from './app';
import { ensureSetupToken } from './auth/setupToken';
import type { ServerConfig } from './config';
import { createSampleProject } from './sampleProject';

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  setupToken: string | null;
  stop(): Promise<void>;
}

export async function startServer(
  config: ServerConfig,
  log: (line: string) => void = console.log,
): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  const { db } = database;
  if (config.sample && (await countUsers(db)) === 0) {
    const created = await createSampleProject(db, new Date());
    if (created)
      log(
        `Created the sample project "${created.project.name}" (${created.counts.organisations} organisations, marked as sample data).`,
      );
  }
  const webDir = config.webDir ?? DEFAULT_WEB_DIR;
  if (!existsSync(webDir))
    log(
      `The web app is not built (${webDir} is missing): run "npm run build". The API works without it.`,
    );
  const app = await createApp({
    database,
    config: { ...config, webDir },
    logger: { level: config.logLevel },
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl.replace(/:\d+$/, `:${port}`);
  const setupToken = await ensureSetupToken(db);
  log('');
  log(`Kume is running at ${url}`);
  log(
    `Database: ${database.kind === 'pglite' ? `embedded (${database.location})` : `PostgreSQL (${database.location})`}`,
  );
  if (setupToken) {
    log('');
    log(
      'First run: no account exists yet. Open this one-time link to create the administrator account:',
    );
    log(`  ${url}/setup?token=${setupToken}`);
    log('(A new link is printed at each start until the account exists.)');
  } else {
    log('Sign in with your account.');
  }
  log('');

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      await database.close();
    })();
    return stopping;
  };
  return { app, database, url, setupToken, stop };
}

/** Stops on SIGINT/SIGTERM after the requests in flight are answered. */
export function stopOnSignals(server: RunningServer, log: (line: string) => void = console.log) {
  const onSignal = (signal: string) => {
    log(`${signal}: finishing requests in flight, then stopping.`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
}
