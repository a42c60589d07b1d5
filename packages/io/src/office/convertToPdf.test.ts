import { buildDeck } from '@kume/core';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDeckInput, richDeckInput } from '../../../core/src/deck/fixtures/richDeckInput';
import { writeDeckPptx } from '../deck/writeDeckPptx';
import { convertToPdf, findSoffice } from './convertToPdf';
import { PdfUnavailableError } from './pdfUnavailableError';

const hasSoffice = (await findSoffice()) !== null;

/** Pages of a PDF: its /Type /Page objects (not the /Pages tree nodes). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** The conversions' temporary folders (in this test file's own TMPDIR). */
async function ourTempFolders(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('kume-pdf-'));
}

describe('convertToPdf', () => {
  const path = process.env.PATH;
  const tmp = process.env.TMPDIR;
  let privateTmp = '';
  beforeEach(async () => {
    // A TMPDIR of its own, so conversions run by other test files do not show up here.
    privateTmp = await mkdtemp(join(tmpdir(), 'kume-pdf-test-'));
    process.env.TMPDIR = privateTmp;
  });
  afterEach(async () => {
    process.env.PATH = path;
    if (tmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmp;
    await rm(privateTmp, { recursive: true, force: true });
  });

  it('refuses with PdfUnavailableError, naming the packages, when soffice is not on PATH', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'kume-nopath-'));
    process.env.PATH = empty;
    try {
      const error = await convertToPdf(Buffer.from('x'), 'pptx').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PdfUnavailableError);
      expect((error as Error).message).toBe(
        'PDF needs LibreOffice: apt-get install libreoffice-impress libreoffice-writer',
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it.runIf(hasSoffice)(
    'converts decks called in parallel, one page per slide, leaving no temporary folder (needs LibreOffice)',
    async () => {
      const rich = buildDeck(richDeckInput('tr'), 'tr');
      const empty = buildDeck(emptyDeckInput(), 'en');
      const [richPdf, emptyPdf] = await Promise.all([
        convertToPdf(await writeDeckPptx(rich), 'pptx', { locale: 'tr-TR' }),
        convertToPdf(await writeDeckPptx(empty), 'pptx'),
      ]);
      expect(richPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(richPdf)).toBe(rich.slides.length);
      expect(pageCount(emptyPdf)).toBe(empty.slides.length);
      expect(await ourTempFolders()).toEqual([]);
    },
    120_000,
  );

  it.runIf(hasSoffice)(
    'stops LibreOffice when it takes longer than the timeout, says so and cleans up (needs LibreOffice)',
    async () => {
      const file = await writeDeckPptx(buildDeck(richDeckInput('en'), 'en'));
      await expect(convertToPdf(file, 'pptx', { timeoutMs: 50 })).rejects.toThrow(
        /within 50 ms and was stopped/,
      );
      expect(await ourTempFolders()).toEqual([]);
    },
    60_000,
  );

  it.runIf(hasSoffice)(
    'reports what LibreOffice said when it cannot convert the file (needs LibreOffice)',
    async () => {
      await expect(convertToPdf(Buffer.from('PK\u0003\u0004 not a zip'), 'docx')).rejects.toThrow(
        /LibreOffice could not convert the DOCX file to PDF/,
      );
    },
    60_000,
  );
});
