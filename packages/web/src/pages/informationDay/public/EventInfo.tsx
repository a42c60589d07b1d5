// The event as a guest reads it: title, day in their language, hours, venue and address, the
// description and the agenda. All text is the organisers' and is shown as text only.

import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { eventDateText, timeRangeText } from '../eventTime';
import type { PublicEvent } from '../eventTypes';
import type { SeatsState } from './seatsState';

const SEAT_COLOURS = { open: 'teal', waitlist: 'yellow', full: 'red', closed: 'gray' } as const;

export function EventInfo({ event, seats }: { event: PublicEvent; seats?: SeatsState }) {
  const { t, i18n } = useTranslation('informationDay');
  return (
    <Paper withBorder radius="md" p="md" data-testid="public-event">
      <Stack gap="sm">
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {event.title}
        </Title>
        {seats && (
          <Group>
            <Badge color={SEAT_COLOURS[seats]} variant="light" size="lg" data-testid="public-seats">
              {t(`public.seats.${seats}`)}
            </Badge>
          </Group>
        )}
        <Stack gap={2}>
          <Text fw={600}>{eventDateText(event.date, i18n.language)}</Text>
          <Text>{timeRangeText(event.startTime, event.endTime)}</Text>
          <Text fw={600} mt={4} style={{ overflowWrap: 'anywhere' }}>
            {event.venue}
          </Text>
          {event.address && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {event.address}
            </Text>
          )}
        </Stack>
        {event.description && (
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {event.description}
          </Text>
        )}
        {event.agenda.length > 0 && (
          <Stack gap={4}>
            <Text fw={600}>{t('public.agenda')}</Text>
            <Table verticalSpacing={4} data-testid="public-agenda">
              <Table.Tbody>
                {event.agenda.map((item, index) => (
                  <Table.Tr key={index}>
                    <Table.Td w={64} ff="monospace" style={{ verticalAlign: 'top' }}>
                      {item.time}
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Text size="sm">{item.title}</Text>
                      {item.speaker && (
                        <Text size="xs" c="dimmed">
                          {item.speaker}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
