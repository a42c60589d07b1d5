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
  const { url, drop } = await freshPostgresDatabase();
  const database = await openDatabase({ databaseUrl: url });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await drop();
    },
  };
}

/** A new, empty database on the test PostgreSQL server, and how to drop it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.KUME_TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('the postgres test project needs KUME_TEST_DATABASE_URL');
  const name = `kume_test_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
