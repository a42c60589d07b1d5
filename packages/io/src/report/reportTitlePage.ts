// The report's title page: the logo, the title and subtitle over a short accent bar, and the
// project, region, date and who prepared it.

import type { ReportDocument, ReportLogo } from '@kume/core';
import { ImageRun, LineRuleType, Paragraph, type Table, TextRun } from 'docx';
import { formatReportDate } from './formatReportValue';
import { keyValueTable, textRuns } from './reportBlocks';
import { COLOURS, SIZES, TEXT_WIDTH } from './reportDocxStyles';
import type { ReportWords } from './reportWords';

/** The logo's box on the title page in px: it keeps its aspect ratio inside it. */
const LOGO_BOX = { width: 200, height: 90 };
/** The accent bar under the subtitle, in twips (3 cm). */
const BAR_WIDTH = 1_700;

function logoParagraph(logo: ReportLogo): Paragraph {
  const scale = Math.min(
    LOGO_BOX.width / Math.max(1, logo.width),
    LOGO_BOX.height / Math.max(1, logo.height),
  );
  return new Paragraph({
    spacing: { after: 0 },
    children: [
      new ImageRun({
        type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
        data: Buffer.from(logo.base64, 'base64'),
        transformation: {
          width: Math.max(1, Math.round(logo.width * scale)),
          height: Math.max(1, Math.round(logo.height * scale)),
        },
        altText: { name: 'Logo', title: 'Logo', description: 'Logo' },
      }),
    ],
  });
}

/** The title page's paragraphs and table; the page after it is started by the caller. */
export function reportTitlePage(
  document: ReportDocument,
  words: ReportWords,
): (Paragraph | Table)[] {
  const { meta } = document;
  const facts = [
    { key: words.project, value: meta.project },
    { key: words.region, value: meta.region },
    { key: words.date, value: formatReportDate(meta.date, words.locale) },
    ...(meta.organisation ? [{ key: words.preparedBy, value: meta.organisation }] : []),
  ];
  return [
    ...(document.logo ? [logoParagraph(document.logo)] : []),
    new Paragraph({
      // The title sits about a third down the page, with or without a logo above it.
      spacing: {
        before: document.logo ? 3_400 : 4_800,
        after: 240,
        line: 240,
        lineRule: LineRuleType.AUTO,
      },
      keepNext: true,
      children: textRuns(document.title, { bold: true, size: SIZES.title, color: COLOURS.primary }),
    }),
    new Paragraph({
      spacing: { after: 360, line: 264, lineRule: LineRuleType.AUTO },
      keepNext: true,
      children: textRuns(document.subtitle, { size: SIZES.subtitle, color: COLOURS.muted }),
    }),
    new Paragraph({
      spacing: { after: 1_400 },
      indent: { right: TEXT_WIDTH - BAR_WIDTH },
      border: { bottom: { style: 'single', size: 24, color: COLOURS.accent, space: 1 } },
      children: [new TextRun({ text: '', size: 4 })],
    }),
    keyValueTable(facts),
  ];
}
