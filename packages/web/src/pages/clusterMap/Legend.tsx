// Explains the node colours (each category, or the metric's scale) and the edge styles.

import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { categoryLabel } from './categoryLabel';
import { isCategory, type ColourBy } from './mapOptions';
import type { Legend as LegendData } from './nodeStyle';
import type { ClusterMapView } from './types';

const Swatch = ({ colour }: { colour: string }) => (
  <Box w={12} h={12} style={{ borderRadius: 6, background: colour, flexShrink: 0 }} />
);

export function Legend({
  legend,
  colourBy,
  view,
}: {
  legend: LegendData;
  colourBy: ColourBy;
  view: ClusterMapView;
}) {
  const { t, i18n } = useTranslation('clusterMap');
  const format = useFormat();
  return (
    <Paper withBorder p="xs" data-testid="map-legend">
      <Text size="xs" fw={600} mb={4}>
        {t('legend.title')}:{' '}
        {isCategory(colourBy) ? t(`category.${colourBy}`) : t(`metric.${colourBy}`)}
      </Text>
      {legend.kind === 'category' && isCategory(colourBy) ? (
        <Group gap="sm" wrap="wrap">
          {legend.items.slice(0, 30).map((item) => (
            <Group key={item.key} gap={4} wrap="nowrap">
              <Swatch colour={item.colour} />
              <Text size="xs">
                {categoryLabel(colourBy, item.key, view, t, i18n.language)} ({item.count})
              </Text>
            </Group>
          ))}
        </Group>
      ) : legend.kind === 'scale' ? (
        <Stack gap={2}>
          <Group gap={6} wrap="nowrap">
            <Text size="xs">{format.number(legend.min, { maximumFractionDigits: 3 })}</Text>
            <Box
              w={140}
              h={10}
              style={{ background: `linear-gradient(to right, ${legend.from}, ${legend.to})` }}
            />
            <Text size="xs">{format.number(legend.max, { maximumFractionDigits: 3 })}</Text>
          </Group>
          {legend.missing > 0 && (
            <Text size="xs" c="dimmed">
              {t('legend.missing', { count: legend.missing })}
            </Text>
          )}
        </Stack>
      ) : null}
      <Text size="xs" c="dimmed" mt={4}>
        {t('legend.edges')}
      </Text>
    </Paper>
  );
}
