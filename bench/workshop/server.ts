// The Kume server the workshop bench starts as a child process: the app with the bench's live
// sessions, on DATABASE_URL or the embedded database in DATA_DIR; prints "listening PORT".

import { openDatabase } from '@kume/db';
import { createApp } from '@kume/server';
import { workshopSessions } from './sessions';

const databaseUrl = process.env.DATABASE_URL || undefined;
const database = await openDatabase({ databaseUrl, dataDir: process.env.DATA_DIR });
await database.migrate();
let hubSessions: Awaited<ReturnType<typeof workshopSessions>> | undefined;
const app = await createApp({
  database,
  config: { publicUrl: 'http://127.0.0.1', secureCookies: false, webDir: undefined, databaseUrl },
  live: {
    // WORKSHOP_BENCH_FANOUT_MS: least time between two state fan-outs (default the server's).
    ...(process.env.WORKSHOP_BENCH_FANOUT_MS
      ? { limits: { fanOutIntervalMs: Number(process.env.WORKSHOP_BENCH_FANOUT_MS) } }
      : {}),
    sessions: (hub) => ({
      // The sessions need an async start (their table); the first open waits for it.
      open: async (code) => {
        hubSessions ??= await workshopSessions(database, hub);
        return hubSessions.open(code);
      },
    }),
  },
});
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
});
