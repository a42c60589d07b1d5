// The options every command that touches the database shares.

import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Database } from '@kume/db';

export interface DatabaseFlags {
  dataDir?: string;
  databaseUrl?: string;
}

export function withDatabaseOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'folder of the embedded database (default: $DATA_DIR or ./data)')
    .option(
      '--database-url <url>',
      'a PostgreSQL server instead: postgres://user:password@host:5432/db (default: $DATABASE_URL)',
    );
}

/** Opens and migrates the database the flags (or the environment) name. */
export async function openFromFlags(flags: DatabaseFlags): Promise<Database> {
  // Loaded on use: commands that need no database (stats) must not load PGlite.
  const { openDatabase } = await import('@kume/db');
  const database = await openDatabase({
    databaseUrl: flags.databaseUrl ?? (process.env.DATABASE_URL || undefined),
    dataDir: resolve(flags.dataDir ?? process.env.DATA_DIR ?? 'data'),
  });
  await database.migrate();
  return database;
}
