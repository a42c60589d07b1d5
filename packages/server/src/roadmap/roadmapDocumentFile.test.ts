// The roadmap document written as DOCX from the İzmir fixture and read back (headings in order, the
// action plan table, an indicator's latest value, charts and logo) in Turkish and English; hostile
// text kept as text; and LibreOffice converting it to a PDF of many pages.

import { describe, expect, it } from 'vitest';
import {
  roadmapDocument,
  type ReportDocument,
  type ReportLanguage,
  type RoadmapDocumentInput,
} from '@kume/core';
import { convertToPdf, findSoffice, readDocx, writeReportDocx } from '@kume/io';
import { sampleRoadmapDocumentInput } from '../../../core/src/report/fixtures/sampleRoadmapDocumentInput';

const hasSoffice = (await findSoffice()) !== null;

/** Pages of a PDF: its /Type /Page objects (not the /Pages tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** The headings the document asks for, levels included, in order. */
function expectedHeadings(document: ReportDocument) {
  return document.sections.flatMap((section) => [
    { level: 1, text: section.title },
    ...section.blocks.flatMap((block) =>
      block.kind === 'heading' ? [{ level: block.level ?? 2, text: block.text }] : [],
    ),
  ]);
}

const CASES: [ReportLanguage, string[], string[], string][] = [
  [
    'tr',
    ['No', 'Eylem', 'Katman', 'Sorumlu', 'Dönem, başlangıç – bitiş', 'Bütçe (bin TL)', 'Durum'],
    ['Eğitimi tamamlayan çalışan', 'kişi', '0', '120', '31.12.2027', '88', '15.11.2027'],
    '18.500',
  ],
  [
    'en',
    ['No', 'Action', 'Layer', 'Owner', 'Term, start – end', 'Budget (thousand TRY)', 'Status'],
    ['Eğitimi tamamlayan çalışan', 'kişi', '0', '120', '31 Dec 2027', '88', '15 Nov 2027'],
    '18,500',
  ],
];

describe('the roadmap document as DOCX', () => {
  it.each(CASES)(
    'is read back in %s: headings in order, the action plan with every action, an indicator value',
    async (language, overviewHeader, trainingRow, firstBudget) => {
      const input = sampleRoadmapDocumentInput();
      const document = roadmapDocument(input, language);
      const read = await readDocx(await writeReportDocx(document));
      expect(read.invalidXml).toEqual([]);
      expect(read.headings).toEqual(expectedHeadings(document));
      expect(read.headings.filter((h) => h.level === 1)).toHaveLength(13);
      const overview = read.tables.find((table) => table[0]?.[1] === overviewHeader[1]);
      expect(overview?.[0]).toEqual(overviewHeader);
      expect(overview?.slice(1).map((row) => row[1])).toEqual(input.actions.map((a) => a.title));
      expect(overview?.[1]?.[5]).toBe(firstBudget);
      expect(
        read.tables.some((table) => table.some((row) => row.join('|') === trainingRow.join('|'))),
      ).toBe(true);
      // The logo and the charts: LQ, factors, skills, three budgets, eight indicators, the
      // self-assessment and the network's density.
      expect(read.imageCount).toBe(1 + 16);
      expect(read.headers).toContain('İzmir Makine ve Döküm Kümesi');
    },
    60_000,
  );

  it('keeps hostile text as text: markup, entities, formulas and control characters', async () => {
    const input = sampleRoadmapDocumentInput();
    const hostile = '<script>alert("x")</script> & =1+1 <w:t>x</w:t>';
    const withHostile: RoadmapDocumentInput = {
      ...input,
      project: { ...input.project, name: `${hostile}\u0007` },
      actions: input.actions.map((action, index) =>
        index === 0
          ? {
              ...action,
              title: `${hostile}\u0001`,
              objective: `${hostile}\u000B`,
              ownerName: hostile,
              fundingSource: hostile,
            }
          : action,
      ),
    };
    const read = await readDocx(await writeReportDocx(roadmapDocument(withHostile, 'en')));
    expect(read.invalidXml).toEqual([]);
    expect(read.headers).toContain(hostile);
    expect(read.headings).toContainEqual({ level: 3, text: `A1. ${hostile}` });
    expect(read.paragraphs).toContain(hostile);
    const overview = read.tables.find((table) => table[0]?.[1] === 'Action');
    expect(overview?.[1]?.slice(1, 2)).toEqual([hostile]);
    expect(overview?.[1]?.[3]).toBe(hostile);
  }, 60_000);

  it.runIf(hasSoffice)(
    'is converted to PDF by LibreOffice in both languages without errors, many pages each (needs LibreOffice)',
    async () => {
      for (const language of ['tr', 'en'] as const) {
        const docx = await writeReportDocx(roadmapDocument(sampleRoadmapDocumentInput(), language));
        const pdf = await convertToPdf(docx, 'docx', {
          locale: language === 'tr' ? 'tr-TR' : 'en-GB',
        });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdfPageCount(pdf)).toBeGreaterThan(3);
      }
    },
    180_000,
  );
});
