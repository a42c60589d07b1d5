// Turns a report section's blocks into DOCX paragraphs and tables: headings (listed in the
// contents), running text, bullets, key-value lists, tables, charts as pictures with a numbered
// caption, page breaks and shaded note boxes.

import type { ReportBlock, ReportChartBlock } from '@kume/core';
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  LineRuleType,
} from 'docx';
import type { ChartImage } from './chartImage';
import { BULLETS, COLOURS, TEXT_WIDTH } from './reportDocxStyles';
import { reportTable } from './reportTable';
import type { ReportWords } from './reportWords';

export interface BlockContext {
  locale: string;
  words: ReportWords;
  /** The pictures of the document's charts, in the order the charts come. */
  charts: Map<ReportChartBlock, ChartImage>;
  /** Figures numbered so far in the document. */
  figures: number;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** Runs of `text`, a line break where the text has one (a DOCX text run cannot carry it). */
export function textRuns(
  text: string,
  options: { bold?: boolean; color?: string; size?: number } = {},
) {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ ...options, text: line, break: index > 0 ? 1 : 0 }));
}

/** A two-column list: keys in bold grey on the left, values on the right, thin rules between. */
export function keyValueTable(items: { key: string; value: string }[]): Table {
  const keyWidth = Math.round(TEXT_WIDTH * 0.34);
  const widths = [keyWidth, TEXT_WIDTH - keyWidth];
  const cell = (text: string, column: number) =>
    new TableCell({
      width: { size: widths[column] ?? 0, type: WidthType.DXA },
      margins: { top: 50, bottom: 50, left: 0, right: 120 },
      children: [
        new Paragraph({
          spacing: { after: 0 },
          children: textRuns(text, column === 0 ? { bold: true, color: COLOURS.muted } : {}),
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: NONE,
      left: NONE,
      right: NONE,
      insideVertical: NONE,
      bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule },
    },
    rows: items.map(
      (item) =>
        new TableRow({ cantSplit: true, children: [cell(item.key, 0), cell(item.value, 1)] }),
    ),
  });
}

/** A shaded box with an accent bar on the left: a one-cell table, which both Word and LibreOffice pad alike. */
function noteBox(title: string | undefined, text: string): Table {
  const paragraphs = [
    ...(title
      ? [
          new Paragraph({
            spacing: { after: 60 },
            keepNext: true,
            children: textRuns(title, { bold: true }),
          }),
        ]
      : []),
    new Paragraph({ spacing: { after: 0 }, children: textRuns(text) }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: {
      top: NONE,
      bottom: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
      left: { style: BorderStyle.SINGLE, size: 24, color: COLOURS.noticeLine },
    },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            margins: { top: 140, bottom: 140, left: 200, right: 200 },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.noticeFill },
            children: paragraphs,
          }),
        ],
      }),
    ],
  });
}

/** Space after a table or box, which Word otherwise glues to the next paragraph. */
function gap(): Paragraph {
  return new Paragraph({
    spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ text: '', size: 12 })],
  });
}

function chart(block: ReportChartBlock, context: BlockContext): Paragraph[] {
  const image = context.charts.get(block);
  if (!image) throw new Error('A chart block has no picture: render the charts first');
  context.figures += 1;
  const label = context.words.figure(context.figures);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 0 },
      children: [
        new ImageRun({
          type: 'svg',
          data: image.svg,
          fallback: { type: 'png', data: image.png },
          transformation: { width: image.width, height: image.height },
          altText: { name: label, title: label, description: block.caption },
        }),
      ],
    }),
    new Paragraph({
      style: 'Caption',
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(block.caption)],
    }),
  ];
}

/** The DOCX children of one block; `context.figures` counts the charts. */
export function reportBlockChildren(
  block: ReportBlock,
  context: BlockContext,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2,
          children: textRuns(block.text),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.text) })];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: textRuns(item) }),
      );
    case 'keyValues':
      return block.items.length === 0 ? [] : [keyValueTable(block.items), gap()];
    case 'table':
      return [reportTable(block.columns, block.rows, context.locale), gap()];
    case 'chart':
      return chart(block, context);
    case 'pageBreak':
      return [new Paragraph({ spacing: { after: 0 }, children: [new PageBreak()] })];
    case 'note':
      return [noteBox(block.title, block.text), gap()];
  }
}
