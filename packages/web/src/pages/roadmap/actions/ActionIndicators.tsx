// An action's indicators in a table cell: each by name with its health as a coloured dot, the
// latest value against the target on hover.

import { ColorSwatch, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { HEALTH_COLOURS } from '../monitoring/HealthBadge';
import { indicatorName } from '../monitoring/indicatorName';
import type { IndicatorView } from '../roadmapQueries';

export function ActionIndicators({ indicators }: { indicators: IndicatorView[] }) {
  const { t, i18n } = useTranslation('roadmap');
  const format = useFormat();
  if (indicators.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('plan.noIndicators')}
      </Text>
    );
  return (
    <Stack gap={2}>
      {indicators.map((indicator) => {
        const { health, latest } = indicator.health;
        const figures = t('plan.indicatorFigures', {
          latest: latest ? `${format.number(latest.value)} ${indicator.unit}` : '—',
          target: `${format.number(indicator.target)} ${indicator.unit}`,
          due: format.date(indicator.dueOn),
        });
        return (
          <Tooltip key={indicator.id} label={figures} withArrow>
            <Group gap={6} wrap="nowrap" data-testid="action-indicator" data-health={health}>
              <ColorSwatch
                color={`var(--mantine-color-${HEALTH_COLOURS[health]}-6)`}
                size={10}
                withShadow={false}
                aria-label={t(`health.${health}`)}
              />
              <Text size="xs" lineClamp={2}>
                {indicatorName(indicator, i18n.language)}
              </Text>
            </Group>
          </Tooltip>
        );
      })}
    </Stack>
  );
}
