// Makes a project's Information Day deck as a file: gathers the input from the database, lays the
// slides out (core buildDeck), writes the PPTX (io) and, for PDF, converts it with LibreOffice.
// The deck route and `kume export deck` both call it.

import { buildDeck, isoDateOf, type DeckLanguage } from '@kume/core';
import type { DeckEventRow, Db, ProjectRow } from '@kume/db';
import { convertToPdf, writeDeckPptx } from '@kume/io';
import type { StatisticsCaches } from '../statistics/clusterAnalysis';
import { gatherDeckInput } from './gatherDeckInput';

export const DECK_FORMATS = ['pptx', 'pdf'] as const;
export type DeckFormat = (typeof DECK_FORMATS)[number];

export const DECK_CONTENT_TYPES: Record<DeckFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
};

export interface DeckFile {
  bytes: Buffer;
  contentType: string;
  /** `<slug>-information-day-<lang>.<format>` */
  fileName: string;
  slideCount: number;
  /** Milliseconds of each step; `convert` is 0 for PPTX. */
  timings: { gather: number; build: number; write: number; convert: number };
}

export interface ProjectDeckRequest {
  project: ProjectRow;
  event: DeckEventRow | null;
  language: DeckLanguage;
  format: DeckFormat;
  /** The clock's instant: the deck is dated its day. */
  now: Date;
}

/**
 * The deck as a file. A PDF without LibreOffice throws io's PdfUnavailableError (the route
 * answers 503, the command line says what to install).
 */
export async function projectDeck(
  db: Db,
  caches: StatisticsCaches,
  { project, event, language, format, now }: ProjectDeckRequest,
): Promise<DeckFile> {
  const started = performance.now();
  const input = await gatherDeckInput(db, caches, {
    project,
    event,
    language,
    today: isoDateOf(now),
  });
  const gathered = performance.now();
  const model = buildDeck(input, language);
  const built = performance.now();
  const pptx = await writeDeckPptx(model);
  const written = performance.now();
  // LibreOffice writes the charts' numbers in the locale's convention (2,87 in Turkish).
  const locale = language === 'tr' ? 'tr-TR' : 'en-GB';
  const bytes = format === 'pdf' ? await convertToPdf(pptx, 'pptx', { locale }) : pptx;
  const converted = performance.now();
  return {
    bytes,
    contentType: DECK_CONTENT_TYPES[format],
    fileName: `${project.slug}-information-day-${language}.${format}`,
    slideCount: model.slides.length,
    timings: {
      gather: gathered - started,
      build: built - gathered,
      write: written - built,
      convert: format === 'pdf' ? converted - written : 0,
    },
  };
}
