// The map's toolbar: layout, colour and size choices, and re-running the force layout.

import { Button, Group, SegmentedControl, Select, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CATEGORIES,
  LAYOUTS,
  NODE_METRICS,
  type ColourBy,
  type LayoutKind,
  type NodeMetric,
} from './mapOptions';

export function MapToolbar({
  layout,
  onLayout,
  geoAvailable,
  colourBy,
  onColourBy,
  sizeBy,
  onSizeBy,
  forceRunning,
  onRerun,
}: {
  layout: LayoutKind;
  onLayout: (layout: LayoutKind) => void;
  geoAvailable: boolean;
  colourBy: ColourBy;
  onColourBy: (value: ColourBy) => void;
  sizeBy: NodeMetric;
  onSizeBy: (value: NodeMetric) => void;
  forceRunning: boolean;
  onRerun: () => void;
}) {
  const { t } = useTranslation('clusterMap');
  const metricOptions = NODE_METRICS.map((value) => ({ value, label: t(`metric.${value}`) }));
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Stack gap={2}>
        <Text size="xs" fw={500}>
          {t('layout.label')}
        </Text>
        <SegmentedControl
          size="xs"
          value={layout}
          onChange={(value) => onLayout(LAYOUTS.find((l) => l === value) ?? 'force')}
          data={LAYOUTS.map((value) => ({
            value,
            disabled: value === 'geo' && !geoAvailable,
            label:
              value === 'geo' && !geoAvailable ? (
                <Tooltip label={t('layout.geoDisabled')}>
                  <span>{t('layout.geo')}</span>
                </Tooltip>
              ) : (
                t(`layout.${value}`)
              ),
          }))}
          data-testid="map-layout"
        />
      </Stack>
      {layout === 'force' && (
        <Button
          size="xs"
          variant="default"
          onClick={onRerun}
          loading={forceRunning}
          data-testid="map-layout-rerun"
        >
          {t('layout.rerun')}
        </Button>
      )}
      <Select
        size="xs"
        w={200}
        label={t('style.colourBy')}
        value={colourBy}
        allowDeselect={false}
        onChange={(value) => {
          const chosen = [...CATEGORIES, ...NODE_METRICS].find((v) => v === value);
          if (chosen) onColourBy(chosen);
        }}
        data={[
          {
            group: t('style.categories'),
            items: CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) })),
          },
          { group: t('style.metrics'), items: metricOptions },
        ]}
        data-testid="map-colour-by"
      />
      <Select
        size="xs"
        w={200}
        label={t('style.sizeBy')}
        value={sizeBy}
        allowDeselect={false}
        onChange={(value) => {
          const chosen = NODE_METRICS.find((v) => v === value);
          if (chosen) onSizeBy(chosen);
        }}
        data={metricOptions}
        data-testid="map-size-by"
      />
    </Group>
  );
}
