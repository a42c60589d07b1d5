// `kume serve`: run the web app and API.

import type { Command } from 'commander';
import { UsageError } from '../usageError';
import { withDatabaseOptions, type DatabaseFlags } from '../databaseOptions';

export function serveCommand(program: Command) {
  withDatabaseOptions(
    program
      .command('serve')
      .description(
        'Serve Kume at http://127.0.0.1:8080 (creates the sample project on a new installation and prints the first-run setup link)',
      )
      .option('--port <port>', 'port to listen on (default: $PORT or 8080)')
      .option(
        '--host <host>',
        'address to listen on (default: $HOST or 127.0.0.1; 0.0.0.0 for every interface)',
      )
      .option('--no-sample', 'do not create the sample project'),
  ).action(async (flags: DatabaseFlags & { port?: string; host?: string; sample: boolean }) => {
    // Loaded here, not at the top: registering the command must not load the server.
    const { configFromEnv, startServer, stopOnSignals } = await import('@kume/server');
    const port = flags.port === undefined ? undefined : Number(flags.port);
    if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535))
      throw new UsageError(`--port: "${flags.port}" is not a port number`);
    let config;
    try {
      config = configFromEnv(process.env, {
        ...(port === undefined ? {} : { port }),
        ...(flags.host ? { host: flags.host } : {}),
        ...(flags.dataDir ? { dataDir: flags.dataDir } : {}),
        ...(flags.databaseUrl ? { databaseUrl: flags.databaseUrl } : {}),
        ...(flags.sample ? {} : { sample: false }),
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const server = await startServer(config);
    stopOnSignals(server);
    // Keep running until a signal stops the server.
    await new Promise<never>(() => undefined);
  });
}
