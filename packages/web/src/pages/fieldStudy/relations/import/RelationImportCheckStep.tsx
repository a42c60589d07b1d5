// Step 3 of the relation import: the dry run's counts, every listed error by row and column,
// the rows skipped as duplicates, and the first relations to add. Any error: nothing is imported.

import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { localText, RELATION_TYPE_LABELS, type RelationImportError } from '@kume/core';
import { useTranslation } from 'react-i18next';
import type { RelationImportResultView } from '@kume/server';
import { ImportErrorsTable } from '../../../../components/fileImport/ImportErrorsTable';
import { ImportTable } from '../../../../components/fileImport/ImportTable';
import { useFormat } from '../../../../i18n/format';
import { RELATION_IMPORT_WORDS } from './RelationImportFileStep';
import { relationImportErrorText } from './relationImportSteps';

export function RelationImportCheckStep({ check }: { check: RelationImportResultView }) {
  const { t } = useTranslation('fieldwork');
  const format = useFormat();
  const ok = check.errorCount === 0;
  const typeLabel = (type: keyof typeof RELATION_TYPE_LABELS) =>
    localText(RELATION_TYPE_LABELS[type], format.language);
  const fieldLabel = (error: RelationImportError) =>
    error.field ? t(`relations.import.fields.${error.field}`) : '';
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
        <ImportErrorsTable
          errors={check.errors}
          errorCount={check.errorCount}
          words={RELATION_IMPORT_WORDS}
          fieldLabel={fieldLabel}
          problem={(error) => {
            const { key, values } = relationImportErrorText(error);
            return t(key, { ...values, field: fieldLabel(error) });
          }}
          testId="relation-import-errors"
        />
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
        <ImportTable
          title={t('relations.import.readyTitle')}
          headers={[
            t('relations.import.row'),
            t('relations.source'),
            t('relations.type'),
            t('relations.target'),
            t('relations.share'),
          ]}
          rows={check.preview.map((r) => ({
            key: r.row,
            cells: [
              format.number(r.row),
              r.source,
              typeLabel(r.relationType),
              r.target,
              r.sharePercent === null ? '' : `${format.number(r.sharePercent)} %`,
            ],
          }))}
          minWidth={560}
        />
      )}
    </Stack>
  );
}
