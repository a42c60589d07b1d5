// `kume workshop ahp`: a facilitator's pairwise comparison spreadsheet in, AHP weights and
// consistency out. Only the options live here; the action loads its module when it runs.

import { type Command, Option } from 'commander';

export interface WorkshopAhpFlags {
  matrix: string;
  format: 'json' | 'csv';
  out?: string;
}

export function workshopCommand(program: Command) {
  const workshop = program
    .command('workshop')
    .description('Workshop tools for facilitators: the analysis behind a round, from a file');

  workshop
    .command('ahp')
    .summary('AHP weights and consistency ratio from a square matrix of pairwise judgements')
    .description(
      "Weights of the criteria (the principal eigenvector, summing to 1), lambda max, consistency index and Saaty's consistency ratio, from a square matrix of pairwise judgements on Saaty's 1-9 scale. Above a ratio of 0.10 a warning names the most inconsistent judgement. JSON: weights (criterion -> weight, in the file's order), lambda_max, consistency_index, consistency_ratio (null beyond 15 criteria), and most_inconsistent and warning when the ratio is above 0.10. CSV: criterion,weight rows, a blank line, then one name,value line each for lambda_max, consistency_index, consistency_ratio (and most_inconsistent, warning).",
    )
    .requiredOption(
      '--matrix <file>',
      'CSV or XLSX: the first row names the criteria after its first cell, each row starts with the same names in the same order; cells are numbers (0,5 or 0.5) or fractions like 1/3; blank cells below the diagonal take the reciprocal of their mirror',
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'),
    )
    .option('--out <file>', 'file to write (default: standard output)')
    .action(async (flags: WorkshopAhpFlags) => {
      const { workshopAhpCommand } = await import('./workshopAhpCommand');
      await workshopAhpCommand(flags);
    });

  for (const command of [workshop, ...workshop.commands]) command.exitOverride();
}
