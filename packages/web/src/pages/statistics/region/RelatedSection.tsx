// The related clusters of the focus region: the network, and the missing neighbours listed, or
// what to do when the project has no relatedness matrix chosen yet.

import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useRelated, type AnalysisParams } from '../statisticsQueries';
import type { StatsFormat } from '../useStatsFormat';
import { RelatedChart } from './RelatedChart';

export function RelatedSection({
  slug,
  params,
  region,
  relatednessId,
  title,
  format,
  phone,
}: {
  slug: string;
  params: AnalysisParams;
  region: string;
  relatednessId: string | null;
  title: string;
  format: StatsFormat;
  phone: boolean;
}) {
  const { t } = useTranslation('statistics');
  const related = useRelated(slug, params, region, relatednessId);
  if (!relatednessId)
    return (
      <EmptyState
        title={t('related.emptyTitle')}
        description={t('related.emptyText')}
        action={
          <Button
            component={Link}
            to={`/p/${encodeURIComponent(slug)}/statistics/data?tab=relatedness`}
            variant="light"
          >
            {t('related.toData')}
          </Button>
        }
      />
    );
  if (related.isPending) return <Loading />;
  if (related.error) return <ErrorAlert error={related.error} />;
  const names = new Map(related.data.nodes.map((n) => [n.cluster, n.clusterName]));
  return (
    <Stack gap="md">
      <RelatedChart related={related.data} title={title} format={format} phone={phone} />
      <Text fw={600}>{t('related.missingTitle')}</Text>
      {related.data.missing.length === 0 ? (
        <Text size="sm" c="dimmed">
          {related.data.strong.length === 0 ? t('related.noStrong') : t('related.noMissing')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520} maxHeight={400}>
          <Table striped stickyHeader verticalSpacing={4} fz="sm" data-testid="missing-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('related.strongCluster')}</Table.Th>
                <Table.Th>{t('related.relatedCluster')}</Table.Th>
                <Table.Th ta="right">{t('related.percentile')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {related.data.missing.map((m) => (
                <Table.Tr key={`${m.strongCluster}-${m.relatedCluster}`} data-testid="missing-row">
                  <Table.Td>{names.get(m.strongCluster) ?? m.strongCluster}</Table.Td>
                  <Table.Td fw={500}>{m.relatedClusterName}</Table.Td>
                  <Table.Td ta="right">{format.count(m.percentile)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed">
        {t('related.hint')}{' '}
        <Anchor
          component={Link}
          to={`/p/${encodeURIComponent(slug)}/statistics/data?tab=relatedness`}
          size="xs"
        >
          {t('related.toData')}
        </Anchor>
      </Text>
    </Stack>
  );
}
