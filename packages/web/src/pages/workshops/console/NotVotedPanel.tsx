// Who has not voted in the current round: their names, or only how many in an anonymous round;
// with how many ballots are in.

import { Badge, Group, Paper, Text } from '@mantine/core';
import type { RoundDefinition, RoundView } from '@kume/core';
import { useTranslation } from 'react-i18next';

export function NotVotedPanel({
  definition,
  round,
}: {
  definition: RoundDefinition;
  round: RoundView;
}) {
  const { t } = useTranslation('workshops');
  const anonymous = definition.voting?.anonymous ?? false;
  const waiting = round.notVoted.length;
  return (
    <Paper withBorder p="md" data-testid="not-voted">
      <Text fw={600}>
        {t('console.voted', { count: round.ballotsCast, total: round.ballotsCast + waiting })}
      </Text>
      {waiting === 0 && round.ballotsCast === 0 ? (
        <Text size="sm" c="dimmed">
          {t('console.nobodyYet')}
        </Text>
      ) : waiting === 0 ? (
        <Text size="sm" c="teal">
          {t('console.allVoted')}
        </Text>
      ) : anonymous ? (
        <Text size="sm" c="dimmed">
          {t('console.notVotedCount', { count: waiting })}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb={4}>
            {t('console.notVoted', { count: waiting })}
          </Text>
          <Group gap={6}>
            {round.notVoted.map((participant) => (
              <Badge key={participant.id} variant="light" color="orange">
                {participant.name ?? t('console.anonymous')}
              </Badge>
            ))}
          </Group>
        </>
      )}
    </Paper>
  );
}
