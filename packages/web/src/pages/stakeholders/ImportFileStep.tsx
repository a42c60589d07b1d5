// Step 1 of the import: choose (or drop) a CSV or XLSX file, with what Kume reads from it.

import { List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportFileDrop } from '../../components/fileImport/ImportFileDrop';
import type { ImportWords } from '../../components/fileImport/useImportText';

/** Where the organisation import's words are. */
export const IMPORT_WORDS: ImportWords = { ns: 'stakeholders', prefix: 'import' };

export function ImportFileStep({
  file,
  onFile,
}: {
  file: File | null;
  onFile: (file: File | null) => void;
}) {
  const { t } = useTranslation('stakeholders');
  return (
    <ImportFileDrop
      file={file}
      onFile={onFile}
      words={IMPORT_WORDS}
      inputTestId="import-file"
      fileNameTestId="import-file-name"
    >
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
    </ImportFileDrop>
  );
}
