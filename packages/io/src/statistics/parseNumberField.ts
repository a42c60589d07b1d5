// Reads a number from a CSV field's bytes: plain digits (the common case) without making a
// string; anything else (sign, decimals, exponent, blanks) through the text and Number().

import { fieldText, type CsvRecord } from './scanCsvRecords';

/** What an empty field reads as. */
export const EMPTY = Number.NEGATIVE_INFINITY;

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The number in field i: EMPTY when the field is blank, NaN when it is not a number. Negative
 * numbers are returned as they are (the caller decides). With `decimalComma` (semicolon-separated
 * files from Turkish or German Excel), "12,5" reads as 12.5; thousands separators are not read.
 */
export function parseNumberField(record: CsvRecord, i: number, decimalComma = false): number {
  if (i >= record.count) return EMPTY;
  const { bytes } = record;
  const start = record.starts[i]!;
  const end = record.ends[i]!;
  let value = 0;
  let j = start;
  for (; j < end; j += 1) {
    const digit = bytes[j]! - 0x30;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  // Up to 15 digits the sum above is exact; longer or other text goes the slow way.
  if (j === end && end > start && end - start <= 15) return value;
  let text = fieldText(record, i);
  if (text === '') return EMPTY;
  if (decimalComma) text = text.replace(',', '.');
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}
