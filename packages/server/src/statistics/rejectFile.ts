// The answer to a statistics file with errors: 400 with every error placed by line (or worksheet
// row) and column, or by the mapping field at fault, and nothing stored.

import type { StatsRowError } from '@kume/io/statistics';
import { HttpError, type ErrorIssue } from '../http/httpError';
import type { FileKind } from './detectFileKind';

/** "line 12, column 3" for text files, "row 4, column 2" for worksheets. */
export function filePlace(error: StatsRowError, kind: FileKind): string {
  return `${kind === 'xlsx' ? 'row' : 'line'} ${error.line}, column ${error.column}`;
}

/** A 400 `validation` error listing the file's errors; `moreErrors` are counted in the message. */
export function rejectFile(
  fileName: string,
  kind: FileKind,
  errors: readonly StatsRowError[],
  moreErrors = 0,
): HttpError {
  const count = errors.length + moreErrors;
  // An error of the column mapping is the options' fault, not a place in the file.
  const issues: ErrorIssue[] = errors.map((error) => ({
    path: error.field === undefined ? filePlace(error, kind) : `options.mapping.${error.field}`,
    message: error.message,
  }));
  const first = issues[0] ? `: ${issues[0].path}: ${issues[0].message}` : '';
  return new HttpError(
    400,
    'validation',
    `nothing was imported: ${count} error${count === 1 ? '' : 's'} in ${fileName}${first}`,
    issues,
  );
}
