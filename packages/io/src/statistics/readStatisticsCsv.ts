// Reads a region x industry x year table from a CSV file, streaming: the Census CBP state and
// county layouts and the generic layout, told apart by their headings (see statsColumns), or
// a generic table through a column mapping (see statsMapping).

import { statSync } from 'node:fs';
import { fileStart, isGzip, readHead, type ReadProgress } from './readChunks';
import {
  CsvSyntaxError,
  detectDelimiter,
  fieldText,
  scanCsvFile,
  type CsvRecord,
} from './scanCsvRecords';
import { findStatsColumns, type StatsMapping } from './statsMapping';
import type { StatsReadResult, StatsRowError } from './statsRowError';
import { StatsRowReader, type StatsRowOptions } from './statsRowReader';

export interface ReadStatisticsOptions extends StatsRowOptions {
  onProgress?: ReadProgress;
  /** Which column holds which field; used instead of matching the headings by name. */
  mapping?: StatsMapping;
}

/**
 * The year a Census CBP file is of, from its name (cbp11co.txt, cbp07st.zip: one year per file,
 * no year column), or undefined for other names.
 */
export function cbpFileYear(path: string): number | undefined {
  const match = /(?:^|[/\\])cbp(\d{2})(?:co|st|us|msa|cd|zbp)[^/\\]*$/i.exec(path);
  if (!match) return undefined;
  const year = Number(match[1]);
  return year < 70 ? 2000 + year : 1900 + year;
}

/** Thrown inside the scan to stop at a heading row that cannot be read. */
class HeadingError extends Error {
  constructor(readonly errors: StatsRowError[]) {
    super('heading row');
  }
}

/**
 * Reads the file at `path` (plain or gzip CSV). All or nothing: `table` is null when any row
 * has an error. Memory: the table's columns (about 37 bytes a row) plus two chunks of the file.
 */
export async function readStatisticsCsv(
  path: string,
  options: ReadStatisticsOptions = {},
): Promise<StatsReadResult> {
  const delimiter = detectDelimiter(await readHead(path, 4096));
  const year = options.year ?? cbpFileYear(path);
  // A CBP row takes at least about 26 bytes; gzip shrinks text about five times.
  const size = statSync(path).size * (isGzip(fileStart(path, 2)) ? 5 : 1);
  const expectedRows = Math.ceil(size / 26);
  let reader: StatsRowReader | null = null;
  const readHeading = (record: CsvRecord) => {
    const headings = Array.from({ length: record.count }, (_, i) => fieldText(record, i));
    const match = findStatsColumns(headings, options.mapping, year !== undefined);
    if (!match.columns) throw new HeadingError(match.errors);
    reader = new StatsRowReader(match.columns, headings, match.columns.layout, {
      expectedRows,
      ...(year === undefined || match.columns.year >= 0 ? {} : { year }),
      ...options,
      decimalComma: options.decimalComma ?? delimiter === 0x3b,
    });
  };
  try {
    await scanCsvFile(
      path,
      delimiter,
      (record) => (reader ? reader.read(record) : readHeading(record)),
      options.onProgress,
    );
  } catch (error) {
    if (error instanceof HeadingError)
      return { table: null, layout: null, errors: error.errors, moreErrors: 0 };
    if (!(error instanceof CsvSyntaxError)) throw error;
    if (!reader)
      return {
        table: null,
        layout: null,
        errors: [{ line: error.line, column: 1, message: error.message }],
        moreErrors: 0,
      };
    (reader as StatsRowReader).fail(error.line, 1, error.message);
  }
  if (!reader)
    return {
      table: null,
      layout: null,
      errors: [{ line: 1, column: 1, message: 'the file is empty' }],
      moreErrors: 0,
    };
  return (reader as StatsRowReader).finish();
}
