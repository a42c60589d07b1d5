// `npm test`: every test. Builds the web app for the Chromium suite, and when no
// KUME_TEST_DATABASE_URL is given but PostgreSQL is installed, runs a throwaway PostgreSQL
// server for the postgres suite and stops it afterwards. Arguments go to vitest.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { ensureWebBuilt } from './ensureWebBuilt.mjs';

const root = new URL('..', import.meta.url).pathname;
const script = `${root}scripts/postgres.sh`;
ensureWebBuilt();

let pgDir;
const env = { ...process.env };
const postgresInstalled =
  existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').length > 0;
if (!env.KUME_TEST_DATABASE_URL && postgresInstalled) {
  const port = String(55_000 + Math.floor(Math.random() * 1_000));
  try {
    const out = execFileSync('bash', [script, 'start', port], { encoding: 'utf8' });
    for (const line of out.trim().split('\n')) {
      const [key, ...value] = line.split('=');
      if (key === 'KUME_PG_DIR') pgDir = value.join('=');
      if (key === 'KUME_TEST_DATABASE_URL') env.KUME_TEST_DATABASE_URL = value.join('=');
    }
    console.log(
      `Started a throwaway PostgreSQL server for the tests: ${env.KUME_TEST_DATABASE_URL}`,
    );
  } catch (error) {
    console.warn(
      `Could not start PostgreSQL (${error.message.split('\n')[0]}); its suite is skipped.`,
    );
  }
}

const stop = () => {
  if (pgDir) execFileSync('bash', [script, 'stop', pgDir]);
  pgDir = undefined;
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: 'inherit',
});
stop();
process.exit(result.status ?? 1);
