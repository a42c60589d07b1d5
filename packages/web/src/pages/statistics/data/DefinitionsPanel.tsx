// The project's cluster definitions (industry -> cluster, traded or local): import one or add
// Kume's NACE default, list them with their clusters and industries, open one to edit it, delete.

import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import { statisticsPath, useDefinitions } from '../statisticsQueries';
import type { DefinitionSummaryView, DefinitionView } from '../types';
import { useStatisticsMutation } from '../useStatisticsMutation';
import { useStatsFormat } from '../useStatsFormat';
import { BuiltinDefinitionMenu } from './BuiltinDefinitionMenu';
import { FileImportForm } from './FileImportForm';

export function DefinitionsPanel({ slug, canWrite }: { slug: string; canWrite: boolean }) {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  const definitions = useDefinitions(slug);
  const [importing, importForm] = useDisclosure(false);
  const remove = useStatisticsMutation(
    slug,
    (definition: DefinitionSummaryView) =>
      api.delete(statisticsPath(slug, `/definitions/${definition.id}`)),
    { success: t('deleted'), notifyErrors: true },
  );
  const base = `/p/${encodeURIComponent(slug)}/statistics/definitions`;

  const form = (
    <FileImportForm<DefinitionView>
      slug={slug}
      route="/definitions"
      testIdPrefix="definition"
      help={t('definitions.help')}
      onImported={importForm.close}
    />
  );

  if (definitions.isPending) return <Loading />;
  if (definitions.error) return <ErrorAlert error={definitions.error} />;

  if (definitions.data.length === 0)
    return (
      <Stack gap="md">
        <EmptyState title={t('definitions.emptyTitle')} description={t('definitions.emptyText')} />
        {canWrite && (
          <Group>
            <BuiltinDefinitionMenu slug={slug} />
          </Group>
        )}
        {canWrite && form}
      </Stack>
    );

  return (
    <Stack gap="md">
      {canWrite && (
        <Group>
          <Button variant={importing ? 'default' : 'filled'} onClick={importForm.toggle}>
            {importing ? t('common:action.cancel') : t('definitions.import')}
          </Button>
          <BuiltinDefinitionMenu slug={slug} />
        </Group>
      )}
      {canWrite && importing && form}
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="xs" fz="sm" data-testid="definition-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('column.name')}</Table.Th>
              <Table.Th ta="right">{t('definitions.clusters')}</Table.Th>
              <Table.Th ta="right">{t('definitions.industries')}</Table.Th>
              <Table.Th>{t('column.updated')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {definitions.data.map((d) => (
              <Table.Tr key={d.id} data-testid="definition-row">
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`${base}/${d.id}`}
                    fw={500}
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {d.name}
                  </Anchor>
                  {d.description && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {d.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('definitions.clusterCounts', {
                    all: format.count(d.clusterCount),
                    traded: format.count(d.tradedCount),
                    local: format.count(d.localCount),
                  })}
                </Table.Td>
                <Table.Td ta="right">{format.count(d.industryCount)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(d.updatedAt)}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap" justify="flex-end">
                    <Button
                      component={Link}
                      to={`${base}/${d.id}`}
                      size="compact-sm"
                      variant="subtle"
                      data-testid="definition-open"
                    >
                      {canWrite ? t('common:action.edit') : t('definitions.open')}
                    </Button>
                    {canWrite && (
                      <ConfirmButton
                        size="compact-sm"
                        variant="subtle"
                        title={t('definitions.deleteTitle')}
                        message={t('definitions.deleteText', { name: d.name })}
                        onConfirm={() => remove.mutateAsync(d)}
                        loading={remove.isPending}
                        testId="definition-delete"
                      >
                        {t('common:action.delete')}
                      </ConfirmButton>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
