// The readiness gate's checks, each with met / not met, actual against required, and a sentence
// saying what is missing; and the counts they rest on.

import { Badge, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReadinessView } from '@kume/server';
import { useFormat } from '../../i18n/format';

type Check = ReadinessView['checks'][number];

function CheckRow({ check, readiness }: { check: Check; readiness: ReadinessView }) {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  const isShare = check.id === 'committed_share_of_visited';
  const show = (value: number | null) => (isShare ? format.percent(value) : format.number(value));
  const firmTypes = readiness.thresholds.firmTypes
    .map((type) => t(`common:organisationType.${type}`))
    .join(', ');
  let sentence: string;
  if (isShare && check.actual === null) sentence = t('readiness.sentence.nobodyVisited');
  else if (isShare)
    sentence = check.met
      ? t('readiness.sentence.shareMet', {
          share: format.percent(check.actual),
          committed: readiness.counts.committedVisited,
          visited: readiness.counts.visited,
        })
      : t('readiness.sentence.shareMissing', {
          count: check.missing,
          share: format.percent(check.actual),
          required: format.percent(check.required),
        });
  else
    sentence = check.met
      ? t(`readiness.sentence.${check.id}_met`, { count: check.actual ?? 0 })
      : t(`readiness.sentence.${check.id}_missing`, { count: check.missing });

  return (
    <Group
      wrap="nowrap"
      align="flex-start"
      gap="sm"
      data-testid={`check-${check.id}`}
      data-met={check.met}
    >
      <ThemeIcon color={check.met ? 'teal' : 'red'} radius="xl" size="md" aria-hidden>
        {check.met ? '✓' : '✕'}
      </ThemeIcon>
      <Stack gap={2} style={{ flex: 1 }}>
        <Group gap="xs" justify="space-between">
          <Text fw={600} size="sm">
            {t(`readiness.check.${check.id}`)}
          </Text>
          <Badge color={check.met ? 'teal' : 'red'} variant="light">
            {check.met ? t('readiness.met') : t('readiness.notMet')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('readiness.actualRequired', {
            actual: show(check.actual),
            required: show(check.required),
          })}
        </Text>
        <Text size="sm" c={check.met ? 'dimmed' : 'red.8'}>
          {sentence}
        </Text>
        {check.id === 'committed_firms' && (
          <Text size="xs" c="dimmed">
            {t('readiness.firmTypesAre', { types: firmTypes })}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

export function ReadinessChecks({ readiness }: { readiness: ReadinessView }) {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  const counts = [
    ['organisations', readiness.counts.organisations],
    ['visited', readiness.counts.visited],
    ['assessed', readiness.counts.assessed],
    ['committed', readiness.counts.committed],
  ] as const;
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          {readiness.checks.map((check) => (
            <CheckRow key={check.id} check={check} readiness={readiness} />
          ))}
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {counts.map(([key, value]) => (
          <Paper key={key} withBorder p="sm" radius="md" data-testid={`count-${key}`}>
            <Text size="xl" fw={700}>
              {format.number(value)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`readiness.count.${key}`, {
                willingness: readiness.thresholds.committedWillingness,
              })}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
