// The focus region's cluster portfolio as a sortable table: employment, both location quotients,
// growth, the strong-cluster marks, the stars and the region's rank among all regions; each row
// can be marked as one of the project's focus clusters.

import { Badge, Checkbox, Group, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableHeader } from '../../../components/table/SortableHeader';
import { Stars, StrongBadges } from '../ClusterBadges';
import { EmploymentCell } from '../EmploymentCell';
import { growthColour } from '../growthColour';
import { sortRows, type SortDirection } from '../sortRows';
import type { ClusterRowView } from '../types';
import { useSortState } from '../useSortState';
import type { StatsFormat } from '../useStatsFormat';

type SortKey =
  | 'clusterName'
  | 'type'
  | 'employment'
  | 'lq'
  | 'lqTotal'
  | 'employmentCagr'
  | 'strong'
  | 'employmentRank';

export function PortfolioTable({
  rows,
  format,
  focus,
  onToggleFocus,
}: {
  rows: readonly ClusterRowView[];
  format: StatsFormat;
  /** The project's focus clusters (codes). */
  focus: ReadonlySet<string>;
  /** Marks or unmarks a focus cluster; absent for those who may only read. */
  onToggleFocus?: (cluster: string) => void;
}) {
  const { t } = useTranslation('statistics');
  const sort = useSortState<SortKey>('employment');
  const sorted = useMemo(
    () => sortRows(rows, sort.sort, sort.dir, format.language),
    [rows, sort.sort, sort.dir, format.language],
  );
  const header = (column: SortKey, label: string, firstDir: SortDirection = 'desc') => (
    <SortableHeader
      column={column}
      sort={sort.sort}
      dir={sort.dir}
      onSort={sort.toggle}
      firstDir={firstDir}
    >
      {label}
    </SortableHeader>
  );
  return (
    <Table.ScrollContainer minWidth={900} maxHeight={560}>
      <Table
        striped
        highlightOnHover
        stickyHeader
        verticalSpacing={6}
        fz="sm"
        data-testid="portfolio-table"
      >
        <Table.Thead>
          <Table.Tr>
            {onToggleFocus && <Table.Th w={56}>{t('focus.column')}</Table.Th>}
            {header('clusterName', t('column.cluster'), 'asc')}
            {header('type', t('column.type'), 'asc')}
            {header('employment', t('column.employment'))}
            {header('lq', t('column.lq'))}
            {header('lqTotal', t('column.lqTotal'))}
            {header('employmentCagr', t('column.growth'))}
            {header('strong', t('column.strong'))}
            <Table.Th>{t('column.stars')}</Table.Th>
            {header('employmentRank', t('column.rank'), 'asc')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr
              key={row.cluster}
              data-testid="portfolio-row"
              data-cluster={row.cluster}
              data-focus={focus.has(row.cluster)}
            >
              {onToggleFocus && (
                <Table.Td>
                  <Checkbox
                    checked={focus.has(row.cluster)}
                    onChange={() => onToggleFocus(row.cluster)}
                    aria-label={t('focus.toggle', { cluster: row.clusterName })}
                    data-testid="portfolio-focus"
                  />
                </Table.Td>
              )}
              <Table.Td miw={200}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={row.strong ? 600 : undefined}>
                    {row.clusterName}
                  </Text>
                  {focus.has(row.cluster) && (
                    <Badge size="xs" variant="light" color="blue" style={{ flexShrink: 0 }}>
                      {t('focus.badge')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{t(`type.${row.type}`)}</Table.Td>
              <EmploymentCell
                employment={row.employment}
                filledShare={row.filledShare}
                format={format}
              />
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
              <Table.Td ta="right">
                {row.employmentRank === null ? '' : `#${format.count(row.employmentRank)}`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
