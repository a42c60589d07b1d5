// `kume export deck`: the Information Day presentation of a project as a PPTX or PDF file, made
// by the server's own code (the same file as the deck page's download).

import { writeFileSync } from 'node:fs';
import { openFromFlags, type DatabaseFlags } from '../databaseOptions';
import { UsageError } from '../usageError';
import { exportFormatOf, exportLanguageOf, projectLanguageOf } from './exportFileFlags';

export interface ExportDeckFlags {
  lang?: string;
  format?: string;
  event?: string;
}

const FORMATS = ['pptx', 'pdf'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Writes the deck of --project for --event (default: the project's latest event; none is fine) in
 * --lang to --out, and says what it wrote and how long each step took. Bad flags, an unknown
 * project or event, and a PDF without LibreOffice are usage errors (exit 2).
 */
export async function exportDeck(
  flags: DatabaseFlags & ExportDeckFlags & { project: string; out?: string },
): Promise<void> {
  if (!flags.out) throw new UsageError('--out: give the file to write, e.g. --out deck.pptx');
  const out = flags.out;
  const format = exportFormatOf(FORMATS, 'deck', flags.format, out);
  const asked = exportLanguageOf('deck', flags.lang);
  if (flags.event !== undefined && !UUID.test(flags.event))
    throw new UsageError(`--event: "${flags.event}" is not an event id`);
  const { findDeckEvent, findProjectBySlug, latestDeckEvent } = await import('@kume/db');
  const { createStatisticsCaches, projectDeck } = await import('@kume/server');
  const { PdfUnavailableError } = await import('@kume/io');
  const database = await openFromFlags(flags);
  try {
    const project = await findProjectBySlug(database.db, flags.project);
    if (!project) throw new UsageError(`--project: no project has the slug "${flags.project}"`);
    const event = flags.event
      ? await findDeckEvent(database.db, project.id, flags.event)
      : await latestDeckEvent(database.db, project.id);
    if (flags.event && !event)
      throw new UsageError(`--event: project "${project.slug}" has no event ${flags.event}`);
    const language = projectLanguageOf(asked, project.languages);
    let deck;
    try {
      deck = await projectDeck(database.db, createStatisticsCaches(), {
        project,
        event: event ?? null,
        language,
        format,
        now: new Date(),
      });
    } catch (error) {
      if (error instanceof PdfUnavailableError)
        throw new UsageError(`--format pdf: ${error.message}; or write --format pptx`);
      throw error;
    }
    writeFileSync(out, deck.bytes);
    const ms = (value: number) => `${Math.round(value)} ms`;
    const { gather, build, write, convert } = deck.timings;
    console.log(
      `Wrote ${out}: ${deck.slideCount} slides in ${language === 'tr' ? 'Turkish' : 'English'}${event ? ` for "${event.title}" (${event.eventDate})` : ', without an event'}; gather ${ms(gather)}, build ${ms(build)}, write ${ms(write)}${format === 'pdf' ? `, PDF ${ms(convert)}` : ''}.`,
    );
  } finally {
    await database.close();
  }
}
