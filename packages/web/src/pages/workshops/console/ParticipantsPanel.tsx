// Who is in the room: the participants present, the facilitators marked, how many confirmed the
// current decision, and for the confirmed working group which organisations are present or missing.

import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { WorkshopView } from '@kume/core';
import type { WorkshopAttendanceView } from '@kume/server';
import { useTranslation } from 'react-i18next';
import { workingGroupPresence } from './workingGroupPresence';

export function ParticipantsPanel({
  view,
  attendance = null,
}: {
  view: WorkshopView;
  /** Who of the working group is present (REST); null while unknown or without a connection. */
  attendance?: WorkshopAttendanceView | null;
}) {
  const { t } = useTranslation('workshops');
  const people = view.participants.filter((participant) => !participant.isFacilitator);
  const presence = workingGroupPresence(attendance);
  const anonymous = t('console.anonymous');
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
            {participant.name ?? anonymous}
            {participant.isFacilitator && ` · ${t('console.facilitator')}`}
          </Badge>
        ))}
      </Group>
      {presence && (
        <Stack gap={6} mt="md" data-testid="working-group-presence">
          <Text fw={600} size="sm">
            {t('console.workingGroupPresent', {
              count: presence.present.length,
              total: presence.present.length + presence.missing.length,
            })}
          </Text>
          {presence.present.map((organisation) => (
            <Text key={organisation.id} size="sm" data-testid="working-group-present">
              <Text span c="teal" fw={500}>
                ✓ {organisation.name}
              </Text>
              {' · '}
              {organisation.present.map((name) => name ?? anonymous).join(', ')}
            </Text>
          ))}
          {presence.missing.length > 0 && (
            <>
              <Text size="sm" c="dimmed">
                {t('console.workingGroupMissing', { count: presence.missing.length })}
              </Text>
              <Group gap={6}>
                {presence.missing.map((organisation) => (
                  <Badge
                    key={organisation.id}
                    variant="outline"
                    color="orange"
                    tt="none"
                    data-testid="working-group-missing"
                  >
                    {organisation.name}
                  </Badge>
                ))}
              </Group>
            </>
          )}
        </Stack>
      )}
    </Paper>
  );
}
