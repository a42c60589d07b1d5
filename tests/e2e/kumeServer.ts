// A real Kume server for end-to-end tests: its own data folder, a free port, the built web app.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromEnv, startServer, type RunningServer } from '@kume/server';

export interface E2eServer {
  server: RunningServer;
  url: string;
  setupToken: string;
  close(): Promise<void>;
}

export async function startE2eServer(): Promise<E2eServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kume-e2e-'));
  const server = await startServer(
    configFromEnv({}, { port: 0, dataDir, logLevel: 'warn' }),
    () => undefined,
  );
  if (!server.setupToken) throw new Error('a new installation must print a setup link');
  return {
    server,
    url: server.url,
    setupToken: server.setupToken,
    close: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
