// `kume migrate`: bring the database schema up to date.

import type { Command } from 'commander';
import { openFromFlags, withDatabaseOptions, type DatabaseFlags } from '../databaseOptions';

export function migrateCommand(program: Command) {
  withDatabaseOptions(
    program.command('migrate').description('Apply the database migrations (serve does this too)'),
  ).action(async (flags: DatabaseFlags) => {
    const database = await openFromFlags(flags);
    await database.close();
    console.log(`Database is up to date (${database.kind}: ${database.location}).`);
  });
}
