// `kume export [kind]` and `kume import`: a whole project as one JSON bundle, or (kind `deck`) the
// Information Day presentation, or (kinds `roadmap`, `report`) the roadmap document and the whole
// project report. The database and the writers are loaded inside the actions, so other commands
// do not pay for them.

import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { openFromFlags, withDatabaseOptions, type DatabaseFlags } from '../databaseOptions';
import { UsageError } from '../usageError';
import type { ExportDeckFlags } from './exportDeckCommand';

export type ExportFlags = DatabaseFlags & ExportDeckFlags & { project: string; out?: string };
type ExportOption = 'out' | 'lang' | 'format' | 'event';

/**
 * What `kume export` writes, by kind: the options each takes (others are refused, so a flag meant
 * for another kind is not silently ignored) and how. A new kind (roadmap, report) is one entry.
 */
const EXPORT_KINDS: Record<
  string,
  { options: readonly ExportOption[]; run: (flags: ExportFlags) => Promise<void> }
> = {
  bundle: { options: ['out'], run: exportBundle },
  deck: {
    options: ['out', 'lang', 'format', 'event'],
    run: async (flags) => (await import('./exportDeckCommand')).exportDeck(flags),
  },
  roadmap: {
    options: ['out', 'lang', 'format'],
    run: async (flags) => (await import('./exportRoadmapCommand')).exportRoadmap('roadmap', flags),
  },
  report: {
    options: ['out', 'lang', 'format'],
    run: async (flags) => (await import('./exportRoadmapCommand')).exportRoadmap('report', flags),
  },
};

async function exportBundle(flags: ExportFlags) {
  const { exportBundle: bundleOf, findProjectBySlug } = await import('@kume/db');
  const database = await openFromFlags(flags);
  try {
    const project = await findProjectBySlug(database.db, flags.project);
    if (!project) throw new UsageError(`--project: no project has the slug "${flags.project}"`);
    const text = `${JSON.stringify(await bundleOf(database.db, project, new Date()), null, 2)}\n`;
    if (flags.out) {
      writeFileSync(flags.out, text);
      console.error(`Wrote ${flags.out}.`);
    } else process.stdout.write(text);
  } finally {
    await database.close();
  }
}

export function bundleCommands(program: Command) {
  withDatabaseOptions(
    program
      .command('export')
      .description(
        'Write a project out. bundle (the default): the whole project (organisations, contacts, visits, follow-ups, commitments, decisions) as one JSON bundle. deck: the Information Day presentation as PPTX or PDF. roadmap: the roadmap document as DOCX or PDF. report: the whole project report as DOCX or PDF',
      )
      .argument('[kind]', `what to write: ${Object.keys(EXPORT_KINDS).join(' or ')}`, 'bundle')
      .requiredOption(
        '--project <slug>',
        'the project, by its slug (the sample project is "sample")',
      )
      .option(
        '--out <file>',
        'file to write (bundle: default standard output; deck, roadmap, report: required, e.g. deck.pptx, roadmap.docx)',
      )
      .option(
        '--lang <lang>',
        "deck, roadmap, report: tr or en (default: the project's first language)",
      )
      .option(
        '--format <format>',
        'deck: pptx or pdf (default: from --out, else pptx); roadmap, report: docx or pdf (default: from --out, else docx)',
      )
      .option(
        '--event <id>',
        "deck: the event's id (default: the project's latest event; a deck without one still works)",
      )
      .addHelpText(
        'after',
        '\nExamples:\n  kume export --project sample --out sample.json\n  kume export deck --project sample --lang en --format pdf --out information-day.pdf\n  kume export roadmap --project sample --lang tr --format docx --out roadmap.docx\n  kume export report --project sample --lang en --format pdf --out report.pdf',
      ),
  ).action(async (kind: string, flags: ExportFlags) => {
    const chosen = EXPORT_KINDS[kind];
    if (!chosen)
      throw new UsageError(
        `unknown export "${kind}": choose ${Object.keys(EXPORT_KINDS).join(' or ')}`,
      );
    for (const option of ['out', 'lang', 'format', 'event'] as const)
      if (flags[option] !== undefined && !chosen.options.includes(option))
        throw new UsageError(`--${option} is not an option of "kume export ${kind}"`);
    await chosen.run(flags);
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
    const { parseBundleText } = await import('./parseBundleText');
    const bundle = parseBundleText(text, file);
    if (flags.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(flags.slug))
      throw new UsageError(`--slug: "${flags.slug}" must be lower-case letters, digits and dashes`);
    const { findProjectBySlug, findUserByEmail, firstAdministrator, importBundle } =
      await import('@kume/db');
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
