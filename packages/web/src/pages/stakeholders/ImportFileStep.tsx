// Step 1 of the import: choose (or drop) a CSV or XLSX file, with what Kume reads from it.

import { Button, FileButton, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { fileProblem, IMPORT_EXTENSIONS } from './importRequests';

// A variable, not a literal: the input's props type does not list data-* attributes.
const fileInputProps = { name: 'file', 'data-testid': 'import-file' };

export function ImportFileStep({
  file,
  onFile,
}: {
  file: File | null;
  onFile: (file: File | null) => void;
}) {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  const [dragging, setDragging] = useState(false);
  const problem = file ? fileProblem(file) : null;
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
          <Text fw={600}>{t('import.dropHere')}</Text>
          <FileButton
            onChange={onFile}
            accept={[
              ...IMPORT_EXTENSIONS,
              'text/csv',
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            ].join(',')}
            inputProps={fileInputProps}
          >
            {(props) => (
              <Button variant="light" {...props}>
                {t('import.chooseFile')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('import.fileLimits')}
          </Text>
          {file && (
            <Text size="sm" data-testid="import-file-name">
              {t('import.chosen', {
                name: file.name,
                size: format.number(file.size / 1024, { maximumFractionDigits: 0 }),
              })}
            </Text>
          )}
          {problem && (
            <Text size="sm" c="red" role="alert">
              {t(`import.problem.${problem}`)}
            </Text>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" bg="var(--mantine-color-gray-0)">
        <Text fw={600} size="sm" mb={4}>
          {t('import.helpTitle')}
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('import.helpHeadings')}</List.Item>
          <List.Item>{t('import.helpColumns')}</List.Item>
          <List.Item>{t('import.helpTypes')}</List.Item>
          <List.Item>{t('import.helpAllOrNothing')}</List.Item>
        </List>
      </Paper>
    </Stack>
  );
}
