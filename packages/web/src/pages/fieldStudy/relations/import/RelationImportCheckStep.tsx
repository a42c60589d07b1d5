// Step 3 of the relation import: the dry run's counts, every listed error by row and column,
// the rows skipped as duplicates, and the first relations to add. Any error: nothing is imported.

import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { localText, RELATION_TYPE_LABELS } from '@kume/core';
import { useTranslation } from 'react-i18next';
import type { RelationImportResultView } from '@kume/server';
import { useFormat } from '../../../../i18n/format';
import { relationImportErrorText } from './relationImportSteps';

export function RelationImportCheckStep({ check }: { check: RelationImportResultView }) {
  const { t } = useTranslation('fieldwork');
  const format = useFormat();
  const ok = check.errorCount === 0;
  const typeLabel = (type: keyof typeof RELATION_TYPE_LABELS) =>
    localText(RELATION_TYPE_LABELS[type], format.language);
  return (
    <Stack gap="md" data-testid="relation-import-result">
      <Group gap="sm">
        <Badge size="lg" variant="light" color="gray">
          {t('relations.import.rowsRead', { count: check.rowsRead })}
        </Badge>
        <Badge size="lg" variant="light" color="teal" data-testid="relation-import-to-add">
          {t('relations.import.toAdd', { count: check.toAdd })}
        </Badge>
        <Badge size="lg" variant="light" color={ok ? 'gray' : 'red'}>
          {t('relations.import.errors', { count: check.errorCount })}
        </Badge>
        {check.existing.count > 0 && (
          <Badge size="lg" variant="light" color="yellow">
            {t('relations.import.existing', { count: check.existing.count })}
          </Badge>
        )}
        {check.repeated.count > 0 && (
          <Badge size="lg" variant="light" color="yellow">
            {t('relations.import.repeated', { count: check.repeated.count })}
          </Badge>
        )}
        {check.emptyRows > 0 && (
          <Text size="sm" c="dimmed">
            {t('relations.import.emptyRows', { count: check.emptyRows })}
          </Text>
        )}
      </Group>
      {!ok ? (
        <Alert color="red" title={t('relations.import.nothingTitle')} role="alert">
          {t('relations.import.nothingText')}
        </Alert>
      ) : check.toAdd === 0 ? (
        <Alert color="yellow">{t('relations.import.nothingNew')}</Alert>
      ) : (
        <Alert color="teal" title={t('relations.import.okTitle')}>
          {t('relations.import.okText', { count: check.toAdd })}
        </Alert>
      )}
      {check.errors.length > 0 && (
        <>
          <Title order={5}>{t('relations.import.errorsTitle')}</Title>
          {check.errorCount > check.errors.length && (
            <Text size="sm" c="dimmed">
              {t('relations.import.errorsCut', {
                shown: check.errors.length,
                count: check.errorCount,
              })}
            </Text>
          )}
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing={6} data-testid="relation-import-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('relations.import.row')}</Table.Th>
                  <Table.Th>{t('relations.import.column')}</Table.Th>
                  <Table.Th>{t('relations.import.problemHeading')}</Table.Th>
                  <Table.Th>{t('relations.import.value')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {check.errors.map((error, index) => {
                  const { key, values } = relationImportErrorText(error);
                  const field = error.field ? t(`relations.import.fields.${error.field}`) : '';
                  return (
                    <Table.Tr key={index}>
                      <Table.Td>{format.number(error.row)}</Table.Td>
                      <Table.Td>{error.column ?? (field || '–')}</Table.Td>
                      <Table.Td>{t(key, { ...values, field })}</Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                          {error.value ?? ''}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {[
        { title: t('relations.import.existingTitle'), list: check.existing },
        { title: t('relations.import.repeatedTitle'), list: check.repeated },
      ]
        .filter(({ list }) => list.count > 0)
        .map(({ title, list }) => (
          <Stack gap={4} key={title}>
            <Title order={5}>{title}</Title>
            {list.count > list.rows.length && (
              <Text size="sm" c="dimmed">
                {t('relations.import.listCut', { shown: list.rows.length, count: list.count })}
              </Text>
            )}
            <Text size="sm">
              {list.rows
                .map(
                  (r) =>
                    `${t('relations.import.row')} ${format.number(r.row)}: ${r.source} → ${r.target} (${typeLabel(r.relationType)})` +
                    (r.firstRow ? ` = ${format.number(r.firstRow)}` : ''),
                )
                .join(' · ')}
            </Text>
          </Stack>
        ))}
      {check.preview.length > 0 && (
        <>
          <Title order={5}>{t('relations.import.readyTitle')}</Title>
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('relations.import.row')}</Table.Th>
                  <Table.Th>{t('relations.source')}</Table.Th>
                  <Table.Th>{t('relations.type')}</Table.Th>
                  <Table.Th>{t('relations.target')}</Table.Th>
                  <Table.Th>{t('relations.share')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {check.preview.map((r) => (
                  <Table.Tr key={r.row}>
                    <Table.Td>{format.number(r.row)}</Table.Td>
                    <Table.Td>{r.source}</Table.Td>
                    <Table.Td>{typeLabel(r.relationType)}</Table.Td>
                    <Table.Td>{r.target}</Table.Td>
                    <Table.Td>
                      {r.sharePercent === null ? '' : `${format.number(r.sharePercent)} %`}
                    </Table.Td>
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
