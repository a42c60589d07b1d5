// One segment of the quota (value-chain stage, size class or district): per value a bar of the
// SMEs reached against the value's share of the target.

import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { QuotaSegmentValue, Segment } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';

export function SegmentBreakdown({
  segment,
  values,
}: {
  segment: Segment;
  values: readonly QuotaSegmentValue[];
}) {
  const { t } = useTranslation('fieldwork');
  const format = useFormat();
  const nameOf = (value: string | null) =>
    segment === 'size' ? t(`quota.size.${value ?? 'unknown'}`) : (value ?? t('quota.unknownValue'));
  return (
    <Paper withBorder p="md" radius="md" data-testid={`quota-segment-${segment}`}>
      <Title order={4} mb="sm">
        {t(`quota.segment.${segment}`)}
      </Title>
      {values.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('quota.noSmes')}
        </Text>
      )}
      <Stack gap="xs">
        {values.map((row) => {
          const name = nameOf(row.value);
          const full = row.target > 0 ? Math.min(100, (row.reached / row.target) * 100) : 100;
          return (
            <div key={row.value ?? ''} data-testid="quota-segment-row">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" truncate title={name}>
                  {name}
                </Text>
                <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {t('quota.reachedVsTarget', {
                    reached: format.number(row.reached),
                    target: format.number(row.target),
                  })}
                </Text>
              </Group>
              <Progress
                value={full}
                color={row.gap === 0 ? 'teal' : row.reached === 0 ? 'red' : 'blue'}
                size="sm"
                aria-label={t('quota.barLabel', {
                  name,
                  reached: row.reached,
                  target: row.target,
                })}
              />
              <Text size="xs" c="dimmed">
                {t('quota.inRegistry', { count: row.inRegistry })}
              </Text>
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
