// An indicator's health as a coloured badge, and the colours every monitoring view shares.

import { Badge } from '@mantine/core';
import type { IndicatorHealth } from '@kume/core';
import { useTranslation } from 'react-i18next';

/** Mantine colour names: achieved blue, on track green, at risk orange, late red, no data grey. */
export const HEALTH_COLOURS: Record<IndicatorHealth, string> = {
  achieved: 'blue',
  on_track: 'green',
  at_risk: 'orange',
  late: 'red',
  no_data: 'gray',
};

/** The same colours as hex (shade 6), for charts. */
export const HEALTH_HEX: Record<IndicatorHealth, string> = {
  achieved: '#228be6',
  on_track: '#40c057',
  at_risk: '#fd7e14',
  late: '#fa5252',
  no_data: '#adb5bd',
};

export function HealthBadge({ health }: { health: IndicatorHealth }) {
  const { t } = useTranslation('monitoring');
  return (
    <Badge
      color={HEALTH_COLOURS[health]}
      variant="light"
      data-health={health}
      // In a narrow table cell the whole label shows rather than an ellipsis.
      style={{ minWidth: 'max-content' }}
    >
      {t(`health.${health}`)}
    </Badge>
  );
}
