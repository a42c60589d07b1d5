// The power-interest grid of the assessed stakeholders (chart), with the same organisations in a
// sortable table so the data is reachable without the chart and on phones.

import { Anchor, Badge, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { queryList } from '@kume/core';
import type { PowerInterestPoint } from '@kume/server';
import { useProject } from '../../api/useProject';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { SortableHeader } from '../../components/table/SortableHeader';
import { useListState } from '../../components/table/useListState';
import { useFormat } from '../../i18n/format';
import { PowerInterestChart } from './PowerInterestChart';
import { quadrantOf, type Quadrant } from './powerInterestLayout';
import { ScoreBadge } from './ScoreBadge';
import { usePowerInterest } from './stakeholderQueries';

const SORTS = ['name', 'influence', 'willingness'] as const;
const QUADRANT_COLOURS: Record<Quadrant, string> = {
  manage_closely: 'teal',
  keep_satisfied: 'blue',
  keep_informed: 'yellow',
  monitor: 'gray',
};

function sortPoints(
  points: PowerInterestPoint[],
  sort: (typeof SORTS)[number],
  dir: 'asc' | 'desc',
  locale: string,
) {
  return queryList(
    points,
    { sort, dir, pageSize: Math.max(points.length, 1) },
    {
      locale,
      defaultSort: 'name',
      searchText: (p) => [p.name],
      sortValue: {
        name: (p) => p.name,
        influence: (p) => p.influence,
        willingness: (p) => p.willingness,
      },
    },
  ).items;
}

export default function PowerInterestPage() {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  const navigate = useNavigate();
  const { slug } = useProject();
  const points = usePowerInterest(slug);
  const list = useListState({ sorts: SORTS, defaultSort: 'influence', defaultDir: 'desc' });
  const header = (
    <PageHeader title={t('powerInterest.title')} description={t('powerInterest.description')} />
  );

  if (points.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (points.error) return <ErrorAlert error={points.error} />;
  if (points.data.length === 0)
    return (
      <>
        {header}
        <EmptyState
          title={t('powerInterest.emptyTitle')}
          description={t('powerInterest.emptyText')}
          action={
            <Button component={Link} to={`/p/${slug}/organisations`}>
              {t('powerInterest.toRegistry')}
            </Button>
          }
        />
      </>
    );

  const rows = sortPoints(points.data, list.sort ?? 'influence', list.dir, format.language);
  const sortable = (column: (typeof SORTS)[number], label: string, firstDir?: 'desc') => (
    <SortableHeader
      column={column}
      sort={list.sort}
      dir={list.dir}
      onSort={list.toggleSort}
      firstDir={firstDir}
    >
      {label}
    </SortableHeader>
  );

  return (
    <Stack gap="md">
      {header}
      <Paper withBorder p="sm" radius="md">
        <PowerInterestChart
          points={points.data}
          onOpen={(id) => void navigate(`/p/${slug}/organisations/${id}`)}
        />
        <Text size="xs" c="dimmed" mt={4}>
          {t('powerInterest.chartHelp')}
        </Text>
      </Paper>
      <Paper withBorder p="sm" radius="md">
        <Text size="sm" c="dimmed" mb="xs">
          {t('powerInterest.tableCaption', { count: rows.length })}
        </Text>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} striped fz="sm" data-testid="power-interest-table">
            <Table.Thead>
              <Table.Tr>
                {sortable('name', t('organisation.name'))}
                <Table.Th>{t('organisation.type')}</Table.Th>
                {sortable('influence', t('commitment.influence'), 'desc')}
                {sortable('willingness', t('commitment.willingness'), 'desc')}
                <Table.Th>{t('powerInterest.quadrantHeading')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => {
                const quadrant = quadrantOf(p.willingness, p.influence);
                return (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/p/${slug}/organisations/${p.id}`} size="sm">
                        {p.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`common:organisationType.${p.type}`)}</Table.Td>
                    <Table.Td>
                      <ScoreBadge score={p.influence} />
                    </Table.Td>
                    <Table.Td>
                      <ScoreBadge score={p.willingness} />
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={QUADRANT_COLOURS[quadrant]} size="sm">
                        {t(`powerInterest.quadrant.${quadrant}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
