// This device's interviews of the questionnaire: organisation, date, finished or draft, and
// whether the server has them (with the error message when it refused one).

import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { interviewSyncState, type InterviewRecord } from './interviewRecord';

const stateColor = { synced: 'teal', waiting: 'blue', error: 'red' } as const;

export function InterviewList({
  records,
  activeId,
  onContinue,
}: {
  records: readonly InterviewRecord[];
  activeId: string | null;
  onContinue: (record: InterviewRecord) => void;
}) {
  const { t } = useTranslation('respond');
  const format = useFormat();
  return (
    <Stack gap="xs" data-testid="device-interviews">
      <Title order={3} size="h4">
        {t('interview.deviceList')}
      </Title>
      {records.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('interview.deviceListEmpty')}
        </Text>
      )}
      {records.map((record) => {
        const state = interviewSyncState(record);
        return (
          <Paper key={record.id} withBorder p="sm" radius="md" data-testid="device-interview">
            <Group justify="space-between" align="flex-start" gap="xs">
              <Stack gap={4} miw={0} style={{ flex: 1 }}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {record.organisationName}
                </Text>
                <Group gap={6}>
                  <Text size="sm" c="dimmed">
                    {format.date(record.heldOn)}
                  </Text>
                  <Badge variant="light" color={record.submitted ? 'teal' : 'gray'}>
                    {record.submitted ? t('interview.state.finished') : t('interview.state.draft')}
                  </Badge>
                  <Badge variant="dot" color={stateColor[state]} data-testid="sync-state">
                    {t(`interview.state.${state}`)}
                  </Badge>
                </Group>
                {state === 'error' && record.lastError && (
                  <Text size="sm" c="red.8">
                    {record.lastError}
                  </Text>
                )}
              </Stack>
              {!record.submitted && record.id !== activeId && (
                <Button variant="light" onClick={() => onContinue(record)}>
                  {t('interview.continue')}
                </Button>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
