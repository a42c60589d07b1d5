// Reads a region x industry x year statistics file of any supported layout, recognised by its
// content: XLSX workbooks and CSV files through their headings (generic or Census CBP) or a
// column mapping, and Eurostat bulk TSV (plain or gzip) by its `...,geo\TIME_PERIOD` heading.

import { FileFormatError } from '../fileFormatError';
import { fileStart, isZip, readHead } from './readChunks';
import { readCellTable } from './readCellTable';
import { readEurostatTsv, type EurostatOptions } from './readEurostatTsv';
import { readStatisticsCsv, type ReadStatisticsOptions } from './readStatisticsCsv';
import { recordFromCells } from './scanCsvRecords';
import { findStatsColumns } from './statsMapping';
import type { StatsReadResult } from './statsRowError';
import { StatsRowReader } from './statsRowReader';

export interface ReadStatisticsFileOptions extends ReadStatisticsOptions {
  /** Options for Eurostat tables (which dimension, which series). */
  eurostat?: Omit<EurostatOptions, 'onProgress' | 'maxErrors' | 'years'>;
  /** The worksheet of an XLSX workbook; default the first. */
  sheet?: string;
}

/** Reads a generic table from a worksheet of an XLSX workbook (at most 10 MB). */
async function readStatisticsXlsx(
  path: string,
  options: ReadStatisticsFileOptions,
): Promise<StatsReadResult> {
  const table = await readCellTable(path, options.sheet);
  const match = findStatsColumns(table.headings, options.mapping, options.year !== undefined);
  if (!match.columns) return { table: null, layout: null, errors: match.errors, moreErrors: 0 };
  const reader = new StatsRowReader(match.columns, table.headings, match.columns.layout, {
    expectedRows: table.rows.length,
    ...options,
  });
  table.rows.forEach((row, i) => reader.read(recordFromCells(row, table.lines[i]!)));
  options.onProgress?.(1, 1);
  return reader.finish();
}

/**
 * Reads `path` into a StatsTable, or returns the errors that stopped it (nothing is returned
 * half-read). With a `mapping` the file is read as a generic table, never as Eurostat's. Throws
 * only for a file that cannot be opened.
 */
export async function readStatisticsFile(
  path: string,
  options: ReadStatisticsFileOptions = {},
): Promise<StatsReadResult> {
  if (isZip(fileStart(path, 4))) {
    try {
      return await readStatisticsXlsx(path, options);
    } catch (error) {
      if (!(error instanceof FileFormatError)) throw error;
      return {
        table: null,
        layout: null,
        errors: [{ line: 1, column: 1, message: error.message }],
        moreErrors: 0,
      };
    }
  }
  const head = await readHead(path, 4096);
  const firstLine = head.subarray(0, Math.max(0, head.indexOf(0x0a))).toString('utf8');
  const firstCell = firstLine.split('\t')[0] ?? '';
  if (!options.mapping && firstLine.includes('\t') && /(^|,)geo\\/i.test(firstCell)) {
    return readEurostatTsv(path, {
      ...options.eurostat,
      ...(options.years ? { years: options.years } : {}),
      ...(options.maxErrors ? { maxErrors: options.maxErrors } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  }
  return readStatisticsCsv(path, options);
}
