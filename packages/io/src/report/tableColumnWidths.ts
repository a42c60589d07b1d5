// Column widths for a report table from what its columns hold: a short number column stays narrow,
// a column of sentences takes the room, and no column is narrower than its longest word.

/** Width of a cell that counts towards its column's wish, twips (8.5 cm): longer text wraps anyway. */
const WISH_LIMIT = 4_800;
/** A word wider than this (3.2 cm) may be broken rather than widen its column further. */
const WORD_LIMIT = 1_800;

/** Room for the error of the width estimate (3 pt), so the widest word never breaks. */
const SLACK = 60;

function widestWord(text: string, measure: (text: string) => number): number {
  return Math.max(0, ...text.split(/\s+/).map(measure));
}

export interface ColumnWidthOptions {
  columnCount: number;
  /** The table's width, twips. */
  total: number;
  /** Width of a body cell's text on one line, twips. */
  measure: (text: string) => number;
  /** Width of a header cell's text on one line, twips (it is bold). */
  measureHeader: (text: string) => number;
  /** A cell's left plus right margin, twips. */
  padding: number;
  /** The narrowest column, twips, margins included. */
  minimum: number;
}

/**
 * Widths (twips) of the columns of a table sharing `total`. Each column wishes for its widest
 * body cell (up to 8.5 cm) and needs at least its widest word, the header's included (up to
 * 3.2 cm), plus the margins, or `minimum`: a long header wraps rather than widen its column.
 * When the wishes fit they share the width in proportion, otherwise every column gets what it
 * needs and the rest goes to the columns that wish for more. Whole twips summing to `total`.
 */
export function tableColumnWidths(
  header: string[],
  rows: string[][],
  options: ColumnWidthOptions,
): number[] {
  const { columnCount, total, measure, measureHeader, padding, minimum } = options;
  if (columnCount === 0) return [];
  const need = Array.from({ length: columnCount }, (_, column) =>
    Math.min(WORD_LIMIT, widestWord(header[column] ?? '', measureHeader)),
  );
  const wish = [...need];
  for (const row of rows) {
    row.slice(0, columnCount).forEach((cell, column) => {
      wish[column] = Math.max(wish[column] ?? 0, Math.min(WISH_LIMIT, measure(cell)));
      need[column] = Math.max(need[column] ?? 0, Math.min(WORD_LIMIT, widestWord(cell, measure)));
    });
  }
  const needs = need.map((width) => Math.max(minimum, width + padding + SLACK));
  const wishes = wish.map((width, column) => Math.max(needs[column] ?? 0, width + padding));
  const wishTotal = wishes.reduce((sum, width) => sum + width, 0);
  const needTotal = needs.reduce((sum, width) => sum + width, 0);
  let widths: number[];
  if (wishTotal <= total || needTotal >= total) {
    // Everything fits (or not even the needs do): share in proportion to the wishes, or needs.
    const basis = needTotal >= total ? needs : wishes;
    const sum = needTotal >= total ? needTotal : wishTotal;
    widths = basis.map((width) => (width / sum) * total);
  } else {
    const spare = total - needTotal;
    const extra = wishes.map((width, column) => width - (needs[column] ?? 0));
    const extraTotal = extra.reduce((sum, width) => sum + width, 0);
    widths = needs.map((width, column) => width + ((extra[column] ?? 0) / extraTotal) * spare);
  }
  const rounded = widths.map((width) => Math.floor(width));
  // The rounding remainder goes to the widest column, so the widths sum exactly to total.
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] = (rounded[widest] ?? 0) + total - rounded.reduce((sum, width) => sum + width, 0);
  return rounded;
}
