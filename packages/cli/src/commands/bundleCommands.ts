// `kume export` and `kume import`: a whole project as one JSON bundle.

import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { describeIssues, projectBundleSchema } from '@kume/core';
import {
  exportBundle,
  findProjectBySlug,
  findUserByEmail,
  firstAdministrator,
  importBundle,
} from '@kume/db';
import { openFromFlags, withDatabaseOptions, type DatabaseFlags } from '../databaseOptions';
import { UsageError } from '../usageError';

/** Line and column of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

const endOfInput = 'Unexpected end of JSON input';

/**
 * Where JSON.parse failed. V8 reports a position for most errors but not for an unexpected token
 * or the end of input: then the error is at the end of the shortest prefix that fails with
 * something other than running out of input (prefixes before the error only run out).
 */
function jsonErrorOffset(text: string, message: string): number {
  const reported = /at position (\d+)/.exec(message);
  if (reported) return Number(reported[1]);
  if (message.startsWith(endOfInput)) return text.length;
  const failsWithin = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const m = (error as Error).message;
      const position = /at position (\d+)/.exec(m);
      return position ? Number(position[1]) < length : !m.startsWith(endOfInput);
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (failsWithin(middle)) high = middle;
    else low = middle + 1;
  }
  return Math.max(0, low - 1);
}

export function parseBundleText(text: string, file: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const { line, column } = lineAndColumn(text, jsonErrorOffset(text, message));
    // V8 quotes the text around an unexpected token; the line and column say where it is.
    const reason = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, (?:\.\.\.)?".*$/s, '');
    throw new UsageError(`${file}:${line}:${column}: not valid JSON (${reason})`);
  }
  const parsed = projectBundleSchema.safeParse(json);
  if (!parsed.success) {
    const lines = describeIssues(parsed.error.issues);
    throw new UsageError(
      `${file}: not a Kume project bundle:\n${lines
        .slice(0, 20)
        .map((l) => `  ${l}`)
        .join('\n')}${lines.length > 20 ? `\n  ... and ${lines.length - 20} more` : ''}`,
    );
  }
  return parsed.data;
}

export function bundleCommands(program: Command) {
  withDatabaseOptions(
    program
      .command('export')
      .description(
        'Write a whole project (organisations, contacts, visits, follow-ups, commitments, decisions) as one JSON bundle',
      )
      .requiredOption(
        '--project <slug>',
        'the project, by its slug (the sample project is "sample")',
      )
      .option('--out <file>', 'file to write (default: standard output)'),
  ).action(async (flags: DatabaseFlags & { project: string; out?: string }) => {
    const database = await openFromFlags(flags);
    try {
      const project = await findProjectBySlug(database.db, flags.project);
      if (!project) throw new UsageError(`--project: no project has the slug "${flags.project}"`);
      const text = `${JSON.stringify(await exportBundle(database.db, project, new Date()), null, 2)}\n`;
      if (flags.out) {
        writeFileSync(flags.out, text);
        console.error(`Wrote ${flags.out}.`);
      } else process.stdout.write(text);
    } finally {
      await database.close();
    }
  });

  withDatabaseOptions(
    program
      .command('import')
      .description(
        'Create a new project from a JSON bundle written by "kume export"; nothing is written if the bundle has an error',
      )
      .argument('<file>', 'the bundle (.json)')
      .option('--slug <slug>', 'slug of the new project (default: from the bundle, made unique)')
      .option('--owner <email>', 'owner of the new project (default: the first administrator)'),
  ).action(async (file: string, flags: DatabaseFlags & { slug?: string; owner?: string }) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(
        `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    const bundle = parseBundleText(text, file);
    if (flags.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(flags.slug))
      throw new UsageError(`--slug: "${flags.slug}" must be lower-case letters, digits and dashes`);
    const database = await openFromFlags(flags);
    try {
      const owner = flags.owner
        ? await findUserByEmail(database.db, flags.owner)
        : await firstAdministrator(database.db);
      if (flags.owner && !owner)
        throw new UsageError(`--owner: no account has the email "${flags.owner}"`);
      if (flags.slug && (await findProjectBySlug(database.db, flags.slug)))
        throw new UsageError(`--slug: a project with the slug "${flags.slug}" exists already`);
      const result = await importBundle(database.db, bundle, {
        owner: owner ? { id: owner.id, email: owner.email } : null,
        ...(flags.slug ? { slug: flags.slug } : {}),
      });
      const c = result.counts;
      console.log(
        `Imported "${result.project.name}" as project ${result.project.slug}: ${c.organisations} organisations, ${c.contacts} contacts, ${c.visits} visits, ${c.followUps} follow-ups, ${c.commitments} commitments, ${c.decisions} decisions.`,
      );
      for (const warning of result.warnings) console.warn(`warning: ${warning}`);
      if (!owner) console.log('No account exists yet: the first administrator will own it.');
    } finally {
      await database.close();
    }
  });
}
