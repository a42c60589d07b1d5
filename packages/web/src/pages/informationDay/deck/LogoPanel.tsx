// The project's logo for the deck: a preview, upload (PNG or JPEG, at most 1 MB, checked here
// before it is sent) and remove. The logo is saved at once; it is not part of the deck settings.

import { Alert, Button, FileButton, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import { logoPath, useDeleteLogo, useUploadLogo } from './deckQueries';
import type { LogoInfo } from './deckTypes';
import { checkLogoFile } from './logoFile';

export function LogoPanel({
  slug,
  logo,
  version,
  editable,
}: {
  slug: string;
  logo: LogoInfo | null;
  /** Changes whenever the settings are read again, so the preview fetches a replaced image. */
  version: number;
  editable: boolean;
}) {
  const { t } = useTranslation('deck');
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useUploadLogo(slug, t('logo.uploaded'));
  const remove = useDeleteLogo(slug, t('logo.removed'));

  const choose = async (file: File | null) => {
    if (!file) return;
    upload.reset();
    const found = await checkLogoFile(file);
    if (found) {
      setProblem(t(`logo.problem.${found}`, { name: file.name }));
      return;
    }
    setProblem(null);
    upload.mutate(file);
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="deck-logo">
      <Stack gap="sm">
        <div>
          <Title order={3}>{t('logo.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('logo.intro')}
          </Text>
        </div>
        {logo ? (
          <Group gap="md" align="center">
            <Paper withBorder p={6} radius="sm" bg="white">
              <Image
                src={`${logoPath(slug)}?v=${version}`}
                alt={t('logo.alt')}
                h={64}
                w="auto"
                maw={220}
                fit="contain"
                data-testid="deck-logo-preview"
              />
            </Paper>
            <Text size="xs" c="dimmed">
              {t('logo.size', { width: logo.width, height: logo.height })}
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed" data-testid="deck-logo-none">
            {t('logo.none')}
          </Text>
        )}
        {editable && (
          <Group gap="xs">
            <FileButton
              onChange={(file) => void choose(file)}
              accept="image/png,image/jpeg"
              inputProps={{ name: 'file', ...{ 'data-testid': 'deck-logo-file' } }}
            >
              {(props) => (
                <Button
                  variant="light"
                  size="xs"
                  loading={upload.isPending}
                  data-testid="deck-logo-upload"
                  {...props}
                >
                  {logo ? t('logo.replace') : t('logo.choose')}
                </Button>
              )}
            </FileButton>
            {logo && (
              <ConfirmButton
                size="xs"
                variant="subtle"
                title={t('logo.removeTitle')}
                message={t('logo.removeText')}
                confirmLabel={t('logo.remove')}
                onConfirm={() => remove.mutateAsync()}
                loading={remove.isPending}
                testId="deck-logo-remove"
              >
                {t('logo.remove')}
              </ConfirmButton>
            )}
          </Group>
        )}
        {problem && (
          <Alert color="red" role="alert" data-testid="deck-logo-problem">
            {problem}
          </Alert>
        )}
        <ErrorAlert error={upload.error} title={t('logo.failed')} />
      </Stack>
    </Paper>
  );
}
