// A file import's mapping step: which column of the file feeds each field (the caller's rows),
// the sheet of a workbook beside the import's own settings, and the file's first rows.

import { Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { columnChoices } from '../fileColumns/columnChoices';
import { ColumnMappingTable, type MappingRow } from '../fileColumns/ColumnMappingTable';
import { SampleRowsTable } from '../fileColumns/SampleRowsTable';
import { useImportText, type ImportWords } from './useImportText';

/** What the server read of the file before the mapping. */
export interface FilePreview {
  fileName: string;
  rowCount: number;
  sheets: string[];
  sheet: string | null;
  headings: string[];
  sampleRows: string[][];
}

export function FileMappingStep<Field extends string>({
  preview,
  words,
  rows,
  onChoose,
  onSheet,
  settings,
  testId,
}: {
  preview: FilePreview;
  words: ImportWords;
  rows: readonly MappingRow<Field>[];
  onChoose: (field: Field, column: number | undefined) => void;
  onSheet: (sheet: string) => void;
  /** The import's own settings, beside the sheet (none: the sheet alone, narrow). */
  settings?: ReactNode;
  testId: string;
}) {
  const text = useImportText(words);
  const sheet = preview.sheets.length > 1 && (
    <Select
      label={text('sheet')}
      data={preview.sheets}
      value={preview.sheet}
      onChange={(chosen) => chosen && onSheet(chosen)}
      allowDeselect={false}
      {...(settings ? {} : { maw: 320 })}
    />
  );
  return (
    <Stack gap="md">
      <Text size="sm">
        {text('mappingIntro', { file: preview.fileName, count: preview.rowCount })}
      </Text>
      {settings ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {sheet}
          {settings}
        </SimpleGrid>
      ) : (
        sheet
      )}
      <ColumnMappingTable
        rows={rows}
        choices={columnChoices(preview.headings, {
          notImported: text('notImported'),
          noHeading: text('noHeading'),
        })}
        headers={{ field: text('field'), column: text('column'), example: text('example') }}
        onChoose={onChoose}
        testId={testId}
      />
      <Title order={5}>{text('firstRows')}</Title>
      <SampleRowsTable headings={preview.headings} rows={preview.sampleRows} />
    </Stack>
  );
}
