// The attendance list's rows: guest, organisation, email, state, how they came, and the actions
// of those who run the event (check in or undo, give a waiting guest a seat, cancel).

import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Registration } from '../eventTypes';
import { GuestStatus } from './GuestStatus';

export function GuestTable({
  guests,
  canWrite,
  pendingId,
  onCheckIn,
  onUndo,
  onCancel,
}: {
  guests: readonly Registration[];
  canWrite: boolean;
  pendingId: string | null;
  onCheckIn: (guest: Registration) => void;
  onUndo: (guest: Registration) => void;
  onCancel: (guest: Registration) => void;
}) {
  const { t } = useTranslation('informationDay');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing={6} fz="sm" data-testid="guest-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('guest.name')}</Table.Th>
            <Table.Th>{t('guest.organisation')}</Table.Th>
            <Table.Th>{t('guest.email')}</Table.Th>
            <Table.Th>{t('guests.state')}</Table.Th>
            <Table.Th>{t('guests.source')}</Table.Th>
            {canWrite && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {guests.map((guest) => (
            <Table.Tr
              key={guest.id}
              data-testid={`guest-row-${guest.id}`}
              data-status={guest.status}
            >
              <Table.Td fw={500}>{guest.name}</Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{guest.organisationName}</Text>
                  {guest.organisationType && (
                    <Text size="xs" c="dimmed">
                      {t(`common:organisationType.${guest.organisationType}`)}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{guest.email}</Table.Td>
              <Table.Td>
                <GuestStatus guest={guest} />
              </Table.Td>
              <Table.Td>{t(`source.${guest.source}`)}</Table.Td>
              {canWrite && (
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {guest.status !== 'cancelled' &&
                      (guest.checkedInAt ? (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          loading={pendingId === guest.id}
                          onClick={() => onUndo(guest)}
                          data-testid={`guest-undo-${guest.id}`}
                        >
                          {t('guests.undo')}
                        </Button>
                      ) : (
                        <Button
                          size="compact-xs"
                          variant={guest.status === 'waitlisted' ? 'light' : 'filled'}
                          loading={pendingId === guest.id}
                          onClick={() => onCheckIn(guest)}
                          data-testid={`guest-checkin-${guest.id}`}
                        >
                          {guest.status === 'waitlisted'
                            ? t('guests.seatAndCheckIn')
                            : t('guests.checkIn')}
                        </Button>
                      ))}
                    {/* A guest who came is not cancelled: the check-in is undone first. */}
                    {guest.status !== 'cancelled' && !guest.checkedInAt && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => onCancel(guest)}
                        data-testid={`guest-cancel-${guest.id}`}
                      >
                        {t('guests.cancel')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
