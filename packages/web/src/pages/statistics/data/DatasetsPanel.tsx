// The project's datasets (regional employment statistics): import one (with its format, and a
// column mapping for a generic table), list them with their rows, regions, industries and years,
// rename and delete.

import { Alert, Badge, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import { statisticsPath, useDatasets } from '../statisticsQueries';
import type { DatasetView } from '../types';
import { useStatisticsMutation } from '../useStatisticsMutation';
import { useStatsFormat } from '../useStatsFormat';
import { yearSpan } from '../yearSpan';
import { DatasetImportForm } from './DatasetImportForm';
import { RenameModal } from './RenameModal';

export function DatasetsPanel({ slug, canWrite }: { slug: string; canWrite: boolean }) {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  const datasets = useDatasets(slug);
  const [importing, importForm] = useDisclosure(false);
  const [renaming, setRenaming] = useState<DatasetView | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const rename = useStatisticsMutation(
    slug,
    ({ id, name }: { id: string; name: string }) =>
      api.patch<DatasetView>(statisticsPath(slug, `/datasets/${id}`), { name }),
    { success: t('saved'), onSuccess: () => setRenaming(null) },
  );
  const remove = useStatisticsMutation(
    slug,
    (dataset: DatasetView) => api.delete(statisticsPath(slug, `/datasets/${dataset.id}`)),
    { success: t('deleted'), notifyErrors: true },
  );

  const form = (
    <DatasetImportForm
      slug={slug}
      onImported={(result) => {
        setWarnings(result.warnings ?? []);
        importForm.close();
      }}
    />
  );

  if (datasets.isPending) return <Loading />;
  if (datasets.error) return <ErrorAlert error={datasets.error} />;

  return (
    <Stack gap="md">
      {warnings.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          title={t('datasets.warnings')}
          withCloseButton
          onClose={() => setWarnings([])}
          data-testid="dataset-warnings"
        >
          <List size="sm">
            {warnings.map((warning, index) => (
              <List.Item key={index}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {datasets.data.length === 0 ? (
        <>
          <EmptyState
            title={t('datasets.emptyTitle')}
            description={t('datasets.emptyText')}
          />
          {canWrite && form}
        </>
      ) : (
        <>
          {canWrite && (
            <Group>
              <Button variant={importing ? 'default' : 'filled'} onClick={importForm.toggle}>
                {importing ? t('common:action.cancel') : t('datasets.import')}
              </Button>
            </Group>
          )}
          {canWrite && importing && form}
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="xs" fz="sm" data-testid="dataset-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('column.name')}</Table.Th>
                  <Table.Th>{t('datasets.format')}</Table.Th>
                  <Table.Th ta="right">{t('datasets.rows')}</Table.Th>
                  <Table.Th ta="right">{t('datasets.regions')}</Table.Th>
                  <Table.Th ta="right">{t('datasets.industries')}</Table.Th>
                  <Table.Th>{t('datasets.years')}</Table.Th>
                  <Table.Th>{t('column.imported')}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {datasets.data.map((d) => (
                  <Table.Tr key={d.id} data-testid="dataset-row">
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {d.name}
                      </Text>
                      {d.fileName !== d.name && (
                        <Text size="xs" c="dimmed">
                          {d.fileName}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" size="sm" title={t(`datasets.formats.${d.sourceFormat}`)}>
                        {t(`datasets.formatShort.${d.sourceFormat}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{format.count(d.rowCount)}</Table.Td>
                    <Table.Td ta="right">{format.count(d.regionCount)}</Table.Td>
                    <Table.Td ta="right">{format.count(d.industryCount)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{yearSpan(d.years)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(d.createdAt)}</Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Group gap={6} wrap="nowrap" justify="flex-end">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            onClick={() => setRenaming(d)}
                            data-testid="dataset-rename"
                          >
                            {t('rename')}
                          </Button>
                          <ConfirmButton
                            size="compact-sm"
                            variant="subtle"
                            title={t('datasets.deleteTitle')}
                            message={t('datasets.deleteText', { name: d.name })}
                            onConfirm={() => remove.mutateAsync(d)}
                            loading={remove.isPending}
                            testId="dataset-delete"
                          >
                            {t('common:action.delete')}
                          </ConfirmButton>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <RenameModal
        opened={renaming !== null}
        name={renaming?.name ?? ''}
        title={t('datasets.renameTitle')}
        onClose={() => setRenaming(null)}
        onSave={(name) => renaming && rename.mutate({ id: renaming.id, name })}
        saving={rename.isPending}
        error={rename.error}
      />
    </Stack>
  );
}
