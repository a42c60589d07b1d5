// The coverage check: the success factors and large gaps no action addresses yet, each with
// "Plan an action" (the editor opens with that item linked). Shown on the roadmap and the plan.

import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { localText } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProjectSlug } from '../../../api/useProject';
import { useFormat } from '../../../i18n/format';
import type { RoadmapView } from '../roadmapQueries';
import { newActionPath } from './itemDisplay';

export function CoveragePanel({ view, canWrite }: { view: RoadmapView; canWrite: boolean }) {
  const { t, i18n } = useTranslation('roadmap');
  const format = useFormat();
  const slug = useProjectSlug();
  const items = new Map(view.items.map((item) => [item.key, item]));
  const uncovered = view.uncoveredKeys.flatMap((key) => items.get(key) ?? []);
  const { minFactorWeight, largeGapScore } = view.settings.coverage;
  const rule =
    minFactorWeight === null
      ? t('coverage.ruleAll', { score: format.number(largeGapScore) })
      : t('coverage.ruleWeight', {
          weight: format.percent(minFactorWeight),
          score: format.number(largeGapScore),
        });

  return (
    <Paper withBorder p="md" radius="md" data-testid="roadmap-coverage">
      <Group justify="space-between" mb={4}>
        <Title order={4}>{t('coverage.title')}</Title>
        {view.items.length > 0 && (
          <Badge color={uncovered.length === 0 ? 'teal' : 'orange'} variant="light">
            {uncovered.length === 0
              ? t('coverage.allCovered')
              : t('coverage.count', { count: uncovered.length })}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {rule}
      </Text>
      {uncovered.length === 0 ? (
        <Text size="sm" c="dimmed">
          {view.items.length === 0 ? t('coverage.noItems') : t('coverage.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {uncovered.map((item) => (
            <Group
              key={item.key}
              justify="space-between"
              wrap="nowrap"
              gap="xs"
              data-testid="coverage-item"
              data-key={item.key}
            >
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" lineClamp={2}>
                  {localText(item.title, i18n.language)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`kind.${item.kind}`)}
                  {item.kind === 'success_factor' && item.weight !== null
                    ? ` · ${t('item.weight')} ${format.percent(item.weight)}`
                    : item.score !== null && item.kind !== 'success_factor'
                      ? ` · ${t('item.score')} ${format.number(item.score, { maximumFractionDigits: 2 })}`
                      : ''}
                </Text>
              </Stack>
              {canWrite ? (
                <Button
                  component={Link}
                  to={newActionPath(slug, item.key)}
                  size="compact-xs"
                  variant="light"
                  style={{ flexShrink: 0 }}
                  data-testid="coverage-plan"
                >
                  {t('coverage.plan')}
                </Button>
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
