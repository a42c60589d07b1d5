// The attendance in numbers: seats taken of the capacity, waiting list, checked in, cancelled.

import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { RegistrationCounts } from '../eventTypes';

export function GuestCounts({
  counts,
  capacity,
}: {
  counts: RegistrationCounts;
  capacity: number;
}) {
  const { t } = useTranslation('informationDay');
  const format = useFormat();
  const cells = [
    {
      key: 'registered',
      label: t('guests.countRegistered'),
      value: t('list.ofCapacity', {
        registered: format.number(counts.registered),
        capacity: format.number(capacity),
      }),
    },
    {
      key: 'waitlisted',
      label: t('guests.countWaitlisted'),
      value: format.number(counts.waitlisted),
    },
    { key: 'checkedIn', label: t('guests.countCheckedIn'), value: format.number(counts.checkedIn) },
    { key: 'cancelled', label: t('guests.countCancelled'), value: format.number(counts.cancelled) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      {cells.map((cell) => (
        <Paper key={cell.key} withBorder p="sm" radius="md" data-testid={`guest-count-${cell.key}`}>
          <Text size="xs" c="dimmed">
            {cell.label}
          </Text>
          <Text fw={700} fz="xl">
            {cell.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
