// The monitoring page's head: how many indicators are achieved, on track, at risk, late or
// without data; a click on one shows only those in the table, a second click shows all again.

import { Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { INDICATOR_HEALTHS, type IndicatorHealth } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { HEALTH_HEX } from './HealthBadge';

export function HealthSummary({
  counts,
  selected,
  onSelect,
}: {
  counts: Record<IndicatorHealth, number>;
  selected: IndicatorHealth | null;
  onSelect: (health: IndicatorHealth | null) => void;
}) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, xs: 3, md: 5 }} spacing="sm">
      {INDICATOR_HEALTHS.map((health) => {
        const active = selected === health;
        return (
          <UnstyledButton
            key={health}
            onClick={() => onSelect(active ? null : health)}
            aria-pressed={active}
            data-testid={`health-filter-${health}`}
          >
            <Paper
              withBorder
              p="sm"
              radius="md"
              style={{
                borderLeft: `6px solid ${HEALTH_HEX[health]}`,
                outline: active ? `2px solid ${HEALTH_HEX[health]}` : undefined,
                opacity: selected && !active ? 0.6 : 1,
              }}
            >
              <Text size="xl" fw={700} lh={1.2} data-testid={`health-count-${health}`}>
                {format.number(counts[health])}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`health.${health}`)}
              </Text>
            </Paper>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}
