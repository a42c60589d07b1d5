// The choices of a column-mapping Select (none, then each column by letter and heading) and the
// first value a column holds, shared by the organisation and the dataset imports.

import { columnLetter } from '@kume/core';

/** The value of the "not in the file" choice. */
export const NOT_IMPORTED = 'none';

/** "none", then one choice per column: its index as the value, "C · İl Kodu" as the label. */
export function columnChoices(
  headings: readonly string[],
  labels: { notImported: string; noHeading: string },
): { value: string; label: string }[] {
  return [
    { value: NOT_IMPORTED, label: labels.notImported },
    ...headings.map((heading, index) => ({
      value: String(index),
      label: `${columnLetter(index)} · ${heading || labels.noHeading}`,
    })),
  ];
}

/** The first non-blank cell of a column in the sample rows; '' when none or no column. */
export function firstValue(
  rows: readonly (readonly string[])[],
  index: number | undefined,
): string {
  if (index === undefined) return '';
  return rows.map((row) => row[index] ?? '').find((cell) => cell.trim() !== '') ?? '';
}
