// Step 1 of the relation import: choose (or drop) a CSV or XLSX file, with the columns Kume reads.

import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportFileDrop } from '../../../../components/fileImport/ImportFileDrop';
import type { ImportWords } from '../../../../components/fileImport/useImportText';

/** Where the relation import's words are. */
export const RELATION_IMPORT_WORDS: ImportWords = { ns: 'fieldwork', prefix: 'relations.import' };

export function RelationImportFileStep({
  file,
  onFile,
}: {
  file: File | null;
  onFile: (file: File | null) => void;
}) {
  const { t } = useTranslation('fieldwork');
  return (
    <ImportFileDrop
      file={file}
      onFile={onFile}
      words={RELATION_IMPORT_WORDS}
      inputTestId="relation-import-file"
    >
      <List size="sm" spacing={4}>
        <List.Item>{t('relations.import.helpColumns')}</List.Item>
        <List.Item>{t('relations.import.helpNames')}</List.Item>
        <List.Item>{t('relations.import.helpAllOrNothing')}</List.Item>
      </List>
    </ImportFileDrop>
  );
}
