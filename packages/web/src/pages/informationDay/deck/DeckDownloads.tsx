// The deck's downloads: the language of the slides, and the PPTX and PDF files, fetched so the
// page can show that a file is being made (a PDF takes a few seconds) and why it could not be.

import {
  Alert,
  Button,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { downloadFile } from '../../statistics/charts/downloadFile';
import { deckPath, fetchDeck, type DeckFormat, type DeckLanguage } from './deckDownload';

export function DeckDownloads({
  slug,
  eventId,
  dirty,
}: {
  slug: string;
  eventId: string;
  /** The page has unsaved changes: the files would not show them, so they wait for a save. */
  dirty: boolean;
}) {
  const { t, i18n } = useTranslation('deck');
  const [lang, setLang] = useState<DeckLanguage>(i18n.language === 'tr' ? 'tr' : 'en');
  const download = useMutation({
    mutationFn: ({ format }: { format: DeckFormat }) =>
      fetchDeck(deckPath(slug, eventId, lang, format), `${slug}-information-day-${lang}.${format}`),
    onSuccess: ({ blob, fileName }) => {
      downloadFile(blob, fileName);
      notifications.show({ color: 'teal', message: t('download.done', { name: fileName }) });
    },
  });
  const making = download.isPending ? download.variables.format : null;
  const seconds = useElapsedSeconds(making !== null);
  const error = download.error;
  const pdfUnavailable = error instanceof ApiError && error.code === 'pdf_unavailable';

  const button = (format: DeckFormat) => (
    <Button
      component="a"
      href={deckPath(slug, eventId, lang, format)}
      onClick={(event: MouseEvent) => {
        // The link's address serves "copy link"; a click fetches, to show progress and errors.
        event.preventDefault();
        if (!dirty && !download.isPending) download.mutate({ format });
      }}
      variant={format === 'pptx' ? 'filled' : 'light'}
      loading={making === format}
      disabled={dirty || (download.isPending && making !== format)}
      data-testid={`deck-download-${format}`}
    >
      {t(`download.${format}`)}
    </Button>
  );

  return (
    <Paper withBorder radius="md" p="md" data-testid="deck-downloads">
      <Stack gap="sm">
        <div>
          <Title order={3}>{t('download.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('download.intro')}
          </Text>
        </div>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="deck-lang-label">
            {t('download.language')}
          </Text>
          <SegmentedControl
            value={lang}
            onChange={(value) => setLang(value === 'tr' ? 'tr' : 'en')}
            data={[
              { value: 'tr', label: t('common:language.tr') },
              { value: 'en', label: t('common:language.en') },
            ]}
            aria-labelledby="deck-lang-label"
            data-testid="deck-lang"
          />
        </Stack>
        <Group gap="xs">
          {button('pptx')}
          {button('pdf')}
        </Group>
        {dirty && (
          <Text size="sm" c="orange" data-testid="deck-download-save-first">
            {t('download.saveFirst')}
          </Text>
        )}
        {making && (
          <Stack gap={4} data-testid="deck-download-progress" aria-live="polite">
            <Text size="sm">
              {t('download.making', { format: making.toUpperCase() })}
              {seconds > 0 && ` (${t('download.seconds', { count: seconds })})`}
            </Text>
            <Progress value={100} striped animated aria-hidden />
          </Stack>
        )}
        {pdfUnavailable ? (
          <Alert color="orange" role="alert" data-testid="deck-pdf-unavailable">
            <Text size="sm">{t('download.pdfUnavailable')}</Text>
            <Text size="xs" c="dimmed" mt={4}>
              {error.message}
            </Text>
          </Alert>
        ) : (
          <ErrorAlert error={error} title={t('download.failed')} />
        )}
      </Stack>
    </Paper>
  );
}

/** Whole seconds since `running` became true (0 while it is false): a PDF may take a while. */
function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [running]);
  return seconds;
}
