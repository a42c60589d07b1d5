// The quota's progress as a ring with "N of 30" in its middle.

import { RingProgress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';

export function QuotaRing({
  reached,
  target,
  size = 140,
}: {
  reached: number;
  target: number;
  size?: number;
}) {
  const { t } = useTranslation('fieldwork');
  const format = useFormat();
  const share = target > 0 ? Math.min(1, reached / target) : 0;
  return (
    <RingProgress
      size={size}
      thickness={Math.round(size / 10)}
      roundCaps
      sections={[{ value: share * 100, color: share >= 1 ? 'teal' : 'blue' }]}
      aria-label={t('quota.reachedOf', { reached, target })}
      label={
        <Stack gap={0} align="center">
          <Text fw={700} fz={size / 5} lh={1}>
            {format.number(reached)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('quota.ofTarget', { target: format.number(target) })}
          </Text>
        </Stack>
      }
    />
  );
}
