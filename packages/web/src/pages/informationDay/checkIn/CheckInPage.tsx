// The door (/p/:slug/information-day/:id/check-in), on a phone or a laptop: a camera that reads
// the guests' ticket QR codes, a field to type or paste a code, a big answer to each, the running
// count, and a search for guests who came without their code.

import {
  Alert,
  Anchor,
  Button,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useProject } from '../../../api/useProject';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useFormat } from '../../../i18n/format';
import {
  checkInGuest,
  checkInTicket,
  useEvent,
  useEventMutation,
  useRegistrations,
} from '../eventQueries';
import type { Registration } from '../eventTypes';
import { CheckInResult } from './CheckInResult';
import { outcomeOfError, type CheckInOutcome } from './checkInOutcome';
import { GuestSearch } from './GuestSearch';
import { QrScanner } from './QrScanner';
import { createScanGate } from './scanGate';

/** A code held in view makes one request; the same code again only after this long out of view. */
const QUIET_MS = 4_000;

export default function CheckInPage() {
  const { t } = useTranslation('informationDay');
  const format = useFormat();
  const project = useProject();
  const { slug } = project;
  const { id = '' } = useParams();
  const event = useEvent(slug, id);
  const all = useRegistrations(slug, id);
  const [gate] = useState(() => createScanGate(QUIET_MS));
  const [outcome, setOutcome] = useState<CheckInOutcome | null>(null);
  const [typed, setTyped] = useState('');
  const ticket = useEventMutation(slug, (text: string) => checkInTicket(slug, id, text));
  const seat = useEventMutation(slug, (registrationId: string) =>
    checkInGuest(slug, id, registrationId),
  );
  const { mutateAsync: sendTicket } = ticket;
  const { mutateAsync: sendSeat } = seat;

  const welcome = useCallback((registration: Registration) => {
    setOutcome({ kind: 'welcome', registration });
    // A short buzz tells the person at the door without looking.
    navigator.vibrate?.(120);
  }, []);
  /** Sends a ticket's text: a scanned code's, or one typed or pasted at the door. */
  const checkIn = useCallback(
    (code: string) =>
      void sendTicket(code).then(
        ({ registration }) => welcome(registration),
        (error: unknown) => {
          const next = outcomeOfError(error);
          // A failed request may be tried again at once with the same code.
          if (next.kind === 'error') gate.reset();
          setOutcome(next);
        },
      ),
    [gate, sendTicket, welcome],
  );
  // The camera reads a code held up many times a second: one request per code in view. A typed
  // code is sent each time it is submitted (a deliberate second try says "already checked in").
  const scanned = useCallback(
    (text: string) => {
      const code = text.trim();
      if (code && gate.pass(code, Date.now())) checkIn(code);
    },
    [gate, checkIn],
  );
  /** Checks a guest in from the list or the answer; a waitlisted guest is given a seat. */
  const checkInFromList = (registrationId: string) =>
    sendSeat(registrationId).then(welcome, (error: unknown) => setOutcome(outcomeOfError(error)));

  if (project.isPending || event.isPending) return <Loading />;
  if (project.error || event.error) return <ErrorAlert error={project.error ?? event.error} />;
  const counts = all.data?.counts;

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end" gap="xs">
        <Stack gap={0} miw={0}>
          <Anchor component={Link} to={`/p/${slug}/information-day/${id}?tab=guests`} size="sm">
            ← {event.data.title}
          </Anchor>
          <Title order={2}>{t('checkIn.title')}</Title>
        </Stack>
        {counts && (
          <Text fz={28} fw={700} data-testid="checkin-counts">
            {t('checkIn.counts', {
              checkedIn: format.number(counts.checkedIn),
              registered: format.number(counts.registered),
            })}
          </Text>
        )}
      </Group>
      {!project.can('events') ? (
        <Alert color="yellow">{t('checkIn.notAllowed')}</Alert>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="md">
            {outcome && (
              <CheckInResult
                outcome={outcome}
                seating={seat.isPending}
                onGiveSeat={checkInFromList}
              />
            )}
            <QrScanner onText={scanned} />
            <form
              onSubmit={(submitted) => {
                submitted.preventDefault();
                if (typed.trim()) checkIn(typed.trim());
                setTyped('');
              }}
            >
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  label={t('checkIn.codeLabel')}
                  placeholder={t('checkIn.codePlaceholder')}
                  value={typed}
                  onChange={(change) => setTyped(change.currentTarget.value)}
                  autoComplete="off"
                  style={{ flex: 1 }}
                  data-testid="checkin-code-input"
                />
                <Button type="submit" loading={ticket.isPending} data-testid="checkin-code-submit">
                  {t('checkIn.codeSubmit')}
                </Button>
              </Group>
            </form>
          </Stack>
          <GuestSearch
            slug={slug}
            eventId={id}
            pendingId={seat.isPending ? (seat.variables ?? null) : null}
            onCheckIn={(guest) => void checkInFromList(guest.id)}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
