// A quick look at a statistics file before it is imported: its layout, headings, first rows, a
// row count and a suggested column mapping. CSV and TSV are read only from their first 64 KB,
// so a 200 MB file (or just its beginning, as the browser sends it) answers at once.

import { basename } from 'node:path';
import { statSync } from 'node:fs';
import { FileFormatError } from '../fileFormatError';
import { fileStart, isGzip, isZip, readHead } from './readChunks';
import { readCellTable } from './readCellTable';
import { cbpFileYear } from './readStatisticsCsv';
import {
  CsvSyntaxError,
  detectDelimiter,
  fieldText,
  scanCsvBytes,
  type CsvRecord,
} from './scanCsvRecords';
import { matchStatsColumns } from './statsColumns';
import type { StatsMapping } from './statsMapping';
import { suggestStatsMapping } from './suggestStatsMapping';

export interface StatisticsFilePreview {
  /** How the file reads: 'generic' also when its headings are not recognised (it needs a mapping). */
  format: 'cbp' | 'eurostat' | 'generic';
  headings: string[];
  /** The first data rows (at most 5), text cells as many as headings. */
  sampleRows: string[][];
  /**
   * Data rows in the file: exact for XLSX and for text files read whole, otherwise estimated from
   * the average length of the first rows; absent for a gzip file too large to read whole.
   */
  rowCountEstimate?: number;
  /** True when the headings alone name every required column (no mapping is needed). */
  headingsRecognised: boolean;
  /** For generic files, the likeliest column of each field; empty for CBP and Eurostat. */
  suggestedMapping: StatsMapping;
  /** XLSX: the workbook's worksheets and the one shown. */
  sheets?: string[];
  sheet?: string;
}

export interface PreviewStatisticsOptions {
  /** The worksheet of an XLSX workbook; default the first. */
  sheet?: string;
  /** The name the file had (messages, and the year of a Census CBP file); default the path's. */
  fileName?: string;
  /** The whole file's size in bytes when `path` holds only its beginning, for the row estimate. */
  fileSize?: number;
}

const HEAD_BYTES = 64 * 1024;
const SAMPLE_ROWS = 5;

/** The cells of a CSV record, trimmed, as many as `width`. */
const cells = (record: CsvRecord, width: number) =>
  Array.from({ length: width }, (_, i) => fieldText(record, i));

/** Format, headings recognised and suggested mapping of a generic or CBP table. */
function describeTable(headings: string[], sampleRows: string[][], fileName: string) {
  const match = matchStatsColumns(headings, cbpFileYear(fileName) !== undefined);
  const format = match.columns?.layout ?? 'generic';
  return {
    format,
    headingsRecognised: match.columns !== null,
    suggestedMapping: format === 'generic' ? suggestStatsMapping(headings, sampleRows) : {},
  };
}

async function previewWorkbook(
  path: string,
  options: PreviewStatisticsOptions,
): Promise<StatisticsFilePreview> {
  const table = await readCellTable(path, options.sheet);
  const sampleRows = table.rows.slice(0, SAMPLE_ROWS);
  return {
    ...describeTable(table.headings, sampleRows, options.fileName ?? basename(path)),
    headings: table.headings,
    sampleRows,
    rowCountEstimate: table.rows.length,
    sheets: table.sheets,
    ...(table.sheet === null ? {} : { sheet: table.sheet }),
  };
}

/**
 * Previews the statistics file at `path` (CSV, TSV or Eurostat TSV, plain or gzip; or XLSX).
 * Throws FileFormatError for an empty file, a broken workbook or a head that is not CSV.
 */
export async function previewStatisticsFile(
  path: string,
  options: PreviewStatisticsOptions = {},
): Promise<StatisticsFilePreview> {
  const fileName = options.fileName ?? basename(path);
  const start = fileStart(path, 4);
  if (start.length === 0) throw new FileFormatError('unsupported_file', `${fileName} is empty`);
  if (isZip(start)) return previewWorkbook(path, options);
  const gzip = isGzip(start);
  const size = statSync(path).size;
  const head = await readHead(path, HEAD_BYTES);
  const partial =
    head.length >= HEAD_BYTES || (options.fileSize !== undefined && options.fileSize > size);
  // Only whole lines: the last one of a cut head is cut too.
  const text = partial ? head.subarray(0, head.lastIndexOf(0x0a) + 1) : head;
  const firstLine = text.subarray(0, Math.max(0, text.indexOf(0x0a))).toString('utf8');
  const eurostat = firstLine.includes('\t') && /(^|,)geo\\/i.test(firstLine.split('\t')[0] ?? '');
  let headings: string[] | null = null;
  const sampleRows: string[][] = [];
  let dataRows = 0;
  try {
    scanCsvBytes(text, eurostat ? 0x09 : detectDelimiter(text), (record) => {
      if (headings === null) {
        headings = cells(record, record.count);
        while (headings.length > 0 && headings[headings.length - 1] === '') headings.pop();
        return;
      }
      if (record.count === 1 && record.starts[0] === record.ends[0]) return;
      dataRows += 1;
      if (sampleRows.length < SAMPLE_ROWS) sampleRows.push(cells(record, headings.length));
    });
  } catch (error) {
    // A quoted field running past the cut is no fault of the file; in a whole file it is.
    if (!(error instanceof CsvSyntaxError)) throw error;
    if (!partial || headings === null)
      throw new FileFormatError('unsupported_file', `${fileName}:${error.line}: ${error.message}`);
  }
  if (headings === null || (headings as string[]).length === 0)
    throw new FileFormatError(
      'unsupported_file',
      `${fileName} has no heading row: the first row must name the columns`,
    );
  const found: string[] = headings;
  const estimate = !partial
    ? dataRows
    : gzip || dataRows === 0
      ? undefined
      : Math.round(((dataRows + 1) * (options.fileSize ?? size)) / text.length) - 1;
  return {
    ...(eurostat
      ? { format: 'eurostat' as const, headingsRecognised: true, suggestedMapping: {} }
      : describeTable(found, sampleRows, fileName)),
    headings: found,
    sampleRows,
    ...(estimate === undefined ? {} : { rowCountEstimate: estimate }),
  };
}
