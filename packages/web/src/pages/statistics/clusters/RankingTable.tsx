// All regions in one cluster, ranked: a sortable, paginated table with the focus region marked.

import { Badge, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../../components/table/ListPagination';
import { SortableHeader } from '../../../components/table/SortableHeader';
import { Stars, StrongBadges } from '../ClusterBadges';
import { EmploymentCell } from '../EmploymentCell';
import { growthColour } from '../growthColour';
import { sortRows, type SortDirection } from '../sortRows';
import type { ClusterRowView } from '../types';
import { useSortState } from '../useSortState';
import type { StatsFormat } from '../useStatsFormat';

type SortKey =
  | 'employmentRank'
  | 'region'
  | 'employment'
  | 'establishments'
  | 'lq'
  | 'lqTotal'
  | 'employmentCagr'
  | 'strong';

export function RankingTable({
  rows,
  format,
  focusRegion,
  regionLabel,
}: {
  rows: readonly ClusterRowView[];
  format: StatsFormat;
  focusRegion: string | null;
  regionLabel: (code: string) => string;
}) {
  const { t } = useTranslation('statistics');
  const sort = useSortState<SortKey>('employmentRank', 'asc');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const sorted = useMemo(
    () => sortRows(rows, sort.sort, sort.dir, format.language),
    [rows, sort.sort, sort.dir, format.language],
  );
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const current = Math.min(page, pages);
  const pageRows = sorted.slice((current - 1) * pageSize, current * pageSize);
  const header = (column: SortKey, label: string, firstDir: SortDirection = 'desc') => (
    <SortableHeader
      column={column}
      sort={sort.sort}
      dir={sort.dir}
      onSort={(c, d) => {
        sort.toggle(c, d);
        setPage(1);
      }}
      firstDir={firstDir}
    >
      {label}
    </SortableHeader>
  );
  return (
    <>
      <Table.ScrollContainer minWidth={880}>
        <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid="ranking-table">
          <Table.Thead>
            <Table.Tr>
              {header('employmentRank', t('column.rank'), 'asc')}
              {header('region', t('column.region'), 'asc')}
              {header('employment', t('column.employment'))}
              {header('establishments', t('column.establishments'))}
              {header('lq', t('column.lq'))}
              {header('lqTotal', t('column.lqTotal'))}
              {header('employmentCagr', t('column.growth'))}
              {header('strong', t('column.strong'))}
              <Table.Th>{t('column.stars')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pageRows.map((row) => {
              const focus = row.region === focusRegion;
              return (
                <Table.Tr
                  key={row.region}
                  data-testid="ranking-row"
                  data-region={row.region}
                  bg={focus ? 'var(--mantine-color-yellow-0)' : undefined}
                >
                  <Table.Td>
                    {row.employmentRank === null ? '' : format.count(row.employmentRank)}
                  </Table.Td>
                  <Table.Td miw={180}>
                    <Text size="sm" fw={focus ? 700 : undefined} span>
                      {regionLabel(row.region)}
                    </Text>
                    {focus && (
                      <Badge size="xs" ml={6} variant="outline" color="yellow.8">
                        {t('ranking.focus')}
                      </Badge>
                    )}
                  </Table.Td>
                  <EmploymentCell
                    employment={row.employment}
                    filledShare={row.filledShare}
                    format={format}
                  />
                  <Table.Td ta="right">{format.count(row.establishments)}</Table.Td>
                  <Table.Td ta="right">{format.lq(row.lq)}</Table.Td>
                  <Table.Td ta="right">{format.lq(row.lqTotal)}</Table.Td>
                  <Table.Td ta="right" c={growthColour(row.employmentCagr)}>
                    {format.growth(row.employmentCagr)}
                  </Table.Td>
                  <Table.Td>
                    <StrongBadges row={row} />
                  </Table.Td>
                  <Table.Td>
                    <Stars row={row} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ListPagination
        total={sorted.length}
        page={current}
        pageSize={pageSize}
        onPage={setPage}
        onPageSize={(size) => {
          setPageSize(size);
          setPage(1);
        }}
      />
    </>
  );
}
