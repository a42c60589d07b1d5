// The vision the working group confirmed: its text as typed, how many confirmed it, its source
// and the actions that answer to it.

import { Blockquote, Group, Stack, Text } from '@mantine/core';
import { localText } from '@kume/core';
import { useTranslation } from 'react-i18next';
import type { RoadmapItemView } from '../roadmapQueries';
import { ItemRowActions, ItemTitleCell, LinkedActionsCell, type ItemRowContext } from './ItemCells';

export function VisionCard({ item, context }: { item: RoadmapItemView; context: ItemRowContext }) {
  const { t, i18n } = useTranslation('roadmap');
  const text = localText(item.detail, i18n.language) || localText(item.title, i18n.language);
  const confirmedBy = item.figures.confirmedBy;
  return (
    <Stack
      gap="xs"
      data-testid="roadmap-item-vision"
      data-key={item.key}
      opacity={item.dismissed ? 0.55 : undefined}
    >
      <Blockquote p="sm" color="blue">
        <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
        {confirmedBy !== undefined && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('item.confirmedBy', { count: confirmedBy })}
          </Text>
        )}
      </Blockquote>
      <Group justify="space-between" align="flex-start" gap="xs">
        <ItemTitleCell item={{ ...item, detail: { tr: '', en: '' } }} slug={context.slug} />
        <Group gap="md" align="flex-start">
          <Stack gap={2}>
            <Text size="xs" fw={600}>
              {t('item.actions')}
            </Text>
            <LinkedActionsCell item={item} context={context} />
          </Stack>
          <ItemRowActions item={item} context={context} />
        </Group>
      </Group>
    </Stack>
  );
}
