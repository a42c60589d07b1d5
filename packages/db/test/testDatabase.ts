// A fresh database for one test file, on the backend the test project names: embedded PGlite
// in memory, or a new database on the PostgreSQL server of KUME_TEST_DATABASE_URL (dropped at
// close). The same suites run on both.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/database';

export type Backend = 'pglite' | 'postgres';

export function testBackend(): Backend {
  return process.env.KUME_TEST_BACKEND === 'postgres' ? 'postgres' : 'pglite';
}

export async function openTestDatabase(): Promise<Database> {
  if (testBackend() === 'pglite') {
    const database = await openDatabase({});
    await database.migrate();
    return database;
  }
  const serverUrl = process.env.KUME_TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('the postgres test project needs KUME_TEST_DATABASE_URL');
  const name = `kume_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
