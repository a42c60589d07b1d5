// The last two self-assessments side by side: each area's mean points before and after, and the
// indicators that improved or fell (a level gained or lost, or progress within a level).

import { Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import {
  localText,
  SELF_ASSESSMENT_AREA_NAMES,
  type IndicatorComparison,
  type SelfAssessmentChange,
  type SelfAssessmentComparison,
  type SelfAssessmentIndicator,
} from '@kume/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { LevelBadge } from './LevelBadge';
import type { SelfAssessmentRecord } from './selfAssessmentTypes';
import { scaleValueText } from './thresholdText';

const CHANGE_COLOURS: Record<SelfAssessmentChange, string> = {
  improved: 'green',
  fell: 'red',
  unchanged: 'gray',
  not_comparable: 'gray',
};

export function ChangeBadge({ change }: { change: SelfAssessmentChange }) {
  const { t } = useTranslation('monitoring');
  return (
    <Badge
      color={CHANGE_COLOURS[change]}
      variant={change === 'not_comparable' ? 'outline' : 'light'}
      size="sm"
    >
      {t(`change.${change}`)}
    </Badge>
  );
}

export function AssessmentComparison({
  comparison,
  before,
  after,
}: {
  comparison: SelfAssessmentComparison;
  before: SelfAssessmentRecord;
  after: SelfAssessmentRecord;
}) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  const language = format.language;
  const points = (value: number | null) =>
    value === null ? '–' : format.number(value, { maximumFractionDigits: 2 });
  // The later list names an indicator; one only the earlier had is named from it.
  const indicatorOf = new Map<string, SelfAssessmentIndicator>(
    [...before.indicators, ...after.indicators].map((i) => [i.id, i]),
  );
  const side = (
    indicator: SelfAssessmentIndicator | undefined,
    answer: IndicatorComparison['before'],
  ) =>
    !indicator || !answer || answer.value === null ? (
      <Text size="sm" c="dimmed">
        –
      </Text>
    ) : (
      <Group gap={6} wrap="nowrap">
        <Text size="sm">
          {scaleValueText(indicator, answer.value, language, (n) => format.number(n))}
        </Text>
        <LevelBadge level={answer.level} size="xs" />
      </Group>
    );
  const changed = (change: 'improved' | 'fell') =>
    comparison.indicators.filter((i) => i.change === change);

  return (
    <Stack gap="md" data-testid="assessment-comparison">
      <Text size="sm" c="dimmed">
        {t('comparison.between', {
          before: format.date(before.assessedOn),
          after: format.date(after.assessedOn),
        })}{' '}
        {t('comparison.improvedAreas', { count: comparison.improvedAreas.length })}
      </Text>
      <Table.ScrollContainer minWidth={520}>
        <Table striped verticalSpacing={4} data-testid="comparison-areas">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('comparison.area')}</Table.Th>
              <Table.Th ta="right">{format.date(before.assessedOn)}</Table.Th>
              <Table.Th ta="right">{format.date(after.assessedOn)}</Table.Th>
              <Table.Th>{t('comparison.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparison.areas.map((area) => (
              <Table.Tr key={area.area}>
                <Table.Td>{localText(SELF_ASSESSMENT_AREA_NAMES[area.area], language)}</Table.Td>
                <Table.Td ta="right">{points(area.meanPointsBefore)}</Table.Td>
                <Table.Td ta="right">{points(area.meanPointsAfter)}</Table.Td>
                <Table.Td>
                  <ChangeBadge change={area.change} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('comparison.pointsNote')}
      </Text>
      <SimpleGrid cols={1} spacing="md">
        {(['improved', 'fell'] as const).map((change) => (
          <Stack key={change} gap="xs" data-testid={`comparison-${change}`}>
            <Title order={5}>{t(`comparison.${change}`, { count: changed(change).length })}</Title>
            {changed(change).length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('comparison.none')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing={4} striped>
                  <Table.Tbody>
                    {changed(change).map((row) => {
                      const indicator = indicatorOf.get(row.indicatorId);
                      return (
                        <Table.Tr key={row.indicatorId}>
                          <Table.Td w="45%">
                            <Text size="sm">
                              {indicator ? localText(indicator.name, language) : row.indicatorId}
                            </Text>
                          </Table.Td>
                          <Table.Td>{side(indicator, row.before)}</Table.Td>
                          <Table.Td>→</Table.Td>
                          <Table.Td>{side(indicator, row.after)}</Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
