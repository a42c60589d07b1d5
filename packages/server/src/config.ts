// Server settings from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, PUBLIC_URL.

import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  /** Folder of the embedded database (ignored when databaseUrl is set). */
  dataDir: string;
  databaseUrl: string | undefined;
  /** The address people open, for links printed in the console and sent in invitations. */
  publicUrl: string;
  /** Cookies only over HTTPS: on when publicUrl is https. */
  secureCookies: boolean;
  /** Folder of the built web app; the API still works without it. */
  webDir: string | undefined;
  /** Create the sample project on an empty database. */
  sample: boolean;
  /** pino level: info by default, silent in tests (LOG_LEVEL). */
  logLevel: string;
}

export function configFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  const port = overrides.port ?? Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const host = overrides.host ?? env.HOST ?? '127.0.0.1';
  const publicUrl = (
    overrides.publicUrl ??
    env.PUBLIC_URL ??
    `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
  ).replace(/\/$/, '');
  return {
    port,
    host,
    dataDir: resolve(overrides.dataDir ?? env.DATA_DIR ?? 'data'),
    databaseUrl: overrides.databaseUrl ?? (env.DATABASE_URL || undefined),
    publicUrl,
    secureCookies: overrides.secureCookies ?? publicUrl.startsWith('https:'),
    webDir: overrides.webDir,
    sample: overrides.sample ?? env.KUME_SAMPLE !== '0',
    logLevel: overrides.logLevel ?? env.LOG_LEVEL ?? 'info',
  };
}
