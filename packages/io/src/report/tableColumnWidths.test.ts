// Tests of tableColumnWidths: widths follow the content, a word never has to break when there is
// room, and the widths always fill the table exactly.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableColumnWidths, type ColumnWidthOptions } from './tableColumnWidths';

/** 100 twips a character, bold headers alike: easy to compute by hand. */
const OPTIONS: ColumnWidthOptions = {
  columnCount: 3,
  total: 9_000,
  measure: (text) => [...text].length * 100,
  measureHeader: (text) => [...text].length * 100,
  padding: 200,
  minimum: 600,
};

describe('tableColumnWidths', () => {
  it('shares the width in proportion to the wishes when every cell fits on one line', () => {
    // Wishes with margins: No 600 (the minimum), Action 1 300, End 660 (its need: word, margins
    // and slack); twice their sum is the table's width.
    expect(
      tableColumnWidths(
        ['No', 'Action', 'End'],
        [
          ['A1', 'Shared lab', '2027'],
          ['A2', 'Fair stands', '2028'],
        ],
        { ...OPTIONS, total: 5_120 },
      ),
    ).toEqual([1_200, 2_600, 1_320]);
  });

  it('gives each column its widest word, then the rest to the columns that wish for more', () => {
    const long =
      'a long sentence that cannot fit on one line of this narrow table at all, so it wraps';
    const widths = tableColumnWidths(['Rank', 'Skill', 'Priority'], [['1', long, '10.58']], {
      ...OPTIONS,
      total: 6_000,
    });
    // Rank and Priority get their header word, margins and slack; the sentence the rest.
    expect(widths).toEqual([660, 6_000 - 660 - 1_060, 1_060]);
  });

  it('lets a long header wrap rather than widen a column of short numbers', () => {
    const widths = tableColumnWidths(
      ['Required level of the skill', 'Text'],
      [['4.4', 'Metallurgical testing and analysis of castings, by the laboratory']],
      { ...OPTIONS, columnCount: 2, total: 5_000 },
    );
    expect(widths[0]).toBeLessThan(widths[1] ?? 0);
    expect(widths[0]).toBe(1_060);
  });

  it('always returns whole widths that sum to the table width, none below the minimum when they fit', () => {
    const text = fc.string({ maxLength: 60 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.array(text, { maxLength: 9 }), { maxLength: 6 }),
        (columnCount, rows) => {
          const header = Array.from({ length: columnCount }, (_, index) => `Column ${index}`);
          const widths = tableColumnWidths(header, rows, { ...OPTIONS, columnCount });
          expect(widths).toHaveLength(columnCount);
          expect(widths.reduce((sum, width) => sum + width, 0)).toBe(OPTIONS.total);
          widths.forEach((width) => expect(Number.isInteger(width)).toBe(true));
          if (columnCount * 2_100 <= OPTIONS.total)
            widths.forEach((width) => expect(width).toBeGreaterThanOrEqual(OPTIONS.minimum));
        },
      ),
    );
  });
});
