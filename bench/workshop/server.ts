// The Kume server the workshop bench starts as a child process: the app as `npm start` runs it
// (startServer: migrate, listen; PORT, DATA_DIR, DATABASE_URL apply, no sample project), printing
// "listening PORT SETUP_TOKEN" for run.mjs, which sets Kume up and creates the workshop over REST.

import { configFromEnv, startServer, stopOnSignals } from '@kume/server';

const server = await startServer(
  configFromEnv(process.env, { port: Number(process.env.PORT ?? 0), sample: false }),
  // The console lines a user reads go to stderr: stdout is the bench's channel.
  (line) => process.stderr.write(process.env.WORKSHOP_BENCH_VERBOSE ? `${line}\n` : ''),
);
const address = server.app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
console.log(`listening ${port} ${server.setupToken ?? '-'}`);
stopOnSignals(server, () => undefined);
