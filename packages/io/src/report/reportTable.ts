// A report table in DOCX: a shaded header row repeated on every page, rows that do not break
// across pages, light stripes, widths from the content, numbers in the language's convention and
// right-aligned.

import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  LineRuleType,
} from 'docx';
import { textWidth } from './chartText';
import { decimalsOf, formatTableNumber } from './formatReportValue';
import { COLOURS, SIZES, TEXT_WIDTH } from './reportDocxStyles';
import { tableColumnWidths } from './tableColumnWidths';

/** Twips per px at 96 to the inch; a table's 9 pt text is 12 px. */
const TWIPS_PER_PX = 15;
const TABLE_PX = 12;
/** Bold text is about a tenth wider; a little more keeps a header word from breaking. */
const BOLD = 1.12;
const CELL_MARGIN = { top: 60, bottom: 60, left: 100, right: 100 };
/** No column narrower than 1.6 cm. */
const MIN_COLUMN = 900;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule } as const;

type Cell = string | number;

/** The cell's text: numbers with the column's decimals (the most any of its numbers has, up to 3). */
function cellTexts(rows: Cell[][], columnCount: number, locale: string): string[][] {
  const digits = Array.from({ length: columnCount }, (_, column) =>
    Math.max(
      0,
      ...rows.map((row) => {
        const cell = row[column];
        return typeof cell === 'number' && Number.isFinite(cell) ? decimalsOf(cell) : 0;
      }),
    ),
  );
  return rows.map((row) =>
    Array.from({ length: columnCount }, (_, column) => {
      const cell = row[column];
      if (cell === undefined) return '';
      return typeof cell === 'number' ? formatTableNumber(cell, locale, digits[column] ?? 0) : cell;
    }),
  );
}

/** A column is right-aligned when it has a number and every other cell is a number or empty-ish. */
function numericColumns(rows: Cell[][], columnCount: number): boolean[] {
  return Array.from({ length: columnCount }, (_, column) => {
    const cells = rows.map((row) => row[column]);
    return (
      cells.some((cell) => typeof cell === 'number') &&
      cells.every(
        (cell) => typeof cell === 'number' || cell === undefined || /^[\s–—-]*$/.test(cell),
      )
    );
  });
}

/** Paragraphs of a cell's text, one per line of it. */
function cellParagraphs(text: string, align: 'left' | 'right', header: boolean): Paragraph[] {
  return text.split(/\r\n|\r|\n/).map(
    (line) =>
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0, line: 250, lineRule: LineRuleType.AUTO },
        children: [
          new TextRun({
            text: line,
            size: SIZES.table,
            bold: header,
            color: header ? COLOURS.white : COLOURS.text,
          }),
        ],
      }),
  );
}

/**
 * The table with `columns` as its header. A row shorter than the header is filled with empty
 * cells, a longer one is cut to the header's width. Number cells are written in `locale`.
 */
export function reportTable(columns: string[], rows: Cell[][], locale: string): Table {
  const columnCount = Math.max(1, columns.length);
  const texts = cellTexts(rows, columnCount, locale);
  const header = Array.from({ length: columnCount }, (_, column) => columns[column] ?? '');
  const widths = tableColumnWidths(header, texts, {
    columnCount,
    total: TEXT_WIDTH,
    measure: (text) => textWidth(text, TABLE_PX) * TWIPS_PER_PX,
    measureHeader: (text) => textWidth(text, TABLE_PX) * TWIPS_PER_PX * BOLD,
    padding: CELL_MARGIN.left + CELL_MARGIN.right,
    minimum: MIN_COLUMN,
  });
  const numeric = numericColumns(rows, columnCount);
  const row = (cells: string[], index: number | 'header') =>
    new TableRow({
      tableHeader: index === 'header',
      cantSplit: true,
      children: cells.map(
        (text, column) =>
          new TableCell({
            width: { size: widths[column] ?? MIN_COLUMN, type: WidthType.DXA },
            margins: CELL_MARGIN,
            verticalAlign: index === 'header' ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
            shading:
              index === 'header'
                ? { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.primary }
                : index % 2 === 1
                  ? { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.tableStripe }
                  : undefined,
            children: cellParagraphs(text, numeric[column] ? 'right' : 'left', index === 'header'),
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: RULE,
      bottom: RULE,
      left: NONE,
      right: NONE,
      insideHorizontal: RULE,
      insideVertical: NONE,
    },
    rows: [row(header, 'header'), ...texts.map((cells, index) => row(cells, index))],
  });
}
