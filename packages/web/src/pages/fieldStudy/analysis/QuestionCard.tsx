// One question on the analysis page: its title and how many answered, then its chart, or with a
// breakdown the same chart per group side by side (small groups withheld, never shown).

import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { localText } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { AnalysisBody } from './AnalysisBody';
import type { AnalysisView } from '../types';

export function QuestionCard({
  questionnaireId,
  question,
  number,
  minGroup,
}: {
  questionnaireId: string;
  question: AnalysisView['questions'][number];
  /** The question's position in the questionnaire, from 1. */
  number: number;
  minGroup: number;
}) {
  const { t, i18n } = useTranslation('fieldwork');
  const title = localText(question.title, i18n.language);
  const testId = `analysis-${question.questionId}`;
  const groups = question.crossTab?.groups;
  const tagSuggestions = question.tagCounts?.map((c) => c.tag) ?? [];
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="analysis-question"
      data-question={question.questionId}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={4} fz="md" style={{ overflowWrap: 'anywhere' }}>
            {number}. {title}
          </Title>
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {t('analysis.answered', { count: question.analysis.n })}
          </Badge>
        </Group>
        {!groups ? (
          question.analysis.n === 0 ? (
            <Text size="sm" c="dimmed">
              {t('analysis.noAnswers')}
            </Text>
          ) : (
            <AnalysisBody
              analysis={question.analysis}
              title={title}
              testId={testId}
              questionnaireId={questionnaireId}
              tagSuggestions={tagSuggestions}
            />
          )
        ) : (
          <SimpleGrid cols={{ base: 1, md: groups.length > 1 ? 2 : 1, xl: 3 }} spacing="md">
            {groups.map((group, index) => {
              const name = group.label
                ? localText(group.label, i18n.language)
                : group.value === 'other'
                  ? t('analysis.other')
                  : (group.value ?? t('analysis.noSegmentAnswer'));
              return (
                <Paper
                  key={group.value ?? ''}
                  withBorder
                  p="sm"
                  radius="sm"
                  data-testid="analysis-group"
                  data-withheld={group.withheld}
                >
                  <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {name}
                    </Text>
                    {!group.withheld && (
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {t('analysis.groupN', { count: group.n })}
                      </Text>
                    )}
                  </Group>
                  {group.withheld ? (
                    <Text size="sm" c="dimmed" fs="italic" data-testid="analysis-withheld">
                      {t('analysis.withheld', { count: minGroup })}
                    </Text>
                  ) : (
                    <AnalysisBody
                      analysis={group.analysis}
                      title={`${title} — ${name}`}
                      testId={`${testId}-group-${index}`}
                      questionnaireId={questionnaireId}
                      tagSuggestions={tagSuggestions}
                    />
                  )}
                </Paper>
              );
            })}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
