// The cluster map's value-chain gaps and investment needs: the kind, the gap score (0-1, larger is
// worse) as a bar, and the actions addressing each.

import { Badge, Group, Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { RoadmapItemView } from '../roadmapQueries';
import { ItemRowActions, ItemTitleCell, LinkedActionsCell, type ItemRowContext } from './ItemCells';

export function GapTable({
  items,
  context,
  largeGapScore,
}: {
  items: RoadmapItemView[];
  context: ItemRowContext;
  /** Gaps scoring at least this need an action (the coverage setting): their bar is orange. */
  largeGapScore: number;
}) {
  const { t } = useTranslation('roadmap');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('item.gapOrNeed')}</Table.Th>
            <Table.Th w={150}>{t('item.score')}</Table.Th>
            <Table.Th>{t('item.actions')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr
              key={item.key}
              data-testid={`roadmap-item-${item.kind}`}
              data-key={item.key}
              opacity={item.dismissed ? 0.55 : undefined}
            >
              <Table.Td>
                <ItemTitleCell
                  item={item}
                  slug={context.slug}
                  extra={
                    <Badge
                      size="xs"
                      variant="light"
                      color={item.kind === 'investment_need' ? 'grape' : 'blue'}
                    >
                      {t(`kind.${item.kind}`)}
                    </Badge>
                  }
                />
              </Table.Td>
              <Table.Td>
                {item.score === null ? (
                  '—'
                ) : (
                  <Group gap={6} wrap="nowrap">
                    <Progress
                      value={100 * Math.min(1, Math.max(0, item.score))}
                      color={item.score >= largeGapScore ? 'orange' : 'gray'}
                      w={80}
                      size="md"
                      aria-label={t('item.score')}
                    />
                    <Text size="xs">
                      {format.number(item.score, {
                        minimumFractionDigits: 2,
                        maximumFractionDigits: 2,
                      })}
                    </Text>
                  </Group>
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
