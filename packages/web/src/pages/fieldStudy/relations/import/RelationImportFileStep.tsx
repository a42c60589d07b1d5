// Step 1 of the relation import: choose (or drop) a CSV or XLSX file, with the columns Kume reads.

import { Button, FileButton, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../i18n/format';
import { fileProblem, IMPORT_EXTENSIONS } from '../../../stakeholders/importRequests';

// A variable, not a literal: the input's props type does not list data-* attributes.
const fileInputProps = { name: 'file', 'data-testid': 'relation-import-file' };

export function RelationImportFileStep({
  file,
  onFile,
}: {
  file: File | null;
  onFile: (file: File | null) => void;
}) {
  const { t } = useTranslation('fieldwork');
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
          <Text fw={600}>{t('relations.import.dropHere')}</Text>
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
                {t('relations.import.chooseFile')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('relations.import.fileLimits')}
          </Text>
          {file && (
            <Text size="sm">
              {t('relations.import.chosen', {
                name: file.name,
                size: format.number(file.size / 1024, { maximumFractionDigits: 0 }),
              })}
            </Text>
          )}
          {problem && (
            <Text size="sm" c="red" role="alert">
              {t(`relations.import.problem.${problem}`)}
            </Text>
          )}
        </Stack>
      </Paper>
      <List size="sm" spacing={4}>
        <List.Item>{t('relations.import.helpColumns')}</List.Item>
        <List.Item>{t('relations.import.helpNames')}</List.Item>
        <List.Item>{t('relations.import.helpAllOrNothing')}</List.Item>
      </List>
    </Stack>
  );
}
