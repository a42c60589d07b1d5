// `kume export roadmap` and `kume export report`: the roadmap document or the whole project report
// as a DOCX or PDF file, made by the server's own code (the same file as the documents page's).

import { writeFileSync } from 'node:fs';
import { isoDateOf } from '@kume/core';
import { openFromFlags, type DatabaseFlags } from '../databaseOptions';
import { UsageError } from '../usageError';
import { exportFormatOf, exportLanguageOf, projectLanguageOf } from './exportFileFlags';

export interface ExportRoadmapFlags {
  lang?: string;
  format?: string;
}

const FORMATS = ['docx', 'pdf'] as const;

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
  const format = exportFormatOf(FORMATS, 'document', flags.format, out);
  const asked = exportLanguageOf('document', flags.lang);
  const { findProjectBySlug } = await import('@kume/db');
  const { createStatisticsCaches, documentFile } = await import('@kume/server');
  const { PdfUnavailableError } = await import('@kume/io');
  const database = await openFromFlags(flags);
  try {
    const project = await findProjectBySlug(database.db, flags.project);
    if (!project) throw new UsageError(`--project: no project has the slug "${flags.project}"`);
    const language = projectLanguageOf(asked, project.languages);
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
