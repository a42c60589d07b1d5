// A printable poster of the registration link: the title, day, venue, a large QR code and the
// address, in a node of its own under <body>. Hidden on screen; on paper only it is shown.

import { Box, Portal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { eventDateText, timeRangeText } from '../eventTime';
import type { EventDetail } from '../eventTypes';
import { QrCodeImage } from '../../../components/QrCodeImage';

/**
 * On paper only the poster's own node under <body> shows (the app, dialogs and notifications
 * are other nodes), so the page prints as one sheet; on screen the poster is hidden.
 */
const PRINT_CSS = `
@media screen { .kume-event-poster { display: none; } }
@media print {
  body > *:not(.kume-event-poster) { display: none !important; }
  .kume-event-poster { display: flex; justify-content: center; }
}`;

export function PosterPrint({ event, url }: { event: EventDetail; url: string }) {
  const { t, i18n } = useTranslation('informationDay');
  return (
    <>
      <style>{PRINT_CSS}</style>
      <Portal reuseTargetNode={false} className="kume-event-poster">
        <Box p="xl">
          <Stack align="center" gap="lg" ta="center" maw={640}>
            <Title order={1}>{event.title}</Title>
            <Text fz={24}>
              {eventDateText(event.date, i18n.language)} ·{' '}
              {timeRangeText(event.startTime, event.endTime)}
            </Text>
            <Text fz={20}>{event.venue}</Text>
            <QrCodeImage url={url} size={320} alt={t('details.qrAlt')} />
            <Text fz={22} fw={600}>
              {t('details.posterScan')}
            </Text>
            <Text fz={18} ff="monospace" style={{ wordBreak: 'break-all' }}>
              {url}
            </Text>
          </Stack>
        </Box>
      </Portal>
    </>
  );
}
