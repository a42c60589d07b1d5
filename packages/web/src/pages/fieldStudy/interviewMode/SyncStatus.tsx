// The interview-mode banner: offline with N waiting, N waiting, all synced, or "sign in again".

import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { interviewSyncState, type InterviewRecord } from './interviewRecord';
import type { SyncOutcome } from './syncInterviews';

export function SyncStatus({
  records,
  online,
  outcome,
  syncing,
  onSync,
}: {
  records: readonly InterviewRecord[];
  online: boolean;
  outcome: SyncOutcome | null;
  syncing: boolean;
  onSync: () => void;
}) {
  const { t } = useTranslation('respond');
  const location = useLocation();
  const waiting = records.filter((record) => interviewSyncState(record) !== 'synced').length;
  if (outcome?.kind === 'signedOut')
    return (
      <Alert color="yellow" role="status" data-testid="interview-sync-status">
        <Text size="sm">{t('interview.signInAgain')}</Text>
        <Anchor
          component={Link}
          to={`/signin?next=${encodeURIComponent(location.pathname)}`}
          size="sm"
          fw={600}
        >
          {t('interview.signIn')}
        </Anchor>
      </Alert>
    );
  const text = !online
    ? t('interview.offline', { count: waiting })
    : syncing && waiting > 0
      ? t('interview.syncing')
      : waiting > 0
        ? t('interview.waiting', { count: waiting })
        : t('interview.allSynced');
  return (
    <Alert
      color={!online ? 'orange' : waiting > 0 ? 'blue' : 'teal'}
      role="status"
      data-testid="interview-sync-status"
      py="xs"
    >
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {text}
        </Text>
        {online && waiting > 0 && (
          <Button size="compact-sm" variant="light" onClick={onSync} loading={syncing}>
            {t('interview.syncNow')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
