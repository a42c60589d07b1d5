// The `kume` command line: serve, migrate, sample, export, import, stats, network, workshop. Exit 0
// on success, 2 on bad input (with a message naming the file, line, column or field), 1 on other
// failures.

import { Command, CommanderError } from 'commander';
import { bundleCommands } from './commands/bundleCommands';
import { migrateCommand } from './commands/migrateCommand';
import { networkCommand } from './commands/networkCommand';
import { sampleCommand } from './commands/sampleCommand';
import { serveCommand } from './commands/serveCommand';
import { statsCommand } from './commands/statsCommand';
import { workshopCommand } from './commands/workshopCommand';
import { UsageError } from './usageError';

export function buildProgram(): Command {
  const program = new Command('kume')
    .description(
      'Kume, the cluster development workbench: from stakeholder visits to a monitored roadmap.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for the options)')
    .exitOverride();
  serveCommand(program);
  migrateCommand(program);
  sampleCommand(program);
  bundleCommands(program);
  statsCommand(program);
  networkCommand(program);
  workshopCommand(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      console.error(`kume: ${error.message}`);
      return 2;
    }
    console.error(error);
    return 1;
  }
}
