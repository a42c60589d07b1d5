// The polls' results as the workshop counted them: a bar per choice with its votes, and how many
// voted.

import { Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { EventPolls } from '../eventTypes';

export function PollResults({ polls }: { polls: EventPolls['polls'] }) {
  const { t } = useTranslation('informationDay');
  const format = useFormat();
  return (
    <Stack gap="sm" data-testid="poll-results">
      {polls.map((poll) => {
        const total = poll.choices.reduce((sum, choice) => sum + choice.votes, 0);
        return (
          <Card key={poll.roundId} withBorder padding="sm" data-testid="poll-result">
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Text fw={600}>{poll.question}</Text>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t('polls.voters', { count: poll.voters })}
                </Text>
              </Group>
              {poll.choices.map((choice, index) => (
                <Stack key={index} gap={2}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text size="sm">{choice.text}</Text>
                    <Text size="sm" fw={600}>
                      {format.number(choice.votes)}
                      {total > 0 && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          ({format.percent(choice.votes / total)})
                        </Text>
                      )}
                    </Text>
                  </Group>
                  <Progress value={total > 0 ? (choice.votes / total) * 100 : 0} size="lg" />
                </Stack>
              ))}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
