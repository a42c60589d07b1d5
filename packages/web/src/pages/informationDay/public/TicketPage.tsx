// `/e/ticket/:token`: a guest's own ticket: their state, the QR code to show at the entrance, the
// event, "add to calendar" (an .ics made here) and "cancel my registration".

import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { ConfirmModal } from '../../projects/ConfirmModal';
import { downloadFile, fileNameOf } from '../../statistics/charts/downloadFile';
import { EventErrorAlert } from '../EventErrorAlert';
import type { PublicRegistration } from '../eventTypes';
import { QrCodeImage } from '../../../components/QrCodeImage';
import { EventInfo } from './EventInfo';
import { icsFile } from './icsFile';
import { PublicHeader } from './PublicHeader';
import { PublicMessage } from './PublicMessage';
import { cancelTicket, ticketKey, useTicket } from './publicEventApi';
import { TicketStatus } from './TicketStatus';

/** Saves the event as an .ics file for the guest's calendar. */
function addToCalendar(ticket: PublicRegistration, url: string) {
  const { event } = ticket;
  const ics = icsFile(
    {
      uid: `${event.code}-${event.date}@kume`,
      title: event.title,
      date: event.date,
      startTime: event.startTime,
      endTime: event.endTime,
      location: [event.venue, event.address].filter(Boolean).join(', '),
      description: [event.description, url].filter(Boolean).join('\n\n'),
      url,
    },
    new Date(),
  );
  downloadFile(
    new Blob([ics], { type: 'text/calendar;charset=utf-8' }),
    `${fileNameOf(event.title)}.ics`,
  );
}

export default function TicketPage() {
  const { t } = useTranslation('informationDay');
  const { token = '' } = useParams();
  const client = useQueryClient();
  const ticket = useTicket(token);
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation({
    mutationFn: () => cancelTicket(token),
    onSuccess: (cancelled) => {
      client.setQueryData(ticketKey(token), cancelled);
      setConfirming(false);
    },
  });
  const title = ticket.data?.event.title;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  if (ticket.isPending) return <Loading />;
  if (ticket.error)
    return <PublicMessage error={ticket.error} onRetry={() => void ticket.refetch()} />;
  const data = ticket.data;
  const url = new URL(data.ticketPath, window.location.origin).toString();
  const active = data.status !== 'cancelled';

  return (
    <Stack gap="md">
      <PublicHeader projectName={data.event.projectName} />
      <TicketStatus ticket={data} />
      {active && !data.checkedInAt && (
        <Paper withBorder radius="md" p="md">
          <Stack align="center" gap="xs">
            <QrCodeImage url={url} size={240} alt={t('ticket.qrAlt')} testId="ticket-qr" />
            <Text fw={600} ta="center">
              {data.status === 'waitlisted' ? t('ticket.showWaitlisted') : t('ticket.show')}
            </Text>
            <Text size="xs" c="dimmed" ta="center">
              {t('ticket.keep')}
            </Text>
          </Stack>
        </Paper>
      )}
      <EventInfo event={data.event} />
      {active && (
        <Group justify="center" gap="sm">
          <Button
            variant="light"
            size="md"
            onClick={() => addToCalendar(data, url)}
            data-testid="ticket-calendar"
          >
            {t('ticket.calendar')}
          </Button>
          {!data.checkedInAt && (
            <Button
              variant="subtle"
              color="red"
              size="md"
              onClick={() => setConfirming(true)}
              data-testid="ticket-cancel"
            >
              {t('ticket.cancel')}
            </Button>
          )}
        </Group>
      )}
      <ConfirmModal
        opened={confirming}
        title={t('ticket.cancelTitle')}
        confirmLabel={t('ticket.cancelConfirm')}
        onConfirm={() => cancel.mutate()}
        onClose={() => setConfirming(false)}
        sending={cancel.isPending}
      >
        <Text size="sm">{t('ticket.cancelText')}</Text>
        <EventErrorAlert error={cancel.error} />
      </ConfirmModal>
    </Stack>
  );
}
