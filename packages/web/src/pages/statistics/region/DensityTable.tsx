// Diversification opportunities of the focus region (economic complexity): industries the region
// has no comparative advantage in (RCA < 1) but which are dense around what it does have.

import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useDensity, type AnalysisParams } from '../statisticsQueries';
import type { StatsFormat } from '../useStatsFormat';

export function DensityTable({
  slug,
  params,
  region,
  format,
}: {
  slug: string;
  params: AnalysisParams;
  region: string;
  format: StatsFormat;
}) {
  const { t } = useTranslation('statistics');
  const density = useDensity(slug, params, region);
  if (density.isPending) return <Loading />;
  if (density.error) return <ErrorAlert error={density.error} />;
  if (density.data.opportunities.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('density.none')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={420} maxHeight={480}>
      <Table striped stickyHeader verticalSpacing={4} fz="sm" data-testid="density-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>{t('density.industry')}</Table.Th>
            <Table.Th ta="right">{t('density.density')}</Table.Th>
            <Table.Th ta="right">{t('density.rca')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {density.data.opportunities.map((o, index) => (
            <Table.Tr key={o.industry} data-testid="density-row">
              <Table.Td c="dimmed">{index + 1}</Table.Td>
              <Table.Td ff="monospace">{o.industry}</Table.Td>
              <Table.Td ta="right">{format.score(o.density)}</Table.Td>
              <Table.Td ta="right">{format.lq(o.rca)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
