// Makes a project's roadmap document or whole project report as a file: builds the report
// document (core roadmapDocument, or D2's projectReportDocument), writes the DOCX (io) and, for
// PDF, converts it with LibreOffice. The document routes and `kume export roadmap|report` call it.

import { roadmapDocument, type IsoDate, type ReportLanguage } from '@kume/core';
import type { Db, ProjectRow } from '@kume/db';
import { convertToPdf, findSoffice, PdfUnavailableError } from '@kume/io';
import { projectReportDocument } from '../report/projectReport';
import type { StatisticsCaches } from '../statistics/clusterAnalysis';
import { writeReportDocxOffThread } from '../workers/reportDocxThread';
import { roadmapDocumentInput } from './roadmapDocumentInput';

export const DOCUMENT_KINDS = ['roadmap', 'report'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const DOCUMENT_MEDIA_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface DocumentRequest {
  kind: DocumentKind;
  language: ReportLanguage;
  format: DocumentFormat;
  /** The document's day: on the title page, and the day the indicators' health is judged on. */
  today: IsoDate;
}

export interface DocumentFile {
  buffer: Buffer;
  /** `<slug>-roadmap-<lang>.docx`, `<slug>-report-<lang>.pdf`. */
  fileName: string;
  mediaType: string;
  /** Sections of the document (each starts a page). */
  sectionCount: number;
}

/**
 * The roadmap document or the project report of `project` as a DOCX or PDF file. A PDF without
 * LibreOffice throws io's PdfUnavailableError (the route answers 503, the command line exits 2).
 */
export async function documentFile(
  db: Db,
  caches: StatisticsCaches,
  project: ProjectRow,
  { kind, language, format, today }: DocumentRequest,
): Promise<DocumentFile> {
  // Say so before the document is built, not after.
  if (format === 'pdf' && (await findSoffice()) === null) throw new PdfUnavailableError();
  const document =
    kind === 'roadmap'
      ? roadmapDocument(await roadmapDocumentInput(db, project, today), language)
      : await projectReportDocument(db, caches, project, language, today);
  const docx = await writeReportDocxOffThread(document);
  // LibreOffice writes numbers it formats itself (fields, charts) in the locale's convention.
  const locale = language === 'tr' ? 'tr-TR' : 'en-GB';
  const buffer = format === 'pdf' ? await convertToPdf(docx, 'docx', { locale }) : docx;
  return {
    buffer,
    fileName: `${project.slug}-${kind}-${language}.${format}`,
    mediaType: DOCUMENT_MEDIA_TYPES[format],
    sectionCount: document.sections.length,
  };
}
