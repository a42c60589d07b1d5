// A fresh, empty database for a CLI test, as command-line flags: a temporary --data-dir on
// PGlite, or a new database on the test PostgreSQL server (--database-url), dropped at cleanup.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { testBackend } from '../../db/test/testDatabase';

export interface DatabaseFlags {
  flags: string[];
  cleanup(): Promise<void>;
}

export async function freshDatabaseFlags(): Promise<DatabaseFlags> {
  if (testBackend() === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'kume-cli-'));
    return {
      flags: ['--data-dir', dir],
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const serverUrl = process.env.KUME_TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('the postgres test project needs KUME_TEST_DATABASE_URL');
  const name = `kume_cli_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    flags: ['--database-url', url.toString()],
    cleanup: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
