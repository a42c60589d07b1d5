// The questionnaire's public link: on or off, its URL to copy, and its QR code (the server draws
// it) to show and download.

import { Anchor, Card, Group, Image, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import type { QuestionnaireView } from '../../types';
import { questionnairePath, useQuestionnaireMutation } from '../questionnaireQueries';
import { CopyField } from './CopyField';
import { absoluteUrl } from './linkCsv';

export function PublicLinkCard({
  slug,
  questionnaire,
  canWrite,
}: {
  slug: string;
  questionnaire: QuestionnaireView;
  canWrite: boolean;
}) {
  const { t } = useTranslation('questionnaires');
  const toggle = useQuestionnaireMutation(slug, (enabled: boolean) =>
    api.post<{ publicLink: string | null }>(
      questionnairePath(slug, questionnaire.id, '/public-link'),
      { enabled },
    ),
  );
  const link = questionnaire.publicLink;
  const url = link ? absoluteUrl(link, window.location.origin) : null;
  // The link's code in the address keeps the browser from showing an old QR after a new link.
  const qr = link
    ? `${questionnairePath(slug, questionnaire.id, '/public-qr.svg')}?v=${encodeURIComponent(link)}`
    : null;

  return (
    <Card withBorder padding="md" data-testid="public-link">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{t('distribution.publicTitle')}</Text>
          <Switch
            label={link ? t('distribution.publicOn') : t('distribution.publicOff')}
            checked={Boolean(link)}
            disabled={!canWrite || toggle.isPending}
            onChange={(event) => toggle.mutate(event.currentTarget.checked)}
            data-testid="public-link-switch"
          />
        </Group>
        <Text size="sm" c="dimmed">
          {t('distribution.publicHelp')}
        </Text>
        {questionnaire.status !== 'open' && (
          <Text size="sm" c="orange">
            {t('distribution.notOpen')}
          </Text>
        )}
        {url && qr && (
          <Group align="flex-start" gap="md">
            <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
              <CopyField url={url} label={t('distribution.publicUrl')} />
              <Anchor href={url} target="_blank" rel="noopener noreferrer" size="xs">
                {t('distribution.openLink')}
              </Anchor>
            </Stack>
            <Stack gap={2} align="center">
              <Image src={qr} w={120} h={120} alt={t('distribution.publicQrAlt')} />
              <Anchor href={qr} download="questionnaire-qr.svg" size="xs">
                {t('distribution.downloadQr')}
              </Anchor>
            </Stack>
          </Group>
        )}
        {toggle.error && <ErrorAlert error={toggle.error} />}
      </Stack>
    </Card>
  );
}
