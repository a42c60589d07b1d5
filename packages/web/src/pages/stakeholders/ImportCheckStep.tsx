// Step 3 of the import: the dry run's verdict, every error by row and column, and the first
// rows that are ready. Any error means nothing will be imported.

import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportResultView } from '@kume/server';
import { translateMessage } from '../../forms/translateIssue';
import { useFormat } from '../../i18n/format';

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
        <>
          <Title order={5}>{t('import.errorsTitle')}</Title>
          {check.errorCount > check.errors.length && (
            <Text size="sm" c="dimmed">
              {t('import.errorsCut', { shown: check.errors.length, count: check.errorCount })}
            </Text>
          )}
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing={6} data-testid="import-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('import.row')}</Table.Th>
                  <Table.Th>{t('import.column')}</Table.Th>
                  <Table.Th>{t('import.problemHeading')}</Table.Th>
                  <Table.Th>{t('import.value')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {check.errors.map((error, index) => (
                  <Table.Tr key={index} data-testid="import-error-row">
                    <Table.Td>{format.number(error.row)}</Table.Td>
                    <Table.Td>
                      {error.column ?? (error.field ? t(`importField.${error.field}`) : '–')}
                    </Table.Td>
                    <Table.Td>{translateMessage(error.message, t)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                        {error.value ?? ''}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {check.preview.length > 0 && (
        <>
          <Title order={5}>{t('import.readyRows')}</Title>
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('import.row')}</Table.Th>
                  <Table.Th>{t('organisation.name')}</Table.Th>
                  <Table.Th>{t('organisation.type')}</Table.Th>
                  <Table.Th>{t('organisation.industryCodeShort')}</Table.Th>
                  <Table.Th>{t('organisation.employees')}</Table.Th>
                  <Table.Th>{t('organisation.city')}</Table.Th>
                  <Table.Th>{t('importField.contactName')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {check.preview.map((row) => (
                  <Table.Tr key={row.row}>
                    <Table.Td>{format.number(row.row)}</Table.Td>
                    <Table.Td>{row.name}</Table.Td>
                    <Table.Td>{t(`common:organisationType.${row.type}`)}</Table.Td>
                    <Table.Td>{cellText(row.industryCode)}</Table.Td>
                    <Table.Td>
                      {typeof row.employees === 'number' ? format.number(row.employees) : ''}
                    </Table.Td>
                    <Table.Td>{cellText(row.city)}</Table.Td>
                    <Table.Td>{row.contactName ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

/** A preview cell as text (the preview rows are loosely typed: unknown values). */
function cellText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
