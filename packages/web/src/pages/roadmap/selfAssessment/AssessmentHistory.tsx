// The self-assessments over time: the areas' scores as a chart, then each assessment with its
// indicative level and how many answers reached gold, silver and bronze; edit and delete.

import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { localText, SELF_ASSESSMENT_AREA_NAMES, type SelfAssessmentLevel } from '@kume/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, useFormat } from '../../../i18n/format';
import { EChart } from '../../statistics/charts/EChart';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import { usePhone } from '../../stakeholders/usePhone';
import { assessmentChartOption } from './assessmentChartOption';
import { LEVEL_HEX, LevelBadge } from './LevelBadge';
import { deleteAssessment, useSelfAssessmentMutation } from './selfAssessmentQueries';
import type { SelfAssessmentRecord } from './selfAssessmentTypes';

const COUNTED: readonly SelfAssessmentLevel[] = ['gold', 'silver', 'bronze', 'below'];

export function AssessmentHistory({
  slug,
  assessments,
  canWrite,
  onEdit,
}: {
  slug: string;
  /** Oldest first. */
  assessments: readonly SelfAssessmentRecord[];
  canWrite: boolean;
  onEdit: (assessment: SelfAssessmentRecord) => void;
}) {
  const { t, i18n } = useTranslation('monitoring');
  const language = i18n.language;
  const format = useFormat();
  const phone = usePhone();
  const remove = useSelfAssessmentMutation(slug, (id: string) => deleteAssessment(slug, id), {
    success: t('assessment.deleted'),
    notifyErrors: true,
  });
  const option = useMemo(
    () =>
      assessmentChartOption(assessments, {
        areaName: (area) => localText(SELF_ASSESSMENT_AREA_NAMES[area], language),
        levelName: (level) => t(`level.${level}`),
        assessmentName: (a) => formatDate(a.assessedOn, language),
        formatPoints: (points) => formatNumber(points, language, { maximumFractionDigits: 2 }),
        labelWidth: phone ? 60 : 110,
      }),
    [assessments, language, t, phone],
  );

  return (
    <Stack gap="md">
      <EChart
        option={option}
        height={phone ? 320 : 340}
        testId="assessment-chart"
        label={t('assessment.chartLabel', { count: Math.min(assessments.length, 4) })}
        title={t('assessment.chartTitle')}
      />
      <Table.ScrollContainer minWidth={720}>
        <Table striped data-testid="assessment-list" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('assessment.assessedOn')}</Table.Th>
              <Table.Th>{t('assessment.titleField')}</Table.Th>
              <Table.Th>{t('assessment.indicativeLevel')}</Table.Th>
              <Table.Th>{t('assessment.levelCounts')}</Table.Th>
              <Table.Th ta="right">{t('assessment.answered')}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...assessments].reverse().map((assessment) => {
              const { overall, indicators } = assessment.score;
              const missing = indicators.filter((i) => i.evidenceMissing).length;
              return (
                <Table.Tr key={assessment.id} data-testid="assessment-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {format.date(assessment.assessedOn)}
                  </Table.Td>
                  <Table.Td>{assessment.title}</Table.Td>
                  <Table.Td>
                    <LevelBadge level={overall.indicativeLevel} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="wrap">
                      {COUNTED.map((level) => (
                        <Badge
                          key={level}
                          size="sm"
                          variant="outline"
                          color={LEVEL_HEX[level]}
                          leftSection={format.number(overall.counts[level])}
                          data-level={level}
                        >
                          {t(`level.${level}`)}
                        </Badge>
                      ))}
                    </Group>
                    {missing > 0 && (
                      <Text size="xs" c="orange.8">
                        {t('assessment.evidenceMissing', { count: missing })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('assessment.answeredOf', {
                      answered: format.number(overall.answered),
                      total: format.number(overall.total),
                    })}
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => onEdit(assessment)}
                          data-testid="assessment-edit"
                        >
                          {t('common:action.edit')}
                        </Button>
                        <ConfirmButton
                          size="compact-xs"
                          variant="subtle"
                          title={t('assessment.deleteTitle')}
                          message={t('assessment.deleteMessage', {
                            on: format.date(assessment.assessedOn),
                          })}
                          onConfirm={() => remove.mutateAsync(assessment.id)}
                          loading={remove.isPending}
                          testId="assessment-delete"
                        >
                          {t('common:action.delete')}
                        </ConfirmButton>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('assessment.levelNote')}
      </Text>
    </Stack>
  );
}
