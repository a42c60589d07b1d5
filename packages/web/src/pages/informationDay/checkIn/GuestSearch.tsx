// Check-in by search, for a guest without their QR code: the list filtered as one types (the
// server folds Turkish letters), each with its state and a check-in button.

import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRegistrations } from '../eventQueries';
import type { Registration } from '../eventTypes';
import { GuestStatus } from '../guests/GuestStatus';

/** Rows shown at once: the search narrows a long list. */
const SHOWN = 25;

export function GuestSearch({
  slug,
  eventId,
  pendingId,
  onCheckIn,
}: {
  slug: string;
  eventId: string;
  pendingId: string | null;
  onCheckIn: (guest: Registration) => void;
}) {
  const { t } = useTranslation('informationDay');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 200);
  const guests = useRegistrations(slug, eventId, { q: q || undefined });
  const items = (guests.data?.items ?? []).filter((guest) => guest.status !== 'cancelled');

  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        size="md"
        label={t('checkIn.searchLabel')}
        placeholder={t('checkIn.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        data-testid="checkin-search"
      />
      {guests.error && <ErrorAlert error={guests.error} />}
      {items.slice(0, SHOWN).map((guest) => (
        <Paper
          key={guest.id}
          withBorder
          p="xs"
          radius="md"
          data-testid={`checkin-guest-${guest.id}`}
        >
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={2} miw={0}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {guest.name}
              </Text>
              {guest.organisationName && (
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {guest.organisationName}
                </Text>
              )}
              <GuestStatus guest={guest} />
            </Stack>
            {!guest.checkedInAt && (
              <Button
                size="sm"
                color={guest.status === 'waitlisted' ? 'orange' : undefined}
                loading={pendingId === guest.id}
                onClick={() => onCheckIn(guest)}
                data-testid={`checkin-guest-button-${guest.id}`}
                style={{ flexShrink: 0 }}
              >
                {guest.status === 'waitlisted' ? t('guests.seatAndCheckIn') : t('guests.checkIn')}
              </Button>
            )}
          </Group>
        </Paper>
      ))}
      {guests.data && items.length === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="sm">
          {q ? t('common:list.noMatches') : t('guests.empty')}
        </Text>
      )}
      {items.length > SHOWN && (
        <Text size="xs" c="dimmed" ta="center">
          {t('checkIn.more', { count: items.length - SHOWN })}
        </Text>
      )}
    </Stack>
  );
}
