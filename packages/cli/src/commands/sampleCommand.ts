// `kume sample`: create (or recreate) the sample project, slug `sample`.

import type { Command } from 'commander';
import { openFromFlags, withDatabaseOptions, type DatabaseFlags } from '../databaseOptions';

export function sampleCommand(program: Command) {
  withDatabaseOptions(
    program
      .command('sample')
      .description(
        'Create the sample project (an İzmir machinery, metal and casting cluster, marked as sample data) with the slug "sample"',
      )
      .option(
        '--reset',
        'delete the sample project first and create it anew (its members keep their roles)',
      ),
  ).action(async (flags: DatabaseFlags & { reset?: boolean }) => {
    // Loaded here, not at the top: registering the command must not load the server.
    const { findProjectBySlug } = await import('@kume/db');
    const { createSampleProject } = await import('@kume/server');
    const database = await openFromFlags(flags);
    try {
      const result = await createSampleProject(database.db, new Date(), {
        reset: flags.reset === true,
      });
      if (!result) {
        const existing = await findProjectBySlug(database.db, 'sample');
        console.log(
          `The sample project exists already ("${existing?.name}"); use --reset to recreate it.`,
        );
        return;
      }
      const c = result.counts;
      console.log(
        `Created "${result.project.name}" (slug sample): ${c.organisations} organisations, ${c.contacts} contacts, ${c.visits} visits, ${c.commitments} commitment assessments.`,
      );
    } finally {
      await database.close();
    }
  });
}
