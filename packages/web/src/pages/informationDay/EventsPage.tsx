// The project's Information Day events (/p/:slug/information-day): date, venue, seats taken of
// the capacity, waiting list and checked in, with "New event" for those who run events.

import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProject } from '../../api/useProject';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/format';
import { useEvents } from './eventQueries';
import { NewEventModal } from './NewEventModal';

export default function EventsPage() {
  const { t } = useTranslation('informationDay');
  const format = useFormat();
  const project = useProject();
  const { slug } = project;
  const canWrite = project.can('events');
  const events = useEvents(slug);
  const [creating, setCreating] = useState(false);
  const newButton = canWrite && (
    <Button onClick={() => setCreating(true)} data-testid="event-create">
      {t('list.new')}
    </Button>
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={t('list.heading')}
        description={t('list.description')}
        actions={newButton}
      />
      {events.isPending ? (
        <Loading />
      ) : events.error ? (
        <ErrorAlert error={events.error} />
      ) : events.data.items.length === 0 ? (
        <EmptyState
          title={t('list.empty')}
          description={canWrite ? t('list.emptyHint') : t('list.emptyViewer')}
        />
      ) : (
        <Table.ScrollContainer minWidth={680}>
          <Table striped highlightOnHover data-testid="event-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.title')}</Table.Th>
                <Table.Th>{t('list.date')}</Table.Th>
                <Table.Th>{t('list.venue')}</Table.Th>
                <Table.Th ta="right">{t('list.registered')}</Table.Th>
                <Table.Th ta="right">{t('list.waitlisted')}</Table.Th>
                <Table.Th ta="right">{t('list.checkedIn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.data.items.map((event) => (
                <Table.Tr key={event.id} data-testid="event-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/p/${slug}/information-day/${event.id}`}>
                      {event.title}
                    </Anchor>{' '}
                    {!event.registrationOpen && (
                      <Badge size="xs" variant="light" color="gray">
                        {t('list.closed')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {format.date(event.date)}
                    <Text span size="xs" c="dimmed">
                      {' '}
                      {event.startTime}–{event.endTime}
                    </Text>
                  </Table.Td>
                  <Table.Td>{event.venue}</Table.Td>
                  <Table.Td ta="right">
                    {t('list.ofCapacity', {
                      registered: format.number(event.registered),
                      capacity: format.number(event.capacity),
                    })}
                  </Table.Td>
                  <Table.Td ta="right">
                    {event.waitlist ? format.number(event.waitlisted) : '–'}
                  </Table.Td>
                  <Table.Td ta="right">{format.number(event.checkedIn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canWrite && (
        <NewEventModal slug={slug} opened={creating} onClose={() => setCreating(false)} />
      )}
    </Stack>
  );
}
