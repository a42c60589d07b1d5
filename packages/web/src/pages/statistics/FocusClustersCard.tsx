// The project's focus clusters with their key figures in the focus region (employment, location
// quotient, growth a year, the strong marks), for the secondary research's start page.

import { Anchor, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePhone } from '../stakeholders/usePhone';
import { StrongBadges } from './ClusterBadges';
import { growthColour } from './growthColour';
import type { ClusterRowView } from './types';
import type { FocusCluster } from './useFocusClusters';
import type { StatsFormat } from './useStatsFormat';

export function FocusClustersCard({
  clusters,
  rows,
  pending,
  error,
  region,
  regionPath,
  format,
}: {
  clusters: readonly FocusCluster[];
  /** The focus region's portfolio rows, undefined while they load or cannot be had. */
  rows: readonly ClusterRowView[] | undefined;
  pending: boolean;
  error: unknown;
  /** The focus region's label, '' when none is chosen. */
  region: string;
  /** The region profile, where focus clusters are marked. */
  regionPath: string;
  format: StatsFormat;
}) {
  const { t } = useTranslation('statistics');
  const phone = usePhone();
  const byCluster = new Map((rows ?? []).map((row) => [row.cluster, row]));
  const body =
    clusters.length === 0 ? (
      <Text size="sm" c="dimmed">
        {t('focus.none')}{' '}
        <Anchor component={Link} to={regionPath} size="sm">
          {t('focus.toRegion')}
        </Anchor>
      </Text>
    ) : error ? (
      <ErrorAlert error={error} />
    ) : pending && region ? (
      <Text size="sm" c="dimmed">
        {t('loading')}
      </Text>
    ) : phone ? (
      // On phones a line per cluster, as the strongest clusters are shown: no sideways scrolling.
      <Stack gap={8} data-testid="focus-table">
        {clusters.map((cluster) => {
          const row = byCluster.get(cluster.code);
          return (
            <Stack key={cluster.code} gap={2} data-testid="focus-row" data-cluster={cluster.code}>
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {row?.clusterName ?? cluster.name}
                </Text>
                {row && <StrongBadges row={row} />}
              </Group>
              <Text size="sm" c={row ? undefined : 'dimmed'}>
                {row
                  ? t('overview.line', {
                      lq: format.lq(row.lq),
                      employment: format.count(row.employment),
                      growth: format.growth(row.employmentCagr),
                    })
                  : region
                    ? t('focus.notInRegion')
                    : t('overview.chooseFirst')}
              </Text>
            </Stack>
          );
        })}
      </Stack>
    ) : (
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing={4} fz="sm" data-testid="focus-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('column.cluster')}</Table.Th>
              <Table.Th ta="right">{t('column.employment')}</Table.Th>
              <Table.Th ta="right">{t('column.lq')}</Table.Th>
              <Table.Th ta="right">{t('column.growth')}</Table.Th>
              <Table.Th>{t('column.strong')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clusters.map((cluster) => {
              const row = byCluster.get(cluster.code);
              return (
                <Table.Tr key={cluster.code} data-testid="focus-row" data-cluster={cluster.code}>
                  <Table.Td fw={500}>{row?.clusterName ?? cluster.name}</Table.Td>
                  {row ? (
                    <>
                      <Table.Td ta="right">{format.count(row.employment)}</Table.Td>
                      <Table.Td ta="right">{format.lq(row.lq)}</Table.Td>
                      <Table.Td ta="right" c={growthColour(row.employmentCagr)}>
                        {format.growth(row.employmentCagr)}
                      </Table.Td>
                      <Table.Td>
                        <StrongBadges row={row} />
                      </Table.Td>
                    </>
                  ) : (
                    <Table.Td colSpan={4} c="dimmed">
                      {region ? t('focus.notInRegion') : t('overview.chooseFirst')}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  return (
    <Card withBorder radius="md" data-testid="overview-focus">
      <Title order={4} mb="xs">
        {region ? t('focus.titleIn', { region }) : t('focus.title')}
      </Title>
      {body}
    </Card>
  );
}
