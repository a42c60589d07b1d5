// The big answer to a scan, readable from a step away: green welcome, amber already checked in or
// on the waiting list (with "give a seat and check in"), red for a code that is no ticket here.

import { Button, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clockText } from '../eventTime';
import type { CheckInOutcome } from './checkInOutcome';

const LOOKS = {
  welcome: { color: 'teal', icon: '✓' },
  already: { color: 'orange', icon: '↺' },
  waitlisted: { color: 'orange', icon: '…' },
  cancelled: { color: 'orange', icon: '!' },
  notTicket: { color: 'red', icon: '✕' },
  error: { color: 'red', icon: '!' },
} as const;

export function CheckInResult({
  outcome,
  seating,
  onGiveSeat,
}: {
  outcome: CheckInOutcome;
  /** A seat is being given to the waitlisted guest shown. */
  seating: boolean;
  onGiveSeat: (registrationId: string) => void;
}) {
  const { t, i18n } = useTranslation('informationDay');
  const look = LOOKS[outcome.kind];
  const guest = 'registration' in outcome ? outcome.registration : null;
  let title: string;
  let detail: string | null = guest?.organisationName || null;
  switch (outcome.kind) {
    case 'welcome':
      title = t('checkIn.welcome', { name: outcome.registration.name });
      break;
    case 'already':
      title = guest ? t('checkIn.alreadyNamed', { name: guest.name }) : t('checkIn.already');
      detail = guest?.checkedInAt
        ? t('checkIn.alreadyAt', { time: clockText(guest.checkedInAt, i18n.language) })
        : detail;
      break;
    case 'waitlisted':
      title = guest
        ? t('checkIn.waitlistedNamed', {
            name: guest.name,
            position: guest.waitlistPosition ?? '?',
          })
        : t('checkIn.waitlisted');
      break;
    case 'cancelled':
      title = guest ? t('checkIn.cancelledNamed', { name: guest.name }) : t('checkIn.cancelled');
      break;
    case 'notTicket':
      title = t('checkIn.notTicket');
      detail = t('checkIn.notTicketHint');
      break;
    case 'error':
      title = t('checkIn.error');
      detail = outcome.message;
      break;
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      bg={`var(--mantine-color-${look.color}-light)`}
      style={{ borderColor: `var(--mantine-color-${look.color}-6)`, borderWidth: 2 }}
      data-testid="checkin-result"
      data-outcome={outcome.kind}
      role="status"
      aria-live="polite"
    >
      <Stack align="center" gap="xs" ta="center">
        <ThemeIcon size={56} radius="xl" color={look.color} aria-hidden>
          <Text fz={28} fw={700} c="white">
            {look.icon}
          </Text>
        </ThemeIcon>
        <Text fz={26} fw={700} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Text>
        {detail && (
          <Text fz="lg" style={{ overflowWrap: 'anywhere' }}>
            {detail}
          </Text>
        )}
        {outcome.kind === 'waitlisted' && guest && (
          <Button
            size="md"
            color="orange"
            loading={seating}
            onClick={() => onGiveSeat(guest.id)}
            data-testid="checkin-give-seat"
          >
            {t('checkIn.giveSeat')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
