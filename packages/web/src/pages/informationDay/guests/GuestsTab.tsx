// The event page's Guests tab: the counts, a Turkish-aware search and a status filter over the
// attendance list, a walk-in, the exports (CSV, XLSX) and the way to the check-in page.

import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { RegistrationStatus } from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { attendancePath, useRegistrations } from '../eventQueries';
import type { EventDetail, Registration } from '../eventTypes';
import { CancelGuestModal } from './CancelGuestModal';
import { GuestCounts } from './GuestCounts';
import { GuestTable } from './GuestTable';
import { useGuestActions } from './useGuestActions';
import { WalkInModal } from './WalkInModal';

type StatusFilter = RegistrationStatus | 'all';

export function GuestsTab({
  slug,
  event,
  canWrite,
}: {
  slug: string;
  event: EventDetail;
  canWrite: boolean;
}) {
  const { t } = useTranslation('informationDay');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [status, setStatus] = useState<StatusFilter>('all');
  const guests = useRegistrations(slug, event.id, {
    q: q || undefined,
    status: status === 'all' ? undefined : status,
  });
  const actions = useGuestActions(slug, event.id);
  const [addingWalkIn, setAddingWalkIn] = useState(false);
  const [cancelling, setCancelling] = useState<Registration | null>(null);

  return (
    <Stack gap="md">
      {guests.data && <GuestCounts counts={guests.data.counts} capacity={event.capacity} />}
      <Group gap="xs" align="flex-end" justify="space-between">
        <Group gap="xs" align="flex-end" style={{ flex: '1 1 320px' }}>
          <TextInput
            type="search"
            aria-label={t('common:action.search')}
            placeholder={t('guests.search')}
            value={search}
            onChange={(change) => setSearch(change.currentTarget.value)}
            style={{ flex: '1 1 200px' }}
            data-testid="guest-search"
          />
          <SegmentedControl
            value={status}
            onChange={(value) => setStatus(value as StatusFilter)}
            data={(['all', 'registered', 'waitlisted', 'cancelled'] as const).map((value) => ({
              value,
              label: value === 'all' ? t('guests.all') : t(`status.${value}`),
            }))}
            data-testid="guest-status-filter"
          />
        </Group>
        <Group gap="xs">
          {canWrite && (
            <Button variant="light" onClick={() => setAddingWalkIn(true)} data-testid="walkin-open">
              {t('walkIn.open')}
            </Button>
          )}
          <Button
            component="a"
            href={attendancePath(slug, event.id, 'csv')}
            variant="default"
            data-testid="attendance-csv"
          >
            CSV
          </Button>
          <Button
            component="a"
            href={attendancePath(slug, event.id, 'xlsx')}
            variant="default"
            data-testid="attendance-xlsx"
          >
            XLSX
          </Button>
          {canWrite && (
            <Button
              component={Link}
              to={`/p/${slug}/information-day/${event.id}/check-in`}
              data-testid="guests-checkin-open"
            >
              {t('event.checkIn')}
            </Button>
          )}
        </Group>
      </Group>
      {guests.isPending ? (
        <Loading />
      ) : guests.error ? (
        <ErrorAlert error={guests.error} />
      ) : guests.data.items.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg" size="sm" data-testid="guests-empty">
          {q || status !== 'all' ? t('common:list.noMatches') : t('guests.empty')}
        </Text>
      ) : (
        <GuestTable
          guests={guests.data.items}
          canWrite={canWrite}
          pendingId={actions.pendingId ?? null}
          onCheckIn={(guest) => actions.checkIn(guest.id)}
          onUndo={(guest) => actions.undo(guest.id)}
          onCancel={setCancelling}
        />
      )}
      <WalkInModal
        slug={slug}
        eventId={event.id}
        opened={addingWalkIn}
        onClose={() => setAddingWalkIn(false)}
      />
      {cancelling && (
        <CancelGuestModal
          slug={slug}
          eventId={event.id}
          guest={cancelling}
          onClose={() => setCancelling(null)}
        />
      )}
    </Stack>
  );
}
