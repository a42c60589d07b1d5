// The project's relatedness matrices (cluster x cluster scores such as the US Cluster Mapping's
// related clusters): import, list, delete. The region profile's network needs one.

import { Button, Group, Stack, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import { statisticsPath, useRelatednessMatrices } from '../statisticsQueries';
import type { RelatednessView } from '../types';
import { useStatisticsMutation } from '../useStatisticsMutation';
import { useStatsFormat } from '../useStatsFormat';
import { FileImportForm } from './FileImportForm';

export function RelatednessPanel({ slug, canWrite }: { slug: string; canWrite: boolean }) {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  const matrices = useRelatednessMatrices(slug);
  const [importing, importForm] = useDisclosure(false);
  const remove = useStatisticsMutation(
    slug,
    (matrix: RelatednessView) => api.delete(statisticsPath(slug, `/relatedness/${matrix.id}`)),
    { success: t('deleted'), notifyErrors: true },
  );

  const form = (
    <FileImportForm<RelatednessView>
      slug={slug}
      route="/relatedness"
      testIdPrefix="relatedness"
      help={t('relatedness.help')}
      onImported={importForm.close}
    />
  );

  if (matrices.isPending) return <Loading />;
  if (matrices.error) return <ErrorAlert error={matrices.error} />;

  if (matrices.data.length === 0)
    return (
      <Stack gap="md">
        <EmptyState title={t('relatedness.emptyTitle')} description={t('relatedness.emptyText')} />
        {canWrite && form}
      </Stack>
    );

  return (
    <Stack gap="md">
      {canWrite && (
        <Group>
          <Button variant={importing ? 'default' : 'filled'} onClick={importForm.toggle}>
            {importing ? t('common:action.cancel') : t('relatedness.import')}
          </Button>
        </Group>
      )}
      {canWrite && importing && form}
      <Table.ScrollContainer minWidth={480}>
        <Table striped verticalSpacing="xs" fz="sm" data-testid="relatedness-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('column.name')}</Table.Th>
              <Table.Th ta="right">{t('relatedness.pairs')}</Table.Th>
              <Table.Th>{t('column.imported')}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrices.data.map((m) => (
              <Table.Tr key={m.id} data-testid="relatedness-row">
                <Table.Td fw={500}>{m.name}</Table.Td>
                <Table.Td ta="right">{format.count(m.pairCount)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(m.createdAt)}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group justify="flex-end">
                      <ConfirmButton
                        size="compact-sm"
                        variant="subtle"
                        title={t('relatedness.deleteTitle')}
                        message={t('relatedness.deleteText', { name: m.name })}
                        onConfirm={() => remove.mutateAsync(m)}
                        loading={remove.isPending}
                        testId="relatedness-delete"
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
