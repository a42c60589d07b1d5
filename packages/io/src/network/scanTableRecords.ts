// Walks the rows of a CSV or XLSX table as byte records: CSV straight from the byte scanner
// (streamed, no strings made until asked), XLSX through the spreadsheet reader, one code path after.

import { basename } from 'node:path';
import { FileFormatError } from '../fileFormatError';
import { fileStart, isZip } from '../statistics/readChunks';
import {
  CsvSyntaxError,
  detectDelimiter,
  fieldText,
  recordFromCells,
  scanCsvFile,
  type CsvRecord,
} from '../statistics/scanCsvRecords';

/** Thrown by a callback to stop the walk early (too many errors); caught here. */
export class StopScan extends Error {}

export interface TableWalk {
  /** The heading row's cells, trimmed, trailing blanks left out. */
  headings: string[];
  /** Semicolon-separated CSV: decimals may be written with a comma ("2,5"). */
  decimalComma: boolean;
}

/**
 * Reads `path` (CSV: comma, semicolon or tab, UTF-8 or Windows-1254, optionally gzip; XLSX: the
 * first worksheet), calls `onHeading` once with the heading row, then `onRecord` for each data row
 * that is not blank. Throws FileFormatError for a file that is empty, unreadable as a table, or
 * has no heading row.
 */
export async function scanTableRecords(
  path: string,
  onHeading: (walk: TableWalk) => void,
  onRecord: (record: CsvRecord) => void,
): Promise<void> {
  const name = basename(path);
  const head = fileStart(path, 4096);
  if (head.length === 0) throw new FileFormatError('unsupported_file', `${name} is empty`);
  const blank = (record: CsvRecord) => {
    for (let i = 0; i < record.count; i += 1)
      if (record.ends[i]! > record.starts[i]! && fieldText(record, i) !== '') return false;
    return true;
  };
  let headings: string[] | null = null;
  try {
    if (isZip(head)) {
      const { readCellTable } = await import('../statistics/readCellTable');
      const table = await readCellTable(path);
      headings = table.headings;
      onHeading({ headings, decimalComma: false });
      table.rows.forEach((row, i) => onRecord(recordFromCells(row, table.lines[i]!)));
      return;
    }
    const delimiter = detectDelimiter(head);
    await scanCsvFile(path, delimiter, (record) => {
      if (headings === null) {
        const cells = Array.from({ length: record.count }, (_, i) => fieldText(record, i));
        while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
        if (cells.length === 0)
          throw new FileFormatError(
            'unsupported_file',
            `${name} has no heading row: the first row must name the columns`,
          );
        headings = cells;
        onHeading({ headings, decimalComma: delimiter === 0x3b });
        return;
      }
      if (!blank(record)) onRecord(record);
    });
  } catch (error) {
    if (error instanceof StopScan) return;
    if (error instanceof CsvSyntaxError)
      throw new FileFormatError('unsupported_file', `${name}:${error.line}: ${error.message}`);
    throw error;
  }
  if (headings === null)
    throw new FileFormatError(
      'unsupported_file',
      `${name} has no heading row: the first row must name the columns`,
    );
}
