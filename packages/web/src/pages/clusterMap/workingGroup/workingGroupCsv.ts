// The confirmed working group as a CSV for invitation letters (a mail merge in Excel): one row
// per member, headings in the UI language, UTF-8 with a byte-order mark, formulas neutralised.

import { csvField } from '../../fieldStudy/questionnaires/distribution/linkCsv';

export interface WorkingGroupCsvRow {
  organisation: string;
  type: string;
  stage: string;
  district: string;
}

export type WorkingGroupCsvHeadings = Record<keyof WorkingGroupCsvRow, string>;

const COLUMNS: readonly (keyof WorkingGroupCsvRow)[] = [
  'organisation',
  'type',
  'stage',
  'district',
];

/** CRLF line ends and a BOM first, so Excel reads Turkish letters as UTF-8. */
export function workingGroupCsv(
  rows: readonly WorkingGroupCsvRow[],
  headings: WorkingGroupCsvHeadings,
): string {
  const lines = [
    COLUMNS.map((column) => headings[column]),
    ...rows.map((row) => COLUMNS.map((column) => row[column])),
  ];
  return '\uFEFF' + lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}
