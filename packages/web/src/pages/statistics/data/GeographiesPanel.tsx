// The maps the project imported (GeoJSON of its regions: NUTS regions, Turkish provinces or
// districts, anything): import, list, delete. The cluster ranking offers each as a map.

import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { GeographyView } from '@kume/server';
import { api } from '../../../api/client';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import { useGeographies } from '../geography/geographyQueries';
import { statisticsPath } from '../statisticsQueries';
import { useStatisticsMutation } from '../useStatisticsMutation';
import { useStatsFormat } from '../useStatsFormat';
import { GeographyUploadForm } from './GeographyUploadForm';

export function GeographiesPanel({ slug, canWrite }: { slug: string; canWrite: boolean }) {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  const geographies = useGeographies(slug);
  const [importing, importForm] = useDisclosure(false);
  const remove = useStatisticsMutation(
    slug,
    (geography: GeographyView) =>
      api.delete(statisticsPath(slug, `/geographies/${geography.id}`)),
    { success: t('deleted'), notifyErrors: true },
  );
  const form = <GeographyUploadForm slug={slug} onImported={importForm.close} />;

  if (geographies.isPending) return <Loading />;
  if (geographies.error) return <ErrorAlert error={geographies.error} />;

  if (geographies.data.length === 0)
    return (
      <Stack gap="md">
        <EmptyState title={t('maps.emptyTitle')} description={t('maps.emptyText')} />
        {canWrite && form}
      </Stack>
    );

  return (
    <Stack gap="md">
      {canWrite && (
        <Group>
          <Button variant={importing ? 'default' : 'filled'} onClick={importForm.toggle}>
            {importing ? t('common:action.cancel') : t('maps.import')}
          </Button>
        </Group>
      )}
      {canWrite && importing && form}
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="xs" fz="sm" data-testid="geography-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('column.name')}</Table.Th>
              <Table.Th ta="right">{t('maps.regions')}</Table.Th>
              <Table.Th>{t('maps.codes')}</Table.Th>
              <Table.Th>{t('column.imported')}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {geographies.data.map((g) => (
              <Table.Tr key={g.id} data-testid="geography-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {g.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {g.fileName}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{format.count(g.featureCount)}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {g.sampleIds.join(', ')}
                    {g.featureCount > g.sampleIds.length ? ', …' : ''}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('maps.fromProperty', { property: g.idProperty })}
                    {g.nameProperty ? ` · ${t('maps.namesFrom', { property: g.nameProperty })}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(g.createdAt)}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group justify="flex-end">
                      <ConfirmButton
                        size="compact-sm"
                        variant="subtle"
                        title={t('maps.deleteTitle')}
                        message={t('maps.deleteText', { name: g.name })}
                        onConfirm={() => remove.mutateAsync(g)}
                        loading={remove.isPending}
                        testId="geography-delete"
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
    </Stack>
  );
}
