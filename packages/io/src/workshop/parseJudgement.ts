// Reads one cell of a pairwise comparison spreadsheet: a number ("3", "0.333", Turkish "0,333")
// or a fraction ("1/3", "1 / 3"), as facilitators type them.

const NUMBER = /^(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/** A number written with a point or a decimal comma; NaN when it is not one. */
function decimal(text: string): number {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/**
 * The value of a judgement cell: null when blank, NaN when it is not a number or a fraction of two
 * numbers (a zero denominator included), else the value (0 and negative numbers are returned for
 * the caller to reject with its own message; a minus sign reads as a negative number). A comma is
 * always a decimal comma: in a comma-separated file a cell holding one was quoted on purpose.
 */
export function parseJudgement(text: string): number | null {
  const cell = text.trim();
  if (cell === '') return null;
  const negative = cell.startsWith('-');
  const body = negative ? cell.slice(1) : cell;
  const slash = body.indexOf('/');
  let value: number;
  if (slash < 0) value = decimal(body);
  else {
    const denominator = decimal(body.slice(slash + 1));
    value = denominator === 0 ? Number.NaN : decimal(body.slice(0, slash)) / denominator;
  }
  return negative ? -value : value;
}
