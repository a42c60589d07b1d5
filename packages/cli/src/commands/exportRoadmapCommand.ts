// `kume export roadmap` and `kume export report`: the roadmap document or the whole project report
// as a DOCX or PDF file, made by the server's own code (the same file as the documents page's).

import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { isoDateOf } from '@kume/core';
import { openFromFlags, type DatabaseFlags } from '../databaseOptions';
import { UsageError } from '../usageError';

export interface ExportRoadmapFlags {
  lang?: string;
  format?: string;
}

const LANGUAGES = ['tr', 'en'] as const;
const FORMATS = ['docx', 'pdf'] as const;
type Language = (typeof LANGUAGES)[number];
type Format = (typeof FORMATS)[number];

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/** The format asked for, else the --out file's extension when it names one, else docx. */
function formatOf(format: string | undefined, out: string): Format {
  if (format === undefined) {
    const extension = extname(out).slice(1).toLowerCase();
    return isOneOf(FORMATS, extension) ? extension : 'docx';
  }
  if (!isOneOf(FORMATS, format))
    throw new UsageError(`--format: "${format}" is not a document format (docx or pdf)`);
  return format;
}

/** The language asked for; undefined when none is (the project's first language is used). */
function languageOf(lang: string | undefined): Language | undefined {
  if (lang !== undefined && !isOneOf(LANGUAGES, lang))
    throw new UsageError(`--lang: "${lang}" is not a document language (tr or en)`);
  return lang;
}

/**
 * Writes the roadmap document (kind `roadmap`) or the project report (kind `report`) of
 * --project in --lang to --out, dated today, and says what it wrote. Bad flags, an unknown
 * project and a PDF without LibreOffice are usage errors (exit 2).
 */
export async function exportRoadmap(
  kind: 'roadmap' | 'report',
  flags: DatabaseFlags & ExportRoadmapFlags & { project: string; out?: string },
): Promise<void> {
  if (!flags.out) throw new UsageError(`--out: give the file to write, e.g. --out ${kind}.docx`);
  const out = flags.out;
  const format = formatOf(flags.format, out);
  const asked = languageOf(flags.lang);
  const { findProjectBySlug } = await import('@kume/db');
  const { createStatisticsCaches, documentFile } = await import('@kume/server');
  const { PdfUnavailableError } = await import('@kume/io');
  const database = await openFromFlags(flags);
  try {
    const project = await findProjectBySlug(database.db, flags.project);
    if (!project) throw new UsageError(`--project: no project has the slug "${flags.project}"`);
    const language =
      asked ?? project.languages.find((l): l is Language => isOneOf(LANGUAGES, l)) ?? 'tr';
    const started = performance.now();
    let file;
    try {
      file = await documentFile(database.db, createStatisticsCaches(), project, {
        kind,
        language,
        format,
        today: isoDateOf(new Date()),
      });
    } catch (error) {
      if (error instanceof PdfUnavailableError)
        throw new UsageError(`--format pdf: ${error.message}; or write --format docx`);
      throw error;
    }
    writeFileSync(out, file.buffer);
    const what = kind === 'roadmap' ? 'the roadmap' : 'the project report';
    console.log(
      `Wrote ${out}: ${what} of "${project.name}" in ${language === 'tr' ? 'Turkish' : 'English'}, ${file.sectionCount} sections, ${format.toUpperCase()}, ${Math.round(file.buffer.length / 1024)} KB in ${Math.round(performance.now() - started)} ms.`,
    );
  } finally {
    await database.close();
  }
}
