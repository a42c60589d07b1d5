// A guest's page that cannot show what was asked: a link the server does not know, no
// connection, or another error, in the guest's language.

import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';

export function PublicMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('informationDay');
  const unknown = error instanceof ApiError && error.status === 404;
  const offline = error instanceof ApiError && error.code === 'network';
  return (
    <Paper withBorder radius="md" p="lg" data-testid={unknown ? 'public-invalid' : 'public-error'}>
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon
          size={48}
          radius="xl"
          variant="light"
          color={unknown ? 'gray' : 'red'}
          aria-hidden
        >
          !
        </ThemeIcon>
        <Title order={2} size="h3">
          {unknown
            ? t('public.invalidTitle')
            : offline
              ? t('public.offlineTitle')
              : t('common:error.title')}
        </Title>
        <Text>
          {unknown
            ? t('public.invalidText')
            : offline
              ? t('public.offlineText')
              : error instanceof Error
                ? error.message
                : ''}
        </Text>
        {onRetry && !unknown && (
          <Button size="md" onClick={onRetry}>
            {t('public.retry')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
