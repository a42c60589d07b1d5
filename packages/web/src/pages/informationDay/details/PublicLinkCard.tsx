// The event's public registration link: registration open or closed (saved at once), the address
// to copy and open, its QR code with a download, and a printable poster.

import { Anchor, Button, Card, Group, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../fieldStudy/questionnaires/distribution/CopyField';
import { absoluteUrl } from '../../fieldStudy/questionnaires/distribution/linkCsv';
import { EventErrorAlert } from '../EventErrorAlert';
import { storedEventInput } from '../eventForm/eventFormValues';
import { updateEvent, useEventMutation } from '../eventQueries';
import type { EventDetail } from '../eventTypes';
import { QrCodeImage } from '../../../components/QrCodeImage';
import { PosterPrint } from './PosterPrint';

export function PublicLinkCard({
  slug,
  event,
  canWrite,
}: {
  slug: string;
  event: EventDetail;
  canWrite: boolean;
}) {
  const { t } = useTranslation('informationDay');
  const toggle = useEventMutation(
    slug,
    (registrationOpen: boolean) =>
      updateEvent(slug, event.id, storedEventInput(event, { registrationOpen })),
    {
      success: (saved) =>
        saved.registrationOpen ? t('details.openedDone') : t('details.closedDone'),
    },
  );
  const url = absoluteUrl(event.publicPath, window.location.origin);

  return (
    <Card withBorder padding="md" data-testid="event-public-link">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{t('details.publicTitle')}</Text>
          <Switch
            label={
              event.registrationOpen
                ? t('details.registrationOpen')
                : t('details.registrationClosed')
            }
            checked={event.registrationOpen}
            disabled={!canWrite || toggle.isPending}
            onChange={(change) => toggle.mutate(change.currentTarget.checked)}
            data-testid="event-registration-switch"
          />
        </Group>
        <Text size="sm" c="dimmed">
          {t('details.publicHelp')}
        </Text>
        <Group align="flex-start" gap="md">
          <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
            <CopyField url={url} label={t('details.publicUrl')} />
            <Group gap="md">
              <Anchor
                href={url}
                target="_blank"
                rel="noopener noreferrer"
                size="sm"
                data-testid="event-public-url"
              >
                {t('details.openLink')}
              </Anchor>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => window.print()}
                data-testid="event-print-qr"
              >
                {t('details.printPoster')}
              </Button>
            </Group>
          </Stack>
          <QrCodeImage
            url={url}
            size={132}
            alt={t('details.qrAlt')}
            download={{ name: `${event.title}-registration`, label: t('details.downloadQr') }}
            testId="event-public-qr"
          />
        </Group>
        <EventErrorAlert error={toggle.error} />
      </Stack>
      <PosterPrint event={event} url={url} />
    </Card>
  );
}
