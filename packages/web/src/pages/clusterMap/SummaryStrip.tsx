// The network's figures in one row: size, density, components, communities, reciprocity, brokers.

import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { ClusterMapSummary } from './types';

export function SummaryStrip({ summary }: { summary: ClusterMapSummary }) {
  const { t } = useTranslation('clusterMap');
  const format = useFormat();
  const decimals = (value: number | null) =>
    value === null ? '–' : format.number(value, { maximumFractionDigits: 3 });
  const items: [string, string][] = [
    ['nodes', format.number(summary.nodes)],
    ['edges', format.number(summary.edges)],
    ['density', decimals(summary.density)],
    ['components', format.number(summary.components)],
    ['isolates', format.number(summary.isolates)],
    ['communities', format.number(summary.communities)],
    ['modularity', decimals(summary.modularity)],
    ['reciprocity', decimals(summary.reciprocity)],
    ['brokers', format.number(summary.brokers.length)],
  ];
  return (
    <Paper withBorder p="xs" data-testid="map-summary">
      <Group gap="lg" wrap="wrap">
        {items.map(([key, value]) => (
          <Stack key={key} gap={0}>
            <Text size="xs" c="dimmed">
              {t(`summary.${key}`)}
            </Text>
            <Text fw={600} data-testid={`map-summary-${key}`}>
              {value}
            </Text>
          </Stack>
        ))}
      </Group>
    </Paper>
  );
}
