// The skills gaps under the success factor each serves (then those serving none): priority, the
// current and required levels, and the actions addressing each.

import { Table, Text } from '@mantine/core';
import { localText } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { RoadmapItemView } from '../roadmapQueries';
import { ItemRowActions, ItemTitleCell, LinkedActionsCell, type ItemRowContext } from './ItemCells';
import { skillsByFactor } from './itemDisplay';

/** The skills gaps, under the success factor each serves, then those serving none. */
export function SkillTable({
  items,
  context,
}: {
  /** The factors and the skills (the factors only head the groups). */
  items: RoadmapItemView[];
  context: ItemRowContext;
}) {
  const { t, i18n } = useTranslation('roadmap');
  const format = useFormat();
  const number = (value: number | undefined) =>
    format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) || '—';
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('kind.skill_gap')}</Table.Th>
            <Table.Th ta="right">{t('item.priority')}</Table.Th>
            <Table.Th ta="right">{t('item.levels')}</Table.Th>
            <Table.Th>{t('item.actions')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {skillsByFactor(items).map(({ factor, skills }) => [
            <Table.Tr key={`group-${factor?.key ?? 'none'}`} bg="var(--mantine-color-gray-0)">
              <Table.Td colSpan={5}>
                <Text size="xs" fw={600} c="dimmed">
                  {factor
                    ? t('item.forFactor', { factor: localText(factor.title, i18n.language) })
                    : t('item.noFactor')}
                </Text>
              </Table.Td>
            </Table.Tr>,
            ...skills.map((item) => (
              <Table.Tr
                key={item.key}
                data-testid="roadmap-item-skill_gap"
                data-key={item.key}
                opacity={item.dismissed ? 0.55 : undefined}
              >
                <Table.Td>
                  <ItemTitleCell item={item} slug={context.slug} />
                </Table.Td>
                <Table.Td ta="right">{number(item.score ?? undefined)}</Table.Td>
                <Table.Td ta="right">
                  {item.figures.current === undefined && item.figures.required === undefined
                    ? '—'
                    : `${number(item.figures.current)} → ${number(item.figures.required)}`}
                </Table.Td>
                <Table.Td>
                  <LinkedActionsCell item={item} context={context} />
                </Table.Td>
                <Table.Td>
                  <ItemRowActions item={item} context={context} />
                </Table.Td>
              </Table.Tr>
            )),
          ])}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
