// Writes a report document (the roadmap, the project report) as DOCX with `docx`: a title page, a
// table of contents over the level-1 and level-2 headings, each section on a new page, the project
// in the header and page numbers in the footer. Word updates the contents when it opens the file;
// LibreOffice shows the entries written with their page numbers, worked out on writing.

import type { ReportChartBlock, ReportDocument } from '@kume/core';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TableOfContents,
  TabStopType,
  TextRun,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { chartImage, type ChartImage } from './chartImage';
import { truncateText } from './chartText';
import { reportBlockChildren, textRuns, type BlockContext } from './reportBlocks';
import {
  COLOURS,
  CONTENTS_HEADING,
  PAGE,
  REPORT_NUMBERING,
  reportStyles,
  SIZES,
  TEXT_WIDTH,
} from './reportDocxStyles';
import { reportTitlePage } from './reportTitlePage';
import { REPORT_WORDS, type ReportWords } from './reportWords';
import { xmlSafeReport } from './xmlSafeReport';

/**
 * The chart pictures. resvg renders on libuv's thread pool, so two at a time use two cores while
 * the event loop stays free; more would only queue behind them on a small machine.
 */
async function chartImages(
  document: ReportDocument,
  words: ReportWords,
): Promise<Map<ReportChartBlock, ChartImage>> {
  const blocks = document.sections.flatMap((section) =>
    section.blocks.filter((block): block is ReportChartBlock => block.kind === 'chart'),
  );
  const images = new Map<ReportChartBlock, ChartImage>();
  let next = 0;
  const worker = async () => {
    while (next < blocks.length) {
      const block = blocks[next++] as ReportChartBlock;
      images.set(block, await chartImage(block, { locale: words.locale, noData: words.noData }));
    }
  };
  await Promise.all([worker(), worker()]);
  return images;
}

function header(document: ReportDocument): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { after: 0 },
        border: { bottom: { style: 'single', size: 4, color: COLOURS.rule, space: 4 } },
        children: textRuns(document.meta.project, { size: SIZES.small, color: COLOURS.muted }),
      }),
    ],
  });
}

/** The title (cut to one line) on the left, "Page 2 of 9" on the right. */
function footer(document: ReportDocument, words: ReportWords): Footer {
  const small = { size: SIZES.small, color: COLOURS.muted };
  return new Footer({
    children: [
      new Paragraph({
        spacing: { after: 0 },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ ...small, text: truncateText(document.title, 420, 11.5) }),
          new TextRun({ ...small, children: ['\t', words.page, PageNumber.CURRENT] }),
          new TextRun({ ...small, children: [words.of, PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

function contents(words: ReportWords): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: CONTENTS_HEADING, pageBreakBefore: true, text: words.contents }),
    new TableOfContents(words.contents, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

/** The docx Document of the (XML-safe) report; `pageNumbers` writes the contents' page numbers. */
function reportFile(
  safe: ReportDocument,
  words: ReportWords,
  charts: Map<ReportChartBlock, ChartImage>,
  pageNumbers: boolean,
): Document {
  const context: BlockContext = { locale: words.locale, words, charts, figures: 0 };
  const body: (Paragraph | Table | TableOfContents)[] = [
    ...reportTitlePage(safe, words),
    ...contents(words),
  ];
  for (const section of safe.sections) {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: textRuns(section.title),
      }),
    );
    for (const block of section.blocks) body.push(...reportBlockChildren(block, context));
  }
  // The title page has a header and footer of its own, empty; the page estimator needs a
  // paragraph in each.
  const empty = () => [new Paragraph({})];
  return new Document({
    creator: 'Kume',
    title: safe.title,
    subject: safe.subtitle,
    description: `${safe.meta.project}, ${safe.meta.region}`,
    features: { updateFields: true },
    ...(pageNumbers ? { pageNumbers: estimatePageNumbers } : {}),
    styles: reportStyles(words.locale),
    numbering: REPORT_NUMBERING,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              header: PAGE.headerFooter,
              footer: PAGE.headerFooter,
            },
          },
        },
        headers: { default: header(safe), first: new Header({ children: empty() }) },
        footers: { default: footer(safe, words), first: new Footer({ children: empty() }) },
        children: body,
      },
    ],
  });
}

/**
 * The DOCX file of `document` in its language. Every string is made XML-safe first; markup in
 * the text stays text. Charts are drawn as SVG pictures with a PNG for applications without SVG.
 * The contents' page numbers are worked out by laying the pages out as Word would (docx/layout,
 * Arial's widths, which Liberation Sans shares); should that fail, the file is written without
 * them, and Word fills them in when it updates the fields on opening.
 */
export async function writeReportDocx(
  document: ReportDocument,
  options: {
    /**
     * false: the contents are written without page numbers (Word fills them in on opening;
     * LibreOffice leaves them blank). The estimate is most of the writing time.
     */
    pageNumbers?: boolean;
  } = {},
): Promise<Buffer> {
  const safe = xmlSafeReport(document);
  const words = REPORT_WORDS[safe.language];
  const charts = await chartImages(safe, words);
  if (options.pageNumbers === false) return Packer.toBuffer(reportFile(safe, words, charts, false));
  try {
    return await Packer.toBuffer(reportFile(safe, words, charts, true));
  } catch {
    return Packer.toBuffer(reportFile(safe, words, charts, false));
  }
}
