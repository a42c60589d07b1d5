// The region's strong and emerging clusters (and the focus clusters) from the statistics: the
// location quotient, employment, yearly growth, and the actions addressing each.

import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { RoadmapItemView } from '../roadmapQueries';
import { ItemRowActions, ItemTitleCell, LinkedActionsCell, type ItemRowContext } from './ItemCells';
import { clusterStanding, type ClusterStandingName } from './itemDisplay';

const STANDING_COLOURS: Record<ClusterStandingName, string> = {
  strong: 'teal',
  emerging: 'lime',
  focus: 'blue',
};

export function ClusterTable({
  items,
  context,
}: {
  items: RoadmapItemView[];
  context: ItemRowContext;
}) {
  const { t } = useTranslation('roadmap');
  const format = useFormat();
  const growth = (value: number | undefined) =>
    value === undefined
      ? '—'
      : `${value > 0 ? '+' : ''}${format.number(value / 100, { style: 'percent', maximumFractionDigits: 1 })}`;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('kind.cluster')}</Table.Th>
            <Table.Th ta="right">{t('item.lq')}</Table.Th>
            <Table.Th ta="right">{t('item.employment')}</Table.Th>
            <Table.Th ta="right">{t('item.growth')}</Table.Th>
            <Table.Th>{t('item.actions')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const standing = clusterStanding(item);
            return (
              <Table.Tr
                key={item.key}
                data-testid="roadmap-item-cluster"
                data-key={item.key}
                opacity={item.dismissed ? 0.55 : undefined}
              >
                <Table.Td>
                  <ItemTitleCell
                    item={item}
                    slug={context.slug}
                    extra={
                      item.source.kind === 'manual' ? null : (
                        <Badge size="xs" variant="light" color={STANDING_COLOURS[standing]}>
                          {t(`item.standing.${standing}`)}
                        </Badge>
                      )
                    }
                  />
                </Table.Td>
                <Table.Td ta="right">
                  {format.number(item.figures.lq, {
                    minimumFractionDigits: 2,
                    maximumFractionDigits: 2,
                  }) || '—'}
                </Table.Td>
                <Table.Td ta="right">{format.number(item.figures.employment) || '—'}</Table.Td>
                <Table.Td ta="right">{growth(item.figures.growthPercent)}</Table.Td>
                <Table.Td>
                  <LinkedActionsCell item={item} context={context} />
                </Table.Td>
                <Table.Td>
                  <ItemRowActions item={item} context={context} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
