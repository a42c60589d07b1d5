// The two periods of relations the network change compares: each from a day (optional) to a day.
// Starts from the periods of the comparison shown (key it by them, so a new comparison refills
// it); "Compare" asks again with those typed.

import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkChangeView, NetworkPeriods } from './monitoringTypes';

export const periodsOf = (view: NetworkChangeView): NetworkPeriods => ({
  beforeFrom: view.before.from ?? '',
  beforeTo: view.before.to,
  afterFrom: view.after.from ?? '',
  afterTo: view.after.to,
});

export function NetworkPeriodsForm({
  view,
  loading,
  onCompare,
  onReset,
}: {
  view: NetworkChangeView;
  loading: boolean;
  onCompare: (periods: NetworkPeriods) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const [draft, setDraft] = useState<NetworkPeriods>(() => periodsOf(view));
  const day = (key: keyof NetworkPeriods, required: boolean) => (
    <TextInput
      type="date"
      size="xs"
      label={t(`network.${key}`)}
      value={draft[key]}
      min={view.firstOn ?? undefined}
      max={view.lastOn ?? undefined}
      required={required}
      onChange={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })}
      data-testid={`network-${key}`}
    />
  );
  const complete = draft.beforeTo !== '' && draft.afterTo !== '';

  return (
    <Group align="flex-end" gap="lg" wrap="wrap">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('network.before')}
        </Text>
        <Group gap="xs" wrap="nowrap">
          {day('beforeFrom', false)}
          {day('beforeTo', true)}
        </Group>
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('network.after')}
        </Text>
        <Group gap="xs" wrap="nowrap">
          {day('afterFrom', false)}
          {day('afterTo', true)}
        </Group>
      </Stack>
      <Group gap="xs">
        <Button
          size="xs"
          disabled={!complete}
          loading={loading}
          onClick={() => onCompare(draft)}
          data-testid="network-compare"
        >
          {t('network.compare')}
        </Button>
        <Button size="xs" variant="subtle" onClick={onReset}>
          {t('network.defaults')}
        </Button>
      </Group>
    </Group>
  );
}
