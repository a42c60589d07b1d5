// The errors of a file import's check by row and column, with the offending value; says when
// the server listed fewer errors than it found.

import { Text } from '@mantine/core';
import { useFormat } from '../../i18n/format';
import { ImportTable } from './ImportTable';
import { useImportText, type ImportWords } from './useImportText';

/** One error of a check, as both imports' servers send it. */
export interface ImportErrorRow {
  /** The spreadsheet row, 1-based. */
  row: number;
  /** Column letter and heading; null for an error about a field no column feeds. */
  column: string | null;
  value?: string | undefined;
}

export function ImportErrorsTable<E extends ImportErrorRow>({
  errors,
  errorCount,
  words,
  fieldLabel,
  problem,
  testId,
  rowTestId,
}: {
  /** The errors listed (the server cuts the list). */
  errors: readonly E[];
  /** All errors found. */
  errorCount: number;
  words: ImportWords;
  /** The field an error is about, in words; '' when none. */
  fieldLabel: (error: E) => string;
  /** The error in words. */
  problem: (error: E) => string;
  testId: string;
  rowTestId?: string | undefined;
}) {
  const text = useImportText(words);
  const format = useFormat();
  return (
    <ImportTable
      title={text('errorsTitle')}
      note={
        errorCount > errors.length
          ? text('errorsCut', { shown: errors.length, count: errorCount })
          : null
      }
      headers={[text('row'), text('column'), text('problemHeading'), text('value')]}
      rows={errors.map((error, index) => ({
        key: index,
        cells: [
          format.number(error.row),
          error.column ?? (fieldLabel(error) || '–'),
          problem(error),
          <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {error.value ?? ''}
          </Text>,
        ],
      }))}
      minWidth={640}
      testId={testId}
      rowTestId={rowTestId}
    />
  );
}
