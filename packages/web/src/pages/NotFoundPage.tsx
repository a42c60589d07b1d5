// What an unknown address shows (and a project the user cannot see): says so, and leads home.

import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" py="xl" maw={560} data-testid="not-found">
      <Title order={2}>{t('notFound.title')}</Title>
      <Text c="dimmed">{t('error.notFound')}</Text>
      <Button component={Link} to="/">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
