// The weighted success factors: weight as a bar, current performance, the importance-performance
// quadrant and the actions addressing each.

import { Badge, Group, Progress, Table, Text } from '@mantine/core';
import type { IpaQuadrant } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { RoadmapItemView } from '../roadmapQueries';
import { ItemRowActions, ItemTitleCell, LinkedActionsCell, type ItemRowContext } from './ItemCells';

/** Concentrate here (important, weak) stands out; possible overkill is a warning of its own. */
const QUADRANT_COLOURS: Record<IpaQuadrant, string> = {
  concentrate_here: 'red',
  keep_up: 'teal',
  low_priority: 'gray',
  possible_overkill: 'yellow',
};

export function FactorTable({
  items,
  context,
}: {
  items: RoadmapItemView[];
  context: ItemRowContext;
}) {
  const { t } = useTranslation('roadmap');
  const format = useFormat();
  // The bar's full length is the heaviest factor, so that small differences show.
  const heaviest = Math.max(...items.map((item) => item.weight ?? 0), 0);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('kind.success_factor')}</Table.Th>
            <Table.Th w={150}>{t('item.weight')}</Table.Th>
            <Table.Th ta="right">{t('item.performance')}</Table.Th>
            <Table.Th>{t('item.quadrant')}</Table.Th>
            <Table.Th>{t('item.actions')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr
              key={item.key}
              data-testid="roadmap-item-success_factor"
              data-key={item.key}
              opacity={item.dismissed ? 0.55 : undefined}
            >
              <Table.Td>
                <ItemTitleCell item={item} slug={context.slug} />
              </Table.Td>
              <Table.Td>
                {item.weight === null ? (
                  <Text size="xs" c="dimmed">
                    {t('item.unweighted')}
                  </Text>
                ) : (
                  <Group gap={6} wrap="nowrap">
                    <Progress
                      value={heaviest > 0 ? (100 * item.weight) / heaviest : 0}
                      w={80}
                      size="md"
                      aria-label={t('item.weight')}
                    />
                    <Text size="xs">{format.percent(item.weight)}</Text>
                  </Group>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {format.number(item.figures.performance, {
                  minimumFractionDigits: 1,
                  maximumFractionDigits: 1,
                }) || '—'}
              </Table.Td>
              <Table.Td>
                {item.quadrant ? (
                  <Badge
                    size="sm"
                    variant="light"
                    tt="none"
                    style={{ minWidth: 'max-content' }}
                    color={QUADRANT_COLOURS[item.quadrant]}
                  >
                    {t(`workshops:results.quadrant.${item.quadrant}`)}
                  </Badge>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <LinkedActionsCell item={item} context={context} />
              </Table.Td>
              <Table.Td>
                <ItemRowActions item={item} context={context} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
