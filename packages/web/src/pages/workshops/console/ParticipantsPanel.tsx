// Who is in the room: the participants present, the facilitators marked, and how many confirmed
// the current decision.

import { Badge, Group, Paper, Text } from '@mantine/core';
import type { WorkshopView } from '@kume/core';
import { useTranslation } from 'react-i18next';

export function ParticipantsPanel({ view }: { view: WorkshopView }) {
  const { t } = useTranslation('workshops');
  const people = view.participants.filter((participant) => !participant.isFacilitator);
  return (
    <Paper withBorder p="md" data-testid="participants">
      <Text fw={600} mb={4}>
        {t('console.participants', { count: people.length })}
      </Text>
      {view.round.decision && (
        <Text size="sm" c="dimmed" mb={4}>
          {t('console.confirmations', { count: view.round.confirmedCount, total: people.length })}
        </Text>
      )}
      <Group gap={6}>
        {view.participants.map((participant, index) => (
          <Badge
            key={participant.id ?? index}
            variant={participant.isFacilitator ? 'filled' : 'light'}
            color={participant.isFacilitator ? 'grape' : 'blue'}
            tt="none"
          >
            {participant.name ?? t('console.anonymous')}
            {participant.isFacilitator && ` · ${t('console.facilitator')}`}
          </Badge>
        ))}
      </Group>
    </Paper>
  );
}
