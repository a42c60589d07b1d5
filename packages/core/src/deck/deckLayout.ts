// The deck's grid (header, content area, footer) and the builders that turn text, figures and
// tables into blocks that fit their frames: section builders place blocks only through these.

import {
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  TEXT_METRICS,
  textInset,
  type DeckFigureBlock,
  type DeckParagraph,
  type DeckTableBlock,
  type DeckTextBlock,
  type DeckTextStyle,
  type Frame,
} from './deckModel';
import { fitText, paragraphsHeight } from './fitText';
import { textWidth, truncateToWidth, wrapText } from './textMetrics';

export const MARGIN_X = 0.6;
/** Where content slides put their blocks: below the header, above the footer. */
export const CONTENT: Frame = { x: MARGIN_X, y: 1.45, w: SLIDE_WIDTH - 2 * MARGIN_X, h: 5.2 };
export const HEADER: Frame = { x: MARGIN_X, y: 0.35, w: SLIDE_WIDTH - 2 * MARGIN_X, h: 0.85 };
export const FOOTER: Frame = { x: MARGIN_X, y: 6.92, w: 10.4, h: 0.34 };
export const SLIDE_NUMBER: Frame = { x: SLIDE_WIDTH - MARGIN_X - 1.2, y: 6.92, w: 1.2, h: 0.34 };
/** The largest box the logo is fitted into, at the header's right end. */
export const LOGO_BOX = { w: 1.7, h: 0.75 };
export const GAP = 0.3;

/** Font sizes (points) each text style may take, largest first. */
const STYLE_SIZES: Record<DeckTextStyle, { max: number; min: number }> = {
  title: { max: 40, min: 24 },
  subtitle: { max: 24, min: 14 },
  lead: { max: 21, min: 13 },
  body: { max: 18, min: 12 },
  card: { max: 16, min: 11 },
  quote: { max: 24, min: 14 },
  caption: { max: 11, min: 9 },
  label: { max: 13, min: 10 },
  notice: { max: 20, min: 13 },
  banner: { max: 15, min: 11 },
};

/** The frames of side-by-side columns with widths in the given proportions. */
export function columns(frame: Frame, weights: number[], gap = GAP): Frame[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const free = frame.w - gap * (weights.length - 1);
  let x = frame.x;
  return weights.map((weight) => {
    const w = (free * weight) / total;
    const column = { x, y: frame.y, w, h: frame.h };
    x += w + gap;
    return column;
  });
}

/** The frames of stacked rows; a height of null shares what the fixed heights leave. */
export function rows(frame: Frame, heights: (number | null)[], gap = GAP * 0.6): Frame[] {
  const fixed = heights.reduce<number>((sum, height) => sum + (height ?? 0), 0);
  const flexible = heights.filter((height) => height === null).length;
  const share = flexible > 0 ? (frame.h - fixed - gap * (heights.length - 1)) / flexible : 0;
  let y = frame.y;
  return heights.map((height) => {
    const h = height ?? share;
    const row = { x: frame.x, y, w: frame.w, h };
    y += h + gap;
    return row;
  });
}

interface TextOptions {
  align?: DeckTextBlock['align'];
  valign?: DeckTextBlock['valign'];
  max?: number;
  min?: number;
  /** Shrink the frame's height to the text (boxes beside a chart need not reach the bottom). */
  fitHeight?: boolean;
}

/** A text block whose font size fits its frame (text cut with "…" only below the style's minimum). */
export function textBlock(
  style: DeckTextStyle,
  paragraphs: (DeckParagraph | string)[],
  frame: Frame,
  options: TextOptions = {},
): DeckTextBlock {
  const sizes = STYLE_SIZES[style];
  // Boxed styles keep a padding inside their box: the text is fitted to the smaller frame.
  const padding = textInset(style) - TEXT_METRICS.inset;
  const inner = {
    x: frame.x + padding,
    y: frame.y + padding,
    w: frame.w - 2 * padding,
    h: frame.h - 2 * padding,
  };
  const fitted = fitText(
    paragraphs.map((paragraph) =>
      typeof paragraph === 'string' ? { text: paragraph } : paragraph,
    ),
    inner,
    { max: options.max ?? sizes.max, min: options.min ?? sizes.min },
  );
  const used = paragraphsHeight(
    fitted.paragraphs,
    inner.w - 2 * TEXT_METRICS.inset,
    fitted.fontSize,
  );
  const height = Math.min(frame.h, Math.ceil((used + 2 * textInset(style) + 0.02) * 20) / 20);
  return {
    kind: 'text',
    frame: options.fitHeight ? { ...frame, h: height } : frame,
    style,
    fontSize: fitted.fontSize,
    paragraphs: fitted.paragraphs,
    align: options.align ?? 'left',
    valign: options.valign ?? 'top',
  };
}

/** Bulleted paragraphs, optionally each led by a bold first line. */
export function bullets(items: string[]): DeckParagraph[] {
  return items.map((text) => ({ text, bullet: true }));
}

/** A key figure box: the value as large as its width allows (at most 40 pt), the label below. */
export function figureBlock(
  value: string,
  label: string,
  frame: Frame,
  tone: DeckFigureBlock['tone'] = 'primary',
): DeckFigureBlock {
  const inner = frame.w - 2 * TEXT_METRICS.inset - 0.2;
  const valueHeight = frame.h * 0.5;
  let valueFontSize = Math.min(40, Math.floor((valueHeight * 72) / TEXT_METRICS.lineHeight));
  while (valueFontSize > 14 && textWidth(value, valueFontSize, true) > inner) valueFontSize -= 1;
  const labelFrame = { ...frame, w: frame.w - 0.2, h: frame.h - valueHeight - 0.1 };
  const labelFit = fitText([{ text: label }], labelFrame, { max: 14, min: 10 });
  return {
    kind: 'figure',
    frame,
    value: truncateToWidth(value, inner, valueFontSize, true),
    label: labelFit.paragraphs[0]?.text ?? '',
    valueFontSize,
    labelFontSize: labelFit.fontSize,
    tone,
  };
}

/** Key figures side by side in equal boxes, all values and all labels at one size. */
export function figureRow(
  items: { value: string; label: string; tone?: DeckFigureBlock['tone'] }[],
  frame: Frame,
  gap = GAP * 0.8,
): DeckFigureBlock[] {
  const blocks = columns(
    frame,
    items.map(() => 1),
    gap,
  ).map((column, index) => {
    const item = items[index] ?? { value: '', label: '' };
    return figureBlock(item.value, item.label, column, item.tone);
  });
  const valueFontSize = Math.min(...blocks.map((block) => block.valueFontSize));
  const labelFontSize = Math.min(...blocks.map((block) => block.labelFontSize));
  return blocks.map((block) => ({ ...block, valueFontSize, labelFontSize }));
}

export interface TableColumnSpec {
  header: string;
  /** Share of the table's width. */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

interface TableOptions {
  max?: number;
  /** The size a table is set in when it does not fit on one page at a larger one. */
  min?: number;
  /** The size a paged table is set in (default: two points above `min`, at most `max`). */
  pageSize?: number;
  /** Lines a cell may wrap to before it is cut with "…". */
  maxLines?: number;
}

function cellLines(text: string, width: number, fontSize: number, bold: boolean, maxLines: number) {
  const inner = width - 2 * TEXT_METRICS.cellInsetX;
  const lines = wrapText(text, inner, fontSize, bold);
  if (lines.length <= maxLines) return { text, lines: lines.length };
  const head = lines.slice(0, maxLines - 1);
  const tail = truncateToWidth(lines.slice(maxLines - 1).join(' '), inner, fontSize, bold);
  const cut = [...head, tail].join(' ');
  return { text: cut, lines: wrapText(cut, inner, fontSize, bold).length };
}

function rowHeight(lines: number, fontSize: number): number {
  return (lines * fontSize * TEXT_METRICS.lineHeight) / 72 + 2 * TEXT_METRICS.cellInsetY + 0.02;
}

function layoutRows(
  specs: TableColumnSpec[],
  widths: number[],
  rows: string[][],
  fontSize: number,
  maxLines: number,
) {
  const header = specs.map((spec, index) =>
    cellLines(spec.header, widths[index] ?? 1, fontSize, true, 2),
  );
  const body = rows.map((row) =>
    row.map((text, index) => cellLines(text, widths[index] ?? 1, fontSize, false, maxLines)),
  );
  const height = (cells: { lines: number }[]) =>
    rowHeight(Math.max(1, ...cells.map((cell) => cell.lines)), fontSize);
  return {
    header: { cells: header.map((cell) => cell.text), height: height(header) },
    body: body.map((cells) => ({ cells: cells.map((cell) => cell.text), height: height(cells) })),
  };
}

/**
 * A table as one block per page: at the largest size (from `max` down to `min`) where it fits
 * the frame on one page, or paged at `pageSize` with the header repeated and the rows spread
 * evenly over the pages. Cells wrap to at most
 * `maxLines` lines and are cut with "…" beyond.
 */
export function tablePages(
  specs: TableColumnSpec[],
  rows: string[][],
  frame: Frame,
  options: TableOptions = {},
): DeckTableBlock[] {
  const max = options.max ?? 16;
  const min = options.min ?? 12;
  const maxLines = options.maxLines ?? 2;
  const total = specs.reduce((sum, spec) => sum + spec.weight, 0);
  const widths = specs.map((spec) => (frame.w * spec.weight) / total);
  const columns = specs.map((spec, index) => ({
    header: spec.header,
    width: widths[index] ?? 1,
    align: spec.align ?? 'left',
  }));
  const block = (
    fontSize: number,
    header: { cells: string[]; height: number },
    page: { cells: string[]; height: number }[],
  ): DeckTableBlock => {
    const rowHeights = [header.height, ...page.map((row) => row.height)];
    return {
      kind: 'table',
      frame: { ...frame, h: rowHeights.reduce((sum, h) => sum + h, 0) },
      columns: columns.map((column, index) => ({ ...column, header: header.cells[index] ?? '' })),
      rows: page.map((row) => row.cells),
      rowHeights,
      fontSize,
    };
  };
  for (let size = max; size >= min; size -= 1) {
    const laid = layoutRows(specs, widths, rows, size, maxLines);
    const height = laid.header.height + laid.body.reduce((sum, row) => sum + row.height, 0);
    if (height <= frame.h) return [block(size, laid.header, laid.body)];
  }
  const size = options.pageSize ?? Math.min(max, min + 2);
  const laid = layoutRows(specs, widths, rows, size, maxLines);
  const fill = (limit: (page: number) => number) => {
    const pages: (typeof laid.body)[] = [];
    let page: typeof laid.body = [];
    let used = laid.header.height;
    for (const row of laid.body) {
      if (page.length > 0 && (used + row.height > frame.h || page.length >= limit(pages.length))) {
        pages.push(page);
        page = [];
        used = laid.header.height;
      }
      page.push(row);
      used += row.height;
    }
    if (page.length > 0 || pages.length === 0) pages.push(page);
    return pages;
  };
  // Fill pages greedily to learn how many are needed, then spread the rows evenly over them.
  const count = fill(() => Number.POSITIVE_INFINITY).length;
  const base = Math.floor(laid.body.length / count);
  const extra = laid.body.length % count;
  const even = fill((page) => base + (page < extra ? 1 : 0));
  const pages = even.length === count ? even : fill(() => Number.POSITIVE_INFINITY);
  return pages.map((page) => block(size, laid.header, page));
}

/** Splits a list into pages of at most `size` items (at least one page, maybe empty). */
export function paginate<T>(items: T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    pages.push(items.slice(start, start + size));
  return pages;
}

/** "Title (2/3)" for the second of three pages; the title alone when there is one page. */
export function pageTitle(title: string, index: number, count: number): string {
  return count > 1 ? `${title} (${index + 1}/${count})` : title;
}

/** Slide height check used by tests and builders: whether a frame lies inside the slide. */
export function insideSlide(frame: Frame): boolean {
  const eps = 1e-6;
  return (
    frame.x >= -eps &&
    frame.y >= -eps &&
    frame.x + frame.w <= SLIDE_WIDTH + eps &&
    frame.y + frame.h <= SLIDE_HEIGHT + eps
  );
}
