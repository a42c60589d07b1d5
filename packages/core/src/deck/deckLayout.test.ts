import { describe, expect, it } from 'vitest';
import {
  CONTENT,
  columns,
  figureRow,
  pageTitle,
  paginate,
  rows,
  tablePages,
  textBlock,
} from './deckLayout';
import { paragraphsFit } from './fitText';

const specs = [
  { header: 'Organisation', weight: 4 },
  { header: 'Type', weight: 2 },
  { header: 'Stage', weight: 2 },
];
const row = (index: number) => [`Organisation ${index}`, 'Firm', 'Casting'];

describe('columns and rows', () => {
  it('split a frame in proportion, with gaps, filling its width or height', () => {
    const [a, b] = columns({ x: 1, y: 2, w: 10.3, h: 4 }, [2, 1], 0.3);
    expect(a).toEqual({ x: 1, y: 2, w: 6.666666666666667, h: 4 });
    expect(b?.x).toBeCloseTo(7.966666, 5);
    expect((b?.x ?? 0) + (b?.w ?? 0)).toBeCloseTo(11.3, 9);
    const [top, rest] = rows({ x: 0, y: 1, w: 5, h: 5 }, [1, null], 0.5);
    expect(top?.h).toBe(1);
    expect(rest).toEqual({ x: 0, y: 2.5, w: 5, h: 3.5 });
  });
});

describe('textBlock', () => {
  it('fits boxed styles inside their padding', () => {
    const frame = { x: 0, y: 0, w: 3, h: 1 };
    const card = textBlock(
      'card',
      ['A card with a sentence long enough to wrap over a few lines of text.'],
      frame,
    );
    const plain = textBlock(
      'body',
      ['A card with a sentence long enough to wrap over a few lines of text.'],
      frame,
    );
    expect(card.fontSize).toBeLessThanOrEqual(plain.fontSize);
    expect(
      paragraphsFit(card.paragraphs, { x: 0.14, y: 0.14, w: 2.72, h: 0.72 }, card.fontSize),
    ).toBe(true);
  });

  it('shrinks the frame to the text when asked', () => {
    const block = textBlock('card', ['Short.'], { x: 0, y: 0, w: 4, h: 4 }, { fitHeight: true });
    expect(block.frame.h).toBeLessThan(1);
    expect(
      paragraphsFit(
        block.paragraphs,
        { x: 0.14, y: 0.14, w: 3.72, h: block.frame.h - 0.28 },
        block.fontSize,
      ),
    ).toBe(true);
  });
});

describe('figureRow', () => {
  it('sets every value and every label of a row at one size', () => {
    const figures = figureRow(
      [
        { value: '96', label: 'organisations' },
        { value: '1.164', label: 'relations recorded (97 confirmed)' },
      ],
      { x: 0, y: 0, w: 3, h: 1.1 },
    );
    expect(new Set(figures.map((figure) => figure.valueFontSize)).size).toBe(1);
    expect(new Set(figures.map((figure) => figure.labelFontSize)).size).toBe(1);
  });
});

describe('tablePages', () => {
  it('puts a short table on one page at the largest size', () => {
    const pages = tablePages(specs, [row(1), row(2)], CONTENT, { max: 16, min: 11 });
    expect(pages).toHaveLength(1);
    expect(pages[0]?.fontSize).toBe(16);
    expect(pages[0]?.rowHeights).toHaveLength(3);
  });

  it('pages a long table with the header on every page and rows spread evenly', () => {
    const pages = tablePages(
      specs,
      Array.from({ length: 40 }, (_, index) => row(index)),
      CONTENT,
      { max: 15, min: 11 },
    );
    expect(pages.length).toBeGreaterThan(1);
    const counts = pages.map((page) => page.rows.length);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(40);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    for (const page of pages) {
      expect(page.columns.map((column) => column.header)).toEqual([
        'Organisation',
        'Type',
        'Stage',
      ]);
      expect(page.rowHeights.reduce((sum, h) => sum + h, 0)).toBeLessThanOrEqual(CONTENT.h);
    }
    expect(pages[1]?.rows[0]?.[0]).toBe(`Organisation ${counts[0]}`);
  });

  it('cuts a cell past its line limit with "…"', () => {
    const long = 'A very long organisation name that goes on and on '.repeat(6);
    const [page] = tablePages(specs, [[long, 'Firm', 'Casting']], CONTENT, { maxLines: 2 });
    expect(page?.rows[0]?.[0]?.endsWith('…')).toBe(true);
  });

  it('writes a header-only table when there are no rows', () => {
    const pages = tablePages(specs, [], CONTENT);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.rows).toEqual([]);
  });
});

describe('paginate and pageTitle', () => {
  it('split a list into pages and number the titles only when paged', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 5)).toEqual([[]]);
    expect(pageTitle('Gaps', 1, 3)).toBe('Gaps (2/3)');
    expect(pageTitle('Gaps', 0, 1)).toBe('Gaps');
  });
});
