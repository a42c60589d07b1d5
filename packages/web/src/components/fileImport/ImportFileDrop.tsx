// A file import's first step: drop a CSV or XLSX file or choose one, with its name and size and
// what is wrong with it, followed by the import's own help.

import { Button, FileButton, Paper, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useFormat } from '../../i18n/format';
import { fileProblem, IMPORT_EXTENSIONS } from './fileProblem';
import { useImportText, type ImportWords } from './useImportText';

const ACCEPT = [
  ...IMPORT_EXTENSIONS,
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

export function ImportFileDrop({
  file,
  onFile,
  words,
  inputTestId,
  fileNameTestId,
  children,
}: {
  file: File | null;
  onFile: (file: File | null) => void;
  words: ImportWords;
  /** The file input's test id (e2e tests set the file through it). */
  inputTestId: string;
  fileNameTestId?: string | undefined;
  /** The help under the drop zone. */
  children: ReactNode;
}) {
  const text = useImportText(words);
  const format = useFormat();
  const [dragging, setDragging] = useState(false);
  const problem = file ? fileProblem(file) : null;
  // A variable, not a literal: the input's props type does not list data-* attributes.
  const inputProps = { name: 'file', 'data-testid': inputTestId };
  return (
    <Stack gap="md">
      <Paper
        withBorder
        p="xl"
        radius="md"
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          background: dragging ? 'var(--mantine-color-teal-0)' : undefined,
        }}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          onFile(event.dataTransfer.files[0] ?? null);
        }}
      >
        <Stack align="center" gap="xs">
          <Text fw={600}>{text('dropHere')}</Text>
          <FileButton onChange={onFile} accept={ACCEPT} inputProps={inputProps}>
            {(props) => (
              <Button variant="light" {...props}>
                {text('chooseFile')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {text('fileLimits')}
          </Text>
          {file && (
            <Text size="sm" data-testid={fileNameTestId}>
              {text('chosen', {
                name: file.name,
                size: format.number(file.size / 1024, { maximumFractionDigits: 0 }),
              })}
            </Text>
          )}
          {problem && (
            <Text size="sm" c="red" role="alert">
              {text(`problem.${problem}`)}
            </Text>
          )}
        </Stack>
      </Paper>
      {children}
    </Stack>
  );
}
