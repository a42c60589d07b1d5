// Tests of writeReportDocx: the sample document read back in both languages (title page, contents
// with page numbers, headings, tables, charts, header and footer), hostile text kept as text, and
// LibreOffice converting the file to a PDF of several pages.

import type { IsoDate, ReportDocument, ReportLanguage } from '@kume/core';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sampleReportDocument } from '../../../core/src/report/fixtures/sampleReportDocument';
import { convertToPdf, findSoffice } from '../office/convertToPdf';
import { readDocx } from './readDocx';
import { writeReportDocx } from './writeReportDocx';

const hasSoffice = (await findSoffice()) !== null;

/** Pages of a PDF: its /Type /Page objects (not the /Pages tree nodes). */
function pageCount(pdf: Buffer): number {
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

/** The raw XML of the body's table whose text contains `marker`. */
async function tableXml(file: Buffer, marker: string): Promise<string> {
  const xml =
    (await (await JSZip.loadAsync(file)).file('word/document.xml')?.async('string')) ?? '';
  const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].find((match) =>
    match[0].includes(marker),
  );
  return table?.[0] ?? '';
}

const CASES: [ReportLanguage, string[], string[], string][] = [
  [
    'tr',
    ['Küme', 'LQ', 'İstihdam 2023', 'Yıllık büyüme (%)'],
    ['Metal İşleme Teknolojisi', '2,41', '18.420', '4,8'],
    '27 Kasım 2026',
  ],
  [
    'en',
    ['Cluster', 'LQ', 'Employment 2023', 'Growth a year (%)'],
    ['Metalworking Technology', '2.41', '18,420', '4.8'],
    '27 November 2026',
  ],
];

describe('writeReportDocx', () => {
  it.each(CASES)(
    'writes the sample document in %s with its title page, headings, tables, charts and well-formed XML',
    async (language, header, firstRow, date) => {
      const document = sampleReportDocument(language);
      const read = await readDocx(await writeReportDocx(document));
      expect(read.invalidXml).toEqual([]);
      expect(read.headings).toEqual(expectedHeadings(document));
      // The logo's paragraph has no text; the title and subtitle follow it.
      expect(read.paragraphs.filter((text) => text !== '').slice(0, 2)).toEqual([
        document.title,
        document.subtitle,
      ]);
      expect(read.tables[0]?.map(([, value]) => value)).toEqual([
        document.meta.project,
        document.meta.region,
        date,
        document.meta.organisation,
      ]);
      const evidence = read.tables.find((table) => table[0]?.[1] === 'LQ');
      expect(evidence?.[0]).toEqual(header);
      expect(evidence?.[1]).toEqual(firstRow);
      expect(evidence).toHaveLength(7);
      // The logo and three charts.
      expect(read.imageCount).toBe(4);
      const captions = read.paragraphs.filter((text) => /^(Şekil|Figure) \d+: /.test(text));
      expect(captions).toHaveLength(3);
      expect(captions[2]).toMatch(/^(Şekil|Figure) 3: /);
      expect(read.headers.some((text) => text === document.meta.project)).toBe(true);
      expect(read.footers.some((text) => text.includes(document.title))).toBe(true);
    },
    30_000,
  );

  it('writes a table of contents field over heading levels 1-2 with an entry and a page for each', async () => {
    const document = sampleReportDocument('tr');
    const read = await readDocx(await writeReportDocx(document));
    expect(read.tocField).toBe('TOC \\h \\o "1-2"');
    const entries = read.tocEntries.map((entry) => entry.split('\t'));
    expect(entries.map(([text]) => text)).toEqual(
      expectedHeadings(document)
        .filter((heading) => heading.level <= 2)
        .map((heading) => heading.text),
    );
    const pages = entries.map(([, page]) => Number(page));
    // The title page and the contents come first; sections follow in order.
    expect(pages[0]).toBe(3);
    expect(pages.every((page, index) => index === 0 || page >= (pages[index - 1] ?? 0))).toBe(true);
    expect(read.paragraphs).toContain('İçindekiler');
  }, 30_000);

  it('leaves the contents without page numbers when asked (Word fills them in on opening)', async () => {
    const document = sampleReportDocument('en');
    const read = await readDocx(await writeReportDocx(document, { pageNumbers: false }));
    expect(read.tocField).toBe('TOC \\h \\o "1-2"');
    expect(read.tocEntries.length).toBeGreaterThan(0);
    expect(read.tocEntries.some((entry) => /\t\d+$/.test(entry))).toBe(false);
  }, 30_000);

  it('repeats a table header row on every page, keeps rows whole and right-aligns number columns', async () => {
    const file = await writeReportDocx(sampleReportDocument('en'));
    const actions = await tableXml(file, 'A40');
    expect(actions.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*<w:tblHeader\/>/.exec(actions)?.index).toBe(
      actions.indexOf('<w:tr>'),
    );
    expect(actions.match(/<w:cantSplit\/>/g)).toHaveLength(41);
    const evidence = await tableXml(file, 'Metalworking Technology');
    const cells = [...evidence.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((match) => match[0]);
    const right = cells.map((cell) => cell.includes('<w:jc w:val="right"/>'));
    // Header row and first row: the cluster's name on the left, LQ, employment and growth right.
    expect(right.slice(0, 8)).toEqual([false, true, true, true, false, true, true, true]);
  }, 30_000);

  it('keeps hostile text as text: markup, entities, control characters and lone surrogates', async () => {
    const hostile = '<script>alert("x")</script> & <w:t>Partners</w:t> ]]> &amp;';
    const document: ReportDocument = {
      title: `${hostile}\u0001\uFFFF\uD800`,
      subtitle: '"><img src=x onerror=alert(1)>',
      language: 'en',
      meta: {
        project: `Project\u000B ${hostile}`,
        region: 'R\u0000',
        date: '2026-02-30' as IsoDate,
      },
      sections: [
        {
          title: `Section\u0007 ${hostile}`,
          blocks: [
            { kind: 'paragraph', text: 'line one\nline two' },
            { kind: 'bullets', items: [hostile] },
            { kind: 'keyValues', items: [{ key: hostile, value: '\u001Fvalue' }] },
            { kind: 'table', columns: [hostile, 'n'], rows: [[hostile, Number.NaN], ['ok']] },
            {
              kind: 'chart',
              chart: 'bar',
              categories: [hostile, 'b'],
              series: [{ name: hostile, values: [1, Number.POSITIVE_INFINITY] }],
              valueFormat: 'integer',
              caption: hostile,
            },
            { kind: 'note', title: hostile, text: hostile },
          ],
        },
      ],
    };
    const read = await readDocx(await writeReportDocx(document));
    expect(read.invalidXml).toEqual([]);
    expect(read.paragraphs[0]).toBe(hostile);
    expect(read.headings).toEqual([{ level: 1, text: `Section ${hostile}` }]);
    expect(read.headers).toContain(`Project ${hostile}`);
    expect(read.paragraphs).toContain('line one\nline two');
    expect(read.paragraphs).toContain(hostile);
    expect(read.paragraphs).toContain(`Figure 1: ${hostile}`);
    // A date that is no day is written as given; a non-finite number as the missing mark.
    expect(read.tables[0]?.[2]).toEqual(['Date', '2026-02-30']);
    expect(read.tables).toContainEqual([[hostile, 'value']]);
    expect(read.tables).toContainEqual([
      [hostile, 'n'],
      [hostile, '–'],
      ['ok', ''],
    ]);
    expect(read.tables).toContainEqual([[`${hostile}\n${hostile}`]]);
  }, 30_000);

  it('writes a document without sections, logo or organisation: title page and empty contents', async () => {
    const read = await readDocx(
      await writeReportDocx({
        title: 'Yol haritası',
        subtitle: '',
        language: 'tr',
        meta: { project: 'Proje', region: 'Bölge', date: '2026-11-27' as IsoDate },
        sections: [],
      }),
    );
    expect(read.invalidXml).toEqual([]);
    expect(read.headings).toEqual([]);
    expect(read.imageCount).toBe(0);
    expect(read.tocEntries).toEqual([]);
    expect(read.tables).toEqual([
      [
        ['Proje', 'Proje'],
        ['Bölge', 'Bölge'],
        ['Tarih', '27 Kasım 2026'],
      ],
    ]);
  }, 30_000);

  it.runIf(hasSoffice)(
    'is converted to PDF by LibreOffice in both languages, several pages each (needs LibreOffice)',
    async () => {
      for (const language of ['tr', 'en'] as const) {
        const document = sampleReportDocument(language);
        const read = await readDocx(await writeReportDocx(document));
        const pdf = await convertToPdf(await writeReportDocx(document), 'docx', {
          locale: language === 'tr' ? 'tr-TR' : 'en-GB',
        });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const pages = pageCount(pdf);
        expect(pages).toBeGreaterThan(1);
        // The last contents entry points at a page the PDF has.
        const last = Number(read.tocEntries.at(-1)?.split('\t')[1]);
        expect(last).toBeLessThanOrEqual(pages);
      }
    },
    120_000,
  );
});
