// The ranked gaps beside the map: kind, stage name(s), score, evidence and the suggested action;
// pointing at or choosing a gap highlights its stage's organisations.

import { Badge, Group, Paper, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { localText } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { ClusterMapGap, ClusterMapView } from './types';

const percentKeys = new Set(['outsideShare']);

export function GapList({
  view,
  active,
  onHover,
  onSelect,
}: {
  view: ClusterMapView;
  /** Index of the chosen gap, or null. */
  active: number | null;
  onHover: (index: number | null) => void;
  onSelect: (index: number | null) => void;
}) {
  const { t, i18n } = useTranslation('clusterMap');
  const format = useFormat();
  const stageName = (id: string) => {
    const stage = view.chain.stages.find((s) => s.id === id);
    return stage ? localText(stage.name, i18n.language) : id;
  };
  const where = (gap: ClusterMapGap) =>
    gap.stages
      ? `${stageName(gap.stages[0])} → ${stageName(gap.stages[1])}`
      : gap.stage
        ? stageName(gap.stage)
        : (gap.industry ?? '');
  const evidence = (gap: ClusterMapGap) =>
    Object.entries(gap.evidence)
      .map(
        ([key, value]) =>
          `${t(`gaps.evidence.${key}`, { defaultValue: key })}: ${
            percentKeys.has(key)
              ? format.percent(value)
              : format.number(value, { maximumFractionDigits: 3 })
          }`,
      )
      .join(' · ');

  return (
    <Paper withBorder p="sm" data-testid="map-gap-list">
      <Text fw={600}>{t('gaps.title')}</Text>
      {view.gaps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('gaps.none')}
        </Text>
      ) : (
        <>
          <Text size="xs" c="dimmed" mb="xs">
            {t('gaps.hint')}
          </Text>
          <ScrollArea.Autosize mah={420}>
            <Stack gap="xs">
              {view.gaps.map((gap, i) => (
                <UnstyledButton
                  key={i}
                  onMouseEnter={() => onHover(i)}
                  onMouseLeave={() => onHover(null)}
                  onFocus={() => onHover(i)}
                  onBlur={() => onHover(null)}
                  onClick={() => onSelect(active === i ? null : i)}
                  aria-pressed={active === i}
                  data-testid="map-gap"
                  data-kind={gap.kind}
                  p={6}
                  style={{
                    borderRadius: 4,
                    background: active === i ? 'var(--mantine-color-blue-0)' : undefined,
                  }}
                >
                  <Group justify="space-between" gap={4} wrap="nowrap">
                    <Badge color={gap.kind === 'empty_stage' ? 'red' : 'orange'} variant="light">
                      {t(`gaps.kind.${gap.kind}`)}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {t('gaps.score', {
                        score: format.number(gap.score, { maximumFractionDigits: 2 }),
                      })}
                    </Text>
                  </Group>
                  <Text size="sm" fw={600} data-testid="map-gap-stage">
                    {where(gap)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {evidence(gap)}
                  </Text>
                  <Text size="sm">{localText(gap.suggestion, i18n.language)}</Text>
                </UnstyledButton>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </>
      )}
    </Paper>
  );
}
