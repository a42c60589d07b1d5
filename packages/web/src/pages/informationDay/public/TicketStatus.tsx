// The head of a guest's ticket: registered, on the waiting list (with the place), cancelled, or
// checked in (with the time).

import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clockText } from '../eventTime';
import type { PublicRegistration } from '../eventTypes';

export function TicketStatus({ ticket }: { ticket: PublicRegistration }) {
  const { t, i18n } = useTranslation('informationDay');
  const kind = ticket.checkedInAt ? 'checkedIn' : ticket.status;
  const look = {
    registered: { color: 'teal', icon: '✓' },
    checkedIn: { color: 'teal', icon: '✓' },
    waitlisted: { color: 'yellow', icon: '…' },
    cancelled: { color: 'gray', icon: '✕' },
  }[kind];
  return (
    <Paper withBorder radius="md" p="lg" data-testid="ticket-status" data-status={kind}>
      <Stack align="center" gap="xs" ta="center">
        <ThemeIcon size={48} radius="xl" variant="light" color={look.color} aria-hidden>
          {look.icon}
        </ThemeIcon>
        <Title order={2} size="h3">
          {kind === 'waitlisted'
            ? t('ticket.waitlisted', { position: ticket.waitlistPosition ?? '?' })
            : kind === 'checkedIn'
              ? t('ticket.checkedIn', { time: clockText(ticket.checkedInAt, i18n.language) })
              : t(`ticket.${kind}`)}
        </Title>
        <Text style={{ overflowWrap: 'anywhere' }}>
          {[ticket.name, ticket.organisation].filter(Boolean).join(' · ')}
        </Text>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {ticket.email}
        </Text>
        {kind === 'waitlisted' && <Text size="sm">{t('ticket.waitlistedHelp')}</Text>}
      </Stack>
    </Paper>
  );
}
