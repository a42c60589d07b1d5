// Step 3 of the import: the dry run's verdict, every error by row and column, and the first
// rows that are ready. Any error means nothing will be imported.

import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportResultView } from '@kume/server';
import { ImportErrorsTable } from '../../components/fileImport/ImportErrorsTable';
import { ImportTable } from '../../components/fileImport/ImportTable';
import { translateMessage } from '../../forms/translateIssue';
import { useFormat } from '../../i18n/format';
import { IMPORT_WORDS } from './ImportFileStep';

export function ImportCheckStep({ check }: { check: ImportResultView }) {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  const ok = check.errorCount === 0;
  return (
    <Stack gap="md">
      <Group gap="sm" data-testid="import-check">
        <Badge size="lg" color="teal" variant="light">
          {t('import.ready', { count: check.validCount })}
        </Badge>
        <Badge size="lg" color={ok ? 'gray' : 'red'} variant="light">
          {t('import.errors', { count: check.errorCount })}
        </Badge>
        {check.emptyRows > 0 && (
          <Text size="sm" c="dimmed">
            {t('import.emptyRows', { count: check.emptyRows })}
          </Text>
        )}
      </Group>
      {ok ? (
        <Alert color="teal" title={t('import.okTitle')}>
          {t('import.okText', { count: check.validCount })}
        </Alert>
      ) : (
        <Alert color="red" title={t('import.nothingTitle')} role="alert">
          {t('import.nothingText')}
        </Alert>
      )}
      {check.errors.length > 0 && (
        <ImportErrorsTable
          errors={check.errors}
          errorCount={check.errorCount}
          words={IMPORT_WORDS}
          fieldLabel={(error) => (error.field ? t(`importField.${error.field}`) : '')}
          problem={(error) => translateMessage(error.message, t)}
          testId="import-errors"
          rowTestId="import-error-row"
        />
      )}
      {check.preview.length > 0 && (
        <ImportTable
          title={t('import.readyRows')}
          headers={[
            t('import.row'),
            t('organisation.name'),
            t('organisation.type'),
            t('organisation.industryCodeShort'),
            t('organisation.employees'),
            t('organisation.city'),
            t('importField.contactName'),
          ]}
          rows={check.preview.map((row) => ({
            key: row.row,
            cells: [
              format.number(row.row),
              row.name,
              t(`common:organisationType.${row.type}`),
              cellText(row.industryCode),
              typeof row.employees === 'number' ? format.number(row.employees) : '',
              cellText(row.city),
              row.contactName ?? '',
            ],
          }))}
          minWidth={640}
        />
      )}
    </Stack>
  );
}

/** A preview cell as text (the preview rows are loosely typed: unknown values). */
function cellText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
