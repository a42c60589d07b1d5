// The programme minimums as have/need badges (red when short) for the members chosen, and the
// stages and actor types no organisation covers, each with what to do about it.

import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { OrganisationType, WorkingGroupSuggestion } from '@kume/core';
import { useTranslation } from 'react-i18next';

const MINIMUMS = ['chambers', 'universities', 'firms'] as const;

export function CoverageSummary({
  minimums,
  uncovered,
  stageName,
}: {
  minimums: WorkingGroupSuggestion['meetsMinimums'];
  uncovered: WorkingGroupSuggestion['uncovered'];
  stageName: (stageId: string) => string;
}) {
  const { t } = useTranslation('workingGroup');
  const typeName = (type: OrganisationType) => t(`common:organisationType.${type}`);
  const nothingUncovered = uncovered.stages.length === 0 && uncovered.types.length === 0;
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group gap="xs" data-testid="wg-minimums">
          <Text size="sm" fw={600}>
            {t('minimums.title')}
          </Text>
          {MINIMUMS.map((key) => {
            const { have, need } = minimums[key];
            const short = have < need;
            return (
              <Badge
                key={key}
                color={short ? 'red' : 'teal'}
                variant={short ? 'filled' : 'light'}
                data-testid={`wg-minimum-${key}`}
                data-short={short}
              >
                {t(`minimums.${key}`, { have, need })}
              </Badge>
            );
          })}
        </Group>
        {nothingUncovered ? (
          <Text size="sm" c="dimmed">
            {t('uncovered.none')}
          </Text>
        ) : (
          <Stack gap={4} data-testid="wg-uncovered">
            <Text size="sm" fw={600}>
              {t('uncovered.title')}
            </Text>
            <List size="sm">
              {uncovered.stages.map((stageId) => (
                <List.Item key={`stage-${stageId}`}>
                  {t('uncovered.stage', { stage: stageName(stageId) })}
                </List.Item>
              ))}
              {uncovered.types.map((type) => (
                <List.Item key={`type-${type}`}>
                  {t('uncovered.type', { type: typeName(type) })}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
